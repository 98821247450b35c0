package nl.kantel.bezwaar;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import nl.kantel.engine.ZonderAutorisatie;

/**
 * Finds the case a bezwaar objects to by its zaaknummer, running or finished, in the
 * engine's history, whatever process it belongs to.
 */
@Component
class Hoofdzaken {

	private final HistoryService history;

	private final IdentityService identity;

	Hoofdzaken(HistoryService history, IdentityService identity) {
		this.history = history;
		this.identity = identity;
	}

	/**
	 * The case with this zaaknummer, with its {@code bezwaarDeadline} if it has one.
	 * Neither the portal nor a jurist may read the hoofdzaak itself, so inside the engine
	 * the lookup runs without their authorizations; it reveals only the deadline.
	 */
	Optional<Hoofdzaak> find(String zaaknummer) {
		return ZonderAutorisatie.opzoeken(this.identity, () -> lookup(zaaknummer));
	}

	private Optional<Hoofdzaak> lookup(String zaaknummer) {
		List<HistoricProcessInstance> instances = this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(zaaknummer)
			.orderByProcessInstanceStartTime()
			.desc()
			.list();
		if (instances.isEmpty()) {
			return Optional.empty();
		}
		for (HistoricProcessInstance instance : instances) {
			String deadline = bezwaarDeadline(instance.getId());
			if (deadline != null) {
				return Optional.of(new Hoofdzaak(zaaknummer, deadline));
			}
		}
		return Optional.of(new Hoofdzaak(zaaknummer, null));
	}

	private String bezwaarDeadline(String processInstanceId) {
		return this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.variableName(BezwaarVariables.BEZWAAR_DEADLINE)
			.list()
			.stream()
			.filter((variable) -> processInstanceId.equals(variable.getExecutionId()))
			.map(HistoricVariableInstance::getValue)
			.filter(String.class::isInstance)
			.map(String.class::cast)
			.findFirst()
			.orElse(null);
	}

	/**
	 * @param bezwaarDeadline the last day of the bezwaar term, or null when the case has
	 * none
	 */
	record Hoofdzaak(String zaaknummer, String bezwaarDeadline) {
	}

}
