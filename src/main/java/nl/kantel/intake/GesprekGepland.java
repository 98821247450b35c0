package nl.kantel.intake;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.InvalidVariableException.Violation;
import nl.kantel.zaak.StartChecks;

/**
 * A keukentafelgesprek is planned on a date, unless the resident wants no talk
 * ({@code gesprekVorm} geen-gesprek): then the onderzoek goes on what is known.
 */
@Component("gesprekGepland")
class GesprekGepland implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		List<Violation> violations = new ArrayList<>();
		boolean geenGesprek = IntakeVariabelen.GEEN_GESPREK.equals(task.getVariable(IntakeVariabelen.GESPREK_VORM));
		Object datum = task.getVariable(IntakeVariabelen.GESPREK_DATUM);
		if (!geenGesprek && (datum == null || (datum instanceof String text && text.isBlank()))) {
			violations.add(new Violation(IntakeVariabelen.GESPREK_DATUM,
					"Kies de datum van het gesprek, of kies dat de inwoner geen gesprek wil."));
		}
		StartChecks.datum(task, IntakeVariabelen.GESPREK_DATUM, violations);
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
	}

}
