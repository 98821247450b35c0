package nl.kantel.zaak;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

import nl.kantel.engine.ZonderAutorisatie;

/**
 * Four eyes: the user who assessed or decided may not also approve. A task listener
 * ({@code ${vierOgen}}, on assignment and complete) on the approving task, whose
 * extension property {@code vierOgenNa} names the task whose completer may not approve
 * it: refused with a message that says why when that user claims or completes the
 * approval. Who completed is read from the engine's operation log, not from a variable,
 * because a task completion can set any variable.
 */
@Component("vierOgen")
public class VierOgen implements TaskListener {

	static final String PROPERTY = "vierOgenNa";

	@Override
	public void notify(DelegateTask task) {
		String approver = TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee()
				: ZonderAutorisatie.ingelogdeGebruiker(task.getProcessEngineServices().getIdentityService())
					.orElse(task.getAssignee());
		String assessor = beoordelaar(task, beoordeeldIn(task));
		if (assessor != null && assessor.equals(approver)) {
			throw new RefusedActionException("U hebt deze aanvraag zelf beoordeeld. "
					+ "Volgens het vier-ogenprincipe moet een collega dit accorderen.");
		}
	}

	private static String beoordeeldIn(DelegateTask task) {
		FlowElement element = task.getBpmnModelElementInstance();
		return Optional.ofNullable(element.getExtensionElements())
			.stream()
			.flatMap(
					(extensions) -> extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream())
			.flatMap((properties) -> properties.getCamundaProperties().stream())
			.filter((property) -> PROPERTY.equals(property.getCamundaName()))
			.map(CamundaProperty::getCamundaValue)
			.filter(Objects::nonNull)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"Taak " + element.getId() + " gebruikt ${vierOgen} zonder eigenschap " + PROPERTY));
	}

	/** The user who last completed task {@code taakId} of this case. */
	private static String beoordelaar(DelegateTask task, String taakId) {
		HistoryService history = task.getProcessEngineServices().getHistoryService();
		return ZonderAutorisatie.opzoeken(task.getProcessEngineServices().getIdentityService(), () -> {
			Set<String> beoordelingen = history.createHistoricTaskInstanceQuery()
				.processInstanceId(task.getProcessInstanceId())
				.taskDefinitionKey(taakId)
				.finished()
				.list()
				.stream()
				.map(HistoricTaskInstance::getId)
				.collect(Collectors.toSet());
			return history.createUserOperationLogQuery()
				.processInstanceId(task.getProcessInstanceId())
				.entityType(EntityTypes.TASK)
				.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
				.orderByTimestamp()
				.desc()
				.list()
				.stream()
				.filter((entry) -> beoordelingen.contains(entry.getTaskId()))
				.map(UserOperationLogEntry::getUserId)
				.findFirst()
				.orElse(null);
		});
	}

}
