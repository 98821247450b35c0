package nl.kantel.bezwaar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import nl.kantel.termijn.TermijnExpressions;
import nl.kantel.zaak.InvalidVariableException.Violation;
import nl.kantel.zaak.StartChecks;
import nl.kantel.zaak.StartValidator;

/**
 * The start checks of a bezwaar, for every way it starts: the portal's message has no
 * form, so required variables, types, the 11-proef and a received date not in the future
 * are all checked here. Whether the hoofdzaak exists is checked when the case starts
 * ({@link BezwaarStartListener}).
 */
@Component
class BezwaarStartValidator implements StartValidator {

	private final TermijnExpressions termijn;

	BezwaarStartValidator(TermijnExpressions termijn) {
		this.termijn = termijn;
	}

	@Override
	public String processKey() {
		return BezwaarVariables.PROCESS_KEY;
	}

	@Override
	public List<Violation> validate(VariableScope start) {
		List<Violation> violations = new ArrayList<>();
		requiredText(start, BezwaarVariables.HOOFDZAAK,
				"Het zaaknummer van de zaak met de beschikking (hoofdzaak) is verplicht.", violations);
		StartChecks.bsn(start, BezwaarVariables.BSN, violations);
		StartChecks.pastOrToday(start, BezwaarVariables.ONTVANGST_DATUM, LocalDate.parse(this.termijn.vandaag()),
				violations);
		requiredText(start, BezwaarVariables.MOTIVERING, "De motivering van het bezwaar is verplicht.", violations);
		Object adviescommissie = start.getVariable(BezwaarVariables.ADVIESCOMMISSIE);
		if (adviescommissie != null && !(adviescommissie instanceof Boolean)) {
			violations.add(new Violation(BezwaarVariables.ADVIESCOMMISSIE, "'Adviescommissie' moet ja of nee zijn."));
		}
		return violations;
	}

	private static void requiredText(VariableScope start, String name, String message, List<Violation> violations) {
		Object value = start.getVariable(name);
		if (isEmpty(value)) {
			violations.add(new Violation(name, message));
		}
		else if (!(value instanceof String)) {
			violations.add(new Violation(name, "'" + name + "' moet tekst zijn."));
		}
	}

	private static boolean isEmpty(Object value) {
		return value == null || (value instanceof String text && text.isBlank());
	}

}
