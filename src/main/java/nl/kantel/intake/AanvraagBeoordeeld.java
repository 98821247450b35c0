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
 * Completing the assessment: a decision is one of toekennen, afwijzen or (only after an
 * aanvulling did not come, Awb 4:5) buiten-behandeling; afwijzen and a pgb need their
 * motivation, a toekenning the provision's iWmo data; whole euros and quantities become
 * Long.
 */
@Component("aanvraagBeoordeeld")
class AanvraagBeoordeeld implements TaskListener {

	private static final List<String> TOEKENNING = List.of(IntakeVariabelen.PRODUCTCATEGORIE, IntakeVariabelen.OMVANG,
			IntakeVariabelen.EENHEID, IntakeVariabelen.FREQUENTIE, IntakeVariabelen.LEVERINGSVORM,
			IntakeVariabelen.KOSTEN_PER_JAAR);

	@Override
	public void notify(DelegateTask task) {
		List<Violation> violations = new ArrayList<>();
		if (!Boolean.TRUE.equals(task.getVariable(IntakeVariabelen.AANVULLING_NODIG))) {
			require(task, List.of(IntakeVariabelen.BESLUIT), "nodig voor het besluit", violations);
			Object besluit = task.getVariable(IntakeVariabelen.BESLUIT);
			if (IntakeVariabelen.TOEKENNEN.equals(besluit)) {
				require(task, TOEKENNING, "nodig voor een toekenning", violations);
				pgbAlleenOpVerzoek(task, violations);
				if (IntakeVariabelen.PGB.equals(task.getVariable(IntakeVariabelen.LEVERINGSVORM))) {
					require(task, List.of(IntakeVariabelen.MOTIVERING), "nodig voor een pgb (art. 2.3.6 Wmo)",
							violations);
				}
				StartChecks.datum(task, IntakeVariabelen.INGANGSDATUM, violations);
				StartChecks.datum(task, IntakeVariabelen.EINDDATUM, violations);
			}
			else if (IntakeVariabelen.AFWIJZEN.equals(besluit)) {
				require(task, List.of(IntakeVariabelen.MOTIVERING), "nodig voor een afwijzing", violations);
			}
			else if (IntakeVariabelen.BUITEN_BEHANDELING.equals(besluit)) {
				if (!Boolean.TRUE.equals(task.getVariable(IntakeVariabelen.AANVULLING_UITGEBLEVEN))) {
					violations
						.add(new Violation(IntakeVariabelen.BESLUIT, "Buiten behandeling laten kan alleen als een "
								+ "gevraagde aanvulling niet binnen de hersteltermijn kwam (art. 4:5 Awb)."));
				}
			}
			else if (besluit != null) {
				violations
					.add(new Violation(IntakeVariabelen.BESLUIT, "Kies toekennen, afwijzen of buiten-behandeling."));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
		asLong(task, IntakeVariabelen.KOSTEN_PER_JAAR);
		asLong(task, IntakeVariabelen.OMVANG);
	}

	/** Wmo 2.3.6: a pgb is granted at the resident's request, never chosen for them. */
	private static void pgbAlleenOpVerzoek(DelegateTask task, List<Violation> violations) {
		if (IntakeVariabelen.PGB.equals(task.getVariable(IntakeVariabelen.LEVERINGSVORM))
				&& !Boolean.TRUE.equals(task.getVariable(IntakeVariabelen.PGB_GEWENST))) {
			violations.add(new Violation(IntakeVariabelen.LEVERINGSVORM,
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
