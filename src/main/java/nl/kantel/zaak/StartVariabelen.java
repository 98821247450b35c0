package nl.kantel.zaak;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * What a start may hand in: the variables the process's start events declare in their
 * extension property {@code variabelen} (as a message's catching event does, see
 * {@link BerichtVariabelen}), and the initiator a start event names. What the process
 * sets itself (the zaaknummer, deadlines, {@code resultaat}) is no start variable. A
 * process whose start events declare nothing is not limited.
 */
final class StartVariabelen {

	private final Map<String, Optional<Set<String>>> byDefinition = new ConcurrentHashMap<>();

	List<Violation> check(DelegateExecution start) {
		Optional<Set<String>> accepted = this.byDefinition.computeIfAbsent(start.getProcessDefinitionId(),
				(id) -> read(start));
		if (accepted.isEmpty()) {
			return List.of();
		}
		return start.getVariableNames()
			.stream()
			.filter((name) -> !accepted.get().contains(name))
			.sorted()
			.map((name) -> new Violation(name, "Dit gegeven kan bij de start van de zaak niet worden meegegeven."))
			.toList();
	}

	private static Optional<Set<String>> read(DelegateExecution start) {
		// The definition id is key:version:uuid only when that fits 64 characters; a
		// longer key (transformatiefonds-aanvraag) gets a bare uuid, so ask for the key.
		String key = ((ExecutionEntity) start).getProcessDefinition().getKey();
		Process process = (Process) start.getBpmnModelInstance().getModelElementById(key);
		Set<String> accepted = new HashSet<>();
		boolean declared = false;
		for (StartEvent event : process.getChildElementsByType(StartEvent.class)) {
			Set<String> variables = BerichtVariabelen.declared(event);
			declared |= !variables.isEmpty();
			accepted.addAll(variables);
			if (event.getCamundaInitiator() != null) {
				accepted.add(event.getCamundaInitiator());
			}
		}
		return declared ? Optional.of(Set.copyOf(accepted)) : Optional.empty();
	}

}
