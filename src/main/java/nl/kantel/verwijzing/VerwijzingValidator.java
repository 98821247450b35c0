package nl.kantel.verwijzing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import nl.kantel.termijn.TermijnExpressions;
import nl.kantel.zaak.InvalidVariableException.Violation;
import nl.kantel.zaak.StartChecks;
import nl.kantel.zaak.StartValidator;

/**
 * The start checks of a verwijzing for every way in (start form, REST, the Wmo intake):
 * the BSN's elfproef, the required choices and the consent as a yes or no, a referrer's
 * e-mail address that mail can go to, a verzoekDatum not in the future.
 */
@Component
class VerwijzingValidator implements StartValidator {

	private final TermijnExpressions termijn;

	VerwijzingValidator(TermijnExpressions termijn) {
		this.termijn = termijn;
	}

	@Override
	public String processKey() {
		return VerwijzingVariabelen.PROCESS_KEY;
	}

	@Override
	public List<Violation> validate(VariableScope start) {
		List<Violation> violations = new ArrayList<>();
		StartChecks.bsn(start, VerwijzingVariabelen.BSN, violations);
		choice(start, VerwijzingVariabelen.VERWIJZER_TYPE, VerwijzingVariabelen.VERWIJZER_TYPES, violations);
		choice(start, VerwijzingVariabelen.VERWIJSDOEL, VerwijzingVariabelen.VERWIJSDOELEN, violations);
		Object reden = start.getVariable(VerwijzingVariabelen.REDEN);
		if (!(reden instanceof String text) || text.isBlank()) {
			violations.add(new Violation(VerwijzingVariabelen.REDEN, "De reden van de verwijzing is verplicht."));
		}
		if (!(start.getVariable(VerwijzingVariabelen.TOESTEMMING_CLIENT) instanceof Boolean)) {
			violations.add(new Violation(VerwijzingVariabelen.TOESTEMMING_CLIENT,
					"Geef aan of de inwoner toestemming gaf (ja of nee)."));
		}
		StartChecks.email(start, VerwijzingVariabelen.VERWIJZER_EMAIL, violations);
		StartChecks.pastOrToday(start, VerwijzingVariabelen.VERZOEK_DATUM, LocalDate.parse(this.termijn.vandaag()),
				violations);
		return violations;
	}

	private static void choice(VariableScope start, String name, Set<String> allowed, List<Violation> violations) {
		Object value = start.getVariable(name);
		if (value == null || (value instanceof String text && text.isBlank())) {
			violations.add(new Violation(name, "Dit veld is verplicht."));
		}
		else if (!allowed.contains(value)) {
			violations.add(
					new Violation(name, "Kies een van " + String.join(", ", allowed.stream().sorted().toList()) + "."));
		}
	}

}
