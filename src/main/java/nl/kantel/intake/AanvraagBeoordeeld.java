package nl.kantel.intake;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * Completing the assessment: a decision needs its motivation, a toekenning needs the
 * provision's iWmo data; whole euros and quantities become Long. Records who assessed,
 * for the four-eyes rule on the approval.
 */
@Component("aanvraagBeoordeeld")
class AanvraagBeoordeeld implements TaskListener {

	private static final List<String> TOEKENNING = List.of(WmoIntake.PRODUCTCATEGORIE, WmoIntake.OMVANG,
			WmoIntake.EENHEID, WmoIntake.FREQUENTIE, WmoIntake.LEVERINGSVORM, WmoIntake.KOSTEN_PER_JAAR);

	@Override
	public void notify(DelegateTask task) {
		List<Violation> violations = new ArrayList<>();
		if (!Boolean.TRUE.equals(task.getVariable(WmoIntake.AANVULLING_NODIG))) {
			require(task, List.of(WmoIntake.BESLUIT, WmoIntake.MOTIVERING), "nodig voor het besluit", violations);
			if (WmoIntake.TOEKENNEN.equals(task.getVariable(WmoIntake.BESLUIT))) {
				require(task, TOEKENNING, "nodig voor een toekenning", violations);
				pgbAlleenOpVerzoek(task, violations);
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
		asLong(task, WmoIntake.KOSTEN_PER_JAAR);
		asLong(task, WmoIntake.OMVANG);
	}

	/** Wmo 2.3.6: a pgb is granted at the resident's request, never chosen for them. */
	private static void pgbAlleenOpVerzoek(DelegateTask task, List<Violation> violations) {
		if (WmoIntake.PGB.equals(task.getVariable(WmoIntake.LEVERINGSVORM))
				&& !Boolean.TRUE.equals(task.getVariable(WmoIntake.PGB_GEWENST))) {
			violations.add(new Violation(WmoIntake.LEVERINGSVORM,
					"De inwoner vroeg in het gesprek niet om een pgb (art. 2.3.6 Wmo); kies zorg in natura."));
		}
	}

	private static void require(DelegateTask task, List<String> names, String why, List<Violation> violations) {
		for (String name : names) {
			Object value = task.getVariable(name);
			if (value == null || (value instanceof String text && text.isBlank())) {
				violations.add(new Violation(name, "Dit veld is " + why + "."));
			}
		}
	}

	private static void asLong(DelegateTask task, String name) {
		if (task.getVariable(name) instanceof Number number && !(number instanceof Long)) {
			if (number.doubleValue() != Math.rint(number.doubleValue())) {
				throw new InvalidVariableException(name, "Vul een heel getal in.");
			}
			task.setVariable(name, number.longValue());
		}
	}

}
