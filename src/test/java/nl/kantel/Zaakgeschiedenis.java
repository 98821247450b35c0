package nl.kantel;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * What the engine's history says about a case a test started through a user interface,
 * where the test does not get the instance back.
 */
public final class Zaakgeschiedenis {

	private Zaakgeschiedenis() {
	}

	/**
	 * The case in which variable {@code name} has this value, or null when none started.
	 */
	public static HistoricProcessInstance metVariabele(ProcessEngine engine, String name, Object value) {
		HistoricVariableInstance variable = engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.variableValueEquals(name, value)
			.singleResult();
		return (variable == null) ? null
				: engine.getHistoryService()
					.createHistoricProcessInstanceQuery()
					.processInstanceId(variable.getProcessInstanceId())
					.singleResult();
	}

	/** Every variable of the case by name, as its history holds it. */
	public static Map<String, Object> variabelen(ProcessEngine engine, String instanceId) {
		Map<String, Object> variables = new HashMap<>();
		engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(instanceId)
			.list()
			.forEach((variable) -> variables.put(variable.getName(), variable.getValue()));
		return variables;
	}

}
