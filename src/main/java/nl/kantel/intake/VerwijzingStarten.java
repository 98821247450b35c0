package nl.kantel.intake;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Uitkomst verwijzing: starts a verwijzing with this case as hoofdzaak and the consent
 * the resident gave in the keukentafelgesprek. Without consent the verwijzing only asks
 * for it.
 */
@Component("verwijzingStarten")
class VerwijzingStarten implements JavaDelegate {

	static final String VERWIJZING = "verwijzing";

	@Override
	public void execute(DelegateExecution execution) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("bsn", execution.getVariable(IntakeVariabelen.BSN));
		variables.put("verwijzerType", "wmo-consulent");
		variables.put("verwijsdoel", execution.getVariable(IntakeVariabelen.VERWIJSDOEL));
		variables.put("reden", execution.getVariable(IntakeVariabelen.HULPVRAAG));
		variables.put("toestemmingClient",
				Boolean.TRUE.equals(execution.getVariable(IntakeVariabelen.TOESTEMMING_DELEN)));
		variables.put("hoofdzaak", execution.getVariable(IntakeVariabelen.ZAAKNUMMER));
		variables.put("dreigendeSituatie",
				Boolean.TRUE.equals(execution.getVariable(IntakeVariabelen.DREIGENDE_SITUATIE)));
		execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(VERWIJZING, variables);
	}

}
