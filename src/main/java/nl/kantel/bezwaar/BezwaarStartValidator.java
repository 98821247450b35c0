package nl.kantel.bezwaar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import nl.kantel.termijn.TermijnExpressions;
import nl.kantel.zaak.Bsn;
import nl.kantel.zaak.InvalidVariableException.Violation;
import nl.kantel.zaak.StartValidator;

/**
 * The start checks of a bezwaar, for every way it starts: the portal's message has no
 * form, so required variables, types, the 11-proef and a received date not in the future
 * are all checked here. Whether the hoofdzaak exists is checked when the case starts
 * ({@link BezwaarStartListener}).
 */
@Component
class BezwaarStartValidator implements StartValidator {

	private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

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
		Object bsn = start.getVariable(BezwaarVariables.BSN);
		if (isEmpty(bsn)) {
			violations.add(new Violation(BezwaarVariables.BSN, "Het BSN is verplicht."));
		}
		else if (!(bsn instanceof String text) || !Bsn.isValid(text)) {
			violations.add(new Violation(BezwaarVariables.BSN,
					"Het BSN is ongeldig: het moet tekst van 9 cijfers zijn die de elfproef doorstaat."));
		}
		checkReceivedDate(start.getVariable(BezwaarVariables.ONTVANGST_DATUM), violations);
		requiredText(start, BezwaarVariables.MOTIVERING, "De motivering van het bezwaar is verplicht.", violations);
		Object adviescommissie = start.getVariable(BezwaarVariables.ADVIESCOMMISSIE);
		if (adviescommissie != null && !(adviescommissie instanceof Boolean)) {
			violations.add(new Violation(BezwaarVariables.ADVIESCOMMISSIE, "'Adviescommissie' moet ja of nee zijn."));
		}
		return violations;
	}

	private void checkReceivedDate(Object value, List<Violation> violations) {
		if (isEmpty(value)) {
			return;
		}
		LocalDate date = isoDate(value);
		if (date == null) {
			violations.add(new Violation(BezwaarVariables.ONTVANGST_DATUM,
					"De ontvangstdatum moet een datum zijn in de vorm jjjj-mm-dd."));
		}
		else if (date.isAfter(LocalDate.parse(this.termijn.vandaag()))) {
			violations.add(new Violation(BezwaarVariables.ONTVANGST_DATUM,
					"De ontvangstdatum " + date + " ligt in de toekomst."));
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

	private static LocalDate isoDate(Object value) {
		if (!(value instanceof String text) || !ISO_DATE.matcher(text).matches()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean isEmpty(Object value) {
		return value == null || (value instanceof String text && text.isBlank());
	}

}
