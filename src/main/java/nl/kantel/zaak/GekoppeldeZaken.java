package nl.kantel.zaak;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.stereotype.Component;

/**
 * The cases linked to a hoofdzaak: every case, running or finished, whose variable
 * {@code hoofdzaak} holds its zaaknummer, read from the engine's history.
 * <p>
 * Who may see the list follows the contract: "the groups that may see the hoofdzaak". So
 * the hoofdzaak itself is looked up with the caller's engine authentication, and only a
 * caller with READ_HISTORY on its definition finds it. The linked cases are then read
 * without further checks: a team must know that its case has a bezwaar or a doorbraak
 * even when it may not open that case. This is safe only because the list holds the four
 * fields of {@link GekoppeldeZaak} and never a case's content.
 */
@Component
class GekoppeldeZaken {

	/** The variable that links a case to the case it follows from. */
	static final String HOOFDZAAK = "hoofdzaak";

	private final HistoryService history;

	private final ProcessEngineConfigurationImpl engineConfiguration;

	GekoppeldeZaken(HistoryService history, ProcessEngineConfigurationImpl engineConfiguration) {
		this.history = history;
		this.engineConfiguration = engineConfiguration;
	}

	/**
	 * @return the linked cases, oldest first; empty when the caller may not see the
	 * hoofdzaak or it does not exist, which the caller cannot tell apart
	 */
	Optional<List<GekoppeldeZaak>> van(String hoofdzaak) {
		if (!visibleToCaller(hoofdzaak)) {
			return Optional.empty();
		}
		return Optional.of(withoutAuthorization(() -> linkedTo(hoofdzaak)));
	}

	private boolean visibleToCaller(String zaaknummer) {
		return this.history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(zaaknummer).count() > 0;
	}

	private <T> T withoutAuthorization(Callable<T> read) {
		Command<T> command = (context) -> context.runWithoutAuthorization(read);
		return this.engineConfiguration.getCommandExecutorTxRequired().execute(command);
	}

	private List<GekoppeldeZaak> linkedTo(String hoofdzaak) {
		List<HistoricProcessInstance> instances = this.history.createHistoricProcessInstanceQuery()
			.variableValueEquals(HOOFDZAAK, hoofdzaak)
			.orderByProcessInstanceStartTime()
			.asc()
			.orderByProcessInstanceId()
			.asc()
			.list();
		Map<String, String> resultaten = resultaten(instances);
		return instances.stream()
			.map((instance) -> new GekoppeldeZaak(instance.getBusinessKey(), instance.getProcessDefinitionKey(),
					ZaakStatus.ofHistoricState(instance.getState()), resultaten.get(instance.getId())))
			.toList();
	}

	/** The {@code resultaat} of each instance that has one, by process instance id. */
	private Map<String, String> resultaten(List<HistoricProcessInstance> instances) {
		Map<String, String> resultaten = new HashMap<>();
		if (instances.isEmpty()) {
			return resultaten;
		}
		String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
		for (HistoricVariableInstance variable : this.history.createHistoricVariableInstanceQuery()
			.processInstanceIdIn(ids)
			.variableName(CaseLifecyclePlugin.RESULTAAT)
			.list()) {
			// A task or subprocess may hold a local variable of the same name; the case's
			// own is on the instance.
			if (variable.getProcessInstanceId().equals(variable.getExecutionId())) {
				resultaten.put(variable.getProcessInstanceId(), Objects.toString(variable.getValue(), null));
			}
		}
		return resultaten;
	}

}
