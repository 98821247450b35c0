package nl.kantel.verwijzing;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * Completing the beschikking on the toelating to schuldhulp: a yes or no, the reasons for
 * a refusal (they go into the letter), and after a referral the team did not accept only
 * a refusal.
 */
@Component("toelatingBeschikt")
class ToelatingBeschikt implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		List<Violation> violations = new ArrayList<>();
		Object toegelaten = task.getVariable(VerwijzingVariabelen.TOEGELATEN);
		if (!(toegelaten instanceof Boolean)) {
			violations.add(new Violation(VerwijzingVariabelen.TOEGELATEN,
					"Geef aan of de inwoner wordt toegelaten tot schuldhulp (ja of nee)."));
		}
		else if (!(Boolean) toegelaten) {
			Object motivering = task.getVariable(VerwijzingVariabelen.MOTIVERING);
			if (!(motivering instanceof String text) || text.isBlank()) {
				violations.add(new Violation(VerwijzingVariabelen.MOTIVERING,
						"Schrijf op waarom de inwoner niet wordt toegelaten; dat staat in de beschikking."));
			}
		}
		else if (Boolean.FALSE.equals(task.getVariable(VerwijzingVariabelen.GEACCEPTEERD))) {
			violations.add(new Violation(VerwijzingVariabelen.TOEGELATEN,
					"Uw team heeft de verwijzing niet geaccepteerd; de beschikking kan dan alleen een weigering zijn."));
		}
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
	}

}
