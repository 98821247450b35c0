package nl.kantel.zaak;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

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

	static final String BUSINESS_KEY = "businessKey";

	private final ZaakProperties properties;

	private final Zaaknummers zaaknummers;

	private final ObjectProvider<StartValidator> validators;

	private final StartVariabelen startVariabelen = new StartVariabelen();

	CaseLifecyclePlugin(ZaakProperties properties, Zaaknummers zaaknummers, ObjectProvider<StartValidator> validators) {
		this.properties = properties;
		this.zaaknummers = zaaknummers;
		this.validators = validators;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		ParseListeners.addFirst(configuration, new AbstractBpmnParseListener() {

			@Override
			public void parseProcess(Element element, ProcessDefinitionEntity process) {
				String prefix = CaseLifecyclePlugin.this.properties.prefixen().get(process.getKey());
				if (prefix != null) {
					// Built in, so that a start or modification that skips listeners
					// cannot skip these.
					process.addBuiltInListener(ExecutionListener.EVENTNAME_START,
							(ExecutionListener) (execution) -> start(execution, process.getKey(), prefix));
					process.addBuiltInListener(ExecutionListener.EVENTNAME_END,
							(ExecutionListener) CaseLifecyclePlugin::end);
				}
			}

		});
	}

	private void start(DelegateExecution execution, String key, String prefix) {
		List<Violation> violations = new ArrayList<>(this.startVariabelen.check(execution));
		this.validators.orderedStream()
			.filter((validator) -> validator.processKey().equals(key))
			.forEach((validator) -> violations.addAll(validator.validate(execution)));
		String given = execution.getProcessBusinessKey();
		boolean chosen = given != null && !given.isBlank();
		if (chosen) {
			gekozenZaaknummer(given, prefix).ifPresent(violations::add);
		}
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
		String zaaknummer = chosen ? given : this.zaaknummers.next(prefix);
		execution.setProcessBusinessKey(zaaknummer);
		execution.setVariable(ZAAKNUMMER, zaaknummer);
		this.zaaknummers.vastleggen(zaaknummer, key, execution.getProcessInstanceId());
	}

	/**
	 * Only an administrator chooses a zaaknummer, importing a case from an earlier
	 * system, and then one that no case has. The engine's own starts (no one logged in)
	 * are not limited.
	 */
	private Optional<Violation> gekozenZaaknummer(String given, String prefix) {
		Authentication user = Context.getCommandContext().getAuthentication();
		boolean persoon = user != null && user.getUserId() != null;
		boolean beheerder = persoon && user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
		if (persoon && !beheerder) {
			return Optional.of(new Violation(BUSINESS_KEY, "Kantel geeft het zaaknummer zelf; laat het leeg."));
		}
		if (!Zaaknummers.isValid(given, prefix)) {
			return Optional.of(new Violation(BUSINESS_KEY,
					"Het zaaknummer moet de vorm " + prefix + "-JJJJ-NNNNNN hebben, of leeg blijven."));
		}
		if (this.zaaknummers.bestaat(given)) {
			return Optional.of(new Violation(BUSINESS_KEY, "Er is al een zaak met zaaknummer " + given + "."));
		}
		return Optional.empty();
	}

	private static void end(DelegateExecution execution) {
		if (!execution.isCanceled() && execution.getVariable(RESULTAAT) == null) {
			throw new IllegalStateException(
					"Zaak " + execution.getProcessBusinessKey() + " eindigt zonder variabele 'resultaat'");
		}
	}

}
