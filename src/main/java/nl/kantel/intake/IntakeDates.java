package nl.kantel.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

import nl.kantel.termijn.TermijnExpressions;
import nl.kantel.zaak.InvalidVariableException.Violation;

/** Checks a date variable a resident or portal gives: ISO form, not in the future. */
final class IntakeDates {

	private IntakeDates() {
	}

	/** Adds a violation for an invalid date; an absent date is no violation. */
	static void checkPastOrToday(VariableScope scope, String name, TermijnExpressions termijn,
			List<Violation> violations) {
		Object value = scope.getVariable(name);
		if (value == null) {
			return;
		}
		if (!(value instanceof String text) || !isIsoDate(text)) {
			violations.add(new Violation(name, "De datum moet de vorm jjjj-mm-dd hebben."));
		}
		else if (LocalDate.parse(text).isAfter(LocalDate.parse(termijn.vandaag()))) {
			violations.add(new Violation(name, "De datum mag niet in de toekomst liggen."));
		}
	}

	private static boolean isIsoDate(String text) {
		try {
			LocalDate.parse(text);
			return text.length() == 10;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
