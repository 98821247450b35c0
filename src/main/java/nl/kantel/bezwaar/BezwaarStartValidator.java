package nl.kantel.bezwaar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * form, so required variables, types, the 11-proef, a received date not in the future and
 * a postmark not after it are all checked here. Grounds are optional (a pro forma bezwaar
 * gets a term to add them). Whether the hoofdzaak exists is checked when the case starts
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
		return BezwaarVariabelen.PROCESS_KEY;
	}

	@Override
	public List<Violation> validate(VariableScope start) {
		List<Violation> violations = new ArrayList<>();
		requiredText(start, BezwaarVariabelen.HOOFDZAAK,
				"Het zaaknummer van de zaak met de beschikking (hoofdzaak) is verplicht.", violations);
		StartChecks.bsn(start, BezwaarVariabelen.BSN, violations);
		LocalDate vandaag = LocalDate.parse(this.termijn.vandaag());
		StartChecks.pastOrToday(start, BezwaarVariabelen.ONTVANGST_DATUM, vandaag, violations);
		int before = violations.size();
		StartChecks.pastOrToday(start, BezwaarVariabelen.VERZEND_DATUM, vandaag, violations);
		LocalDate verzonden = date(start, BezwaarVariabelen.VERZEND_DATUM);
		LocalDate ontvangen = date(start, BezwaarVariabelen.ONTVANGST_DATUM);
		if (violations.size() == before && verzonden != null
				&& verzonden.isAfter((ontvangen != null) ? ontvangen : vandaag)) {
			violations.add(new Violation(BezwaarVariabelen.VERZEND_DATUM,
					"De verzenddatum (poststempel) kan niet na de datum van ontvangst liggen."));
		}
		Object motivering = start.getVariable(BezwaarVariabelen.MOTIVERING);
		if (motivering != null && !(motivering instanceof String)) {
			violations.add(new Violation(BezwaarVariabelen.MOTIVERING, "'motivering' moet tekst zijn."));
		}
		Object adviescommissie = start.getVariable(BezwaarVariabelen.ADVIESCOMMISSIE);
		if (adviescommissie != null && !(adviescommissie instanceof Boolean)) {
			violations.add(new Violation(BezwaarVariabelen.ADVIESCOMMISSIE, "'Adviescommissie' moet ja of nee zijn."));
		}
		return violations;
	}

	private static LocalDate date(VariableScope start, String name) {
		if (!(start.getVariable(name) instanceof String text) || text.length() != 10) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
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
