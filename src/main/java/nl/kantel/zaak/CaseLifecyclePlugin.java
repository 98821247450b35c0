package nl.kantel.zaak;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.kantel.engine.CommandGuards;
import nl.kantel.engine.ParseListeners;
import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * What every case of a process with a zaaknummer prefix goes through: its start variables
 * are checked, it gets its zaaknummer as business key and variable, and it may not end
 * without a {@code resultaat}.
 */
@Component
class CaseLifecyclePlugin extends AbstractProcessEnginePlugin {

	static final String ZAAKNUMMER = "zaaknummer";

	static final String RESULTAAT = "resultaat";

	private final ZaakProperties properties;

	private final Zaaknummers zaaknummers;

	private final ObjectProvider<StartValidator> validators;

	CaseLifecyclePlugin(ZaakProperties properties, Zaaknummers zaaknummers, ObjectProvider<StartValidator> validators) {
		this.properties = properties;
		this.zaaknummers = zaaknummers;
		this.validators = validators;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		BerichtVariabelen berichten = new BerichtVariabelen();
		CommandGuards.add(configuration, new ZaakVerandertViaStappen(berichten));
		ParseListeners.addLast(configuration, berichten.parseListener());
		ParseListeners.addFirst(configuration, new AbstractBpmnParseListener() {

			@Override
			public void parseProcess(Element element, ProcessDefinitionEntity process) {
				String prefix = CaseLifecyclePlugin.this.properties.prefixen().get(process.getKey());
				if (prefix != null) {
					process.addListener(ExecutionListener.EVENTNAME_START,
							(ExecutionListener) (execution) -> start(execution, process.getKey(), prefix));
					process.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) CaseLifecyclePlugin::end);
				}
			}

		});
	}

	private void start(DelegateExecution execution, String key, String prefix) {
		List<Violation> violations = new ArrayList<>();
		this.validators.orderedStream()
			.filter((validator) -> validator.processKey().equals(key))
			.forEach((validator) -> violations.addAll(validator.validate(execution)));
		String given = execution.getProcessBusinessKey();
		if (given != null && !given.isBlank() && !Zaaknummers.isValid(given, prefix)) {
			violations.add(new Violation("businessKey",
					"Het zaaknummer moet de vorm " + prefix + "-JJJJ-NNNNNN hebben, of leeg blijven."));
		}
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
		String zaaknummer = (given == null || given.isBlank()) ? this.zaaknummers.next(prefix) : given;
		execution.setProcessBusinessKey(zaaknummer);
		execution.setVariable(ZAAKNUMMER, zaaknummer);
	}

	private static void end(DelegateExecution execution) {
		if (!execution.isCanceled() && execution.getVariable(RESULTAAT) == null) {
			throw new IllegalStateException(
					"Zaak " + execution.getProcessBusinessKey() + " eindigt zonder variabele 'resultaat'");
		}
	}

}
