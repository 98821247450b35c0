package nl.kantel.zaak;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

import nl.kantel.post.Emailadressen;
import nl.kantel.zaak.InvalidVariableException.Violation;

/** Checks that many processes make of what a resident or portal hands in. */
public final class StartChecks {

	private StartChecks() {
	}

	/** A BSN is required and must pass the elfproef. */
	public static void bsn(VariableScope scope, String name, List<Violation> violations) {
		Object bsn = scope.getVariable(name);
		if (bsn == null || (bsn instanceof String text && text.isBlank())) {
			violations.add(new Violation(name, "Het BSN is verplicht."));
		}
		else if (!(bsn instanceof String text) || !Bsn.isValid(text)) {
			violations.add(new Violation(name, "Het BSN is geen geldig burgerservicenummer (elfproef)."));
		}
	}

	/** Kantel holds no case from before this day; an earlier date is a typing error. */
	private static final LocalDate EERSTE_DATUM = LocalDate.of(2000, 1, 1);

	/**
	 * A date, when given, is an ISO date ({@code yyyy-MM-dd}) from 2000 on, not after
	 * today.
	 */
	public static void pastOrToday(VariableScope scope, String name, LocalDate today, List<Violation> violations) {
		LocalDate date = checkedDate(scope, name, violations);
		if (date != null && date.isAfter(today)) {
			violations.add(new Violation(name, "De datum mag niet in de toekomst liggen."));
		}
	}

	/**
	 * A date, when given, is ISO ({@code yyyy-MM-dd}) and not before 2000; the future is
	 * allowed.
	 */
	public static void datum(VariableScope scope, String name, List<Violation> violations) {
		checkedDate(scope, name, violations);
	}

	/** The date when given and valid; null when absent or, with a violation, invalid. */
	private static LocalDate checkedDate(VariableScope scope, String name, List<Violation> violations) {
		Object value = scope.getVariable(name);
		if (value == null || (value instanceof String text && text.isBlank())) {
			return null;
		}
		LocalDate date = isoDate(value);
		if (date == null) {
			violations.add(new Violation(name, "De datum moet de vorm jjjj-mm-dd hebben."));
			return null;
		}
		if (date.isBefore(EERSTE_DATUM)) {
			violations.add(new Violation(name, "De datum mag niet voor 2000 liggen."));
			return null;
		}
		return date;
	}

	/**
	 * An e-mail address, when given, is one address a mail can go to; checked at the
	 * start, because a mail job that fails on it later is an incident nobody can repair.
	 */
	public static void email(VariableScope scope, String name, List<Violation> violations) {
		Object value = scope.getVariable(name);
		if (value == null || (value instanceof String text && text.isBlank())) {
			return;
		}
		if (!(value instanceof String text) || !Emailadressen.isBezorgbaar(text)) {
			violations.add(new Violation(name, "Het e-mailadres is ongeldig."));
		}
	}

	private static LocalDate isoDate(Object value) {
		if (!(value instanceof String text) || text.length() != 10) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
