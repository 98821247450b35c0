package nl.kantel.engine;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The Camunda Form ids that a BPMN model references from its user tasks and start events.
 */
final class FormReferences {

	private FormReferences() {
	}

	static Set<String> in(String bpmnXml) {
		BpmnModelInstance model = Bpmn
			.readModelFromStream(new ByteArrayInputStream(bpmnXml.getBytes(StandardCharsets.UTF_8)));
		Set<String> ids = new LinkedHashSet<>();
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			addIfPresent(ids, task.getCamundaFormRef());
		}
		for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
			addIfPresent(ids, start.getCamundaFormRef());
		}
		return ids;
	}

	private static void addIfPresent(Set<String> ids, String formRef) {
		if (formRef != null && !formRef.isBlank()) {
			ids.add(formRef);
		}
	}

}
