package nl.kantel.transformatiefonds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import nl.kantel.fonds.FondsInstellingen;
import nl.kantel.fonds.Fondsen;
import nl.kantel.zaak.InvalidVariableException.Violation;
import nl.kantel.zaak.StartChecks;
import nl.kantel.zaak.StartValidator;

/**
 * What the start form cannot check: an e-mail a letter can go to, whole euros, a date not
 * in the future, the six criteria as yes or no, and a fund that exists and takes
 * applications on that day.
 */
@Component
class AanvraagValidator implements StartValidator {

	private static final int MAXIMALE_LOOPTIJD = 24;

	private final FondsTermijnen termijnen;

	private final Fondsen fondsen;

	AanvraagValidator(FondsTermijnen termijnen, Fondsen fondsen) {
		this.termijnen = termijnen;
		this.fondsen = fondsen;
	}

	@Override
	public String processKey() {
		return AanvraagVariabelen.PROCESS_KEY;
	}

	@Override
	public List<Violation> validate(VariableScope start) {
		List<Violation> violations = new ArrayList<>();
		LocalDate vandaag = LocalDate.parse(this.termijnen.vandaag());
		StartChecks.email(start, AanvraagVariabelen.EMAIL, violations);
		StartChecks.pastOrToday(start, AanvraagVariabelen.AANVRAAG_DATUM, vandaag, violations);
		heleEuros(start, AanvraagVariabelen.GEVRAAGD_BEDRAG, 1, Long.MAX_VALUE,
				"Het gevraagde bedrag is een heel aantal euro's, ten minste 1.", violations);
		heleEuros(start, AanvraagVariabelen.LOOPTIJD_MAANDEN, 1, MAXIMALE_LOOPTIJD,
				"De looptijd is 1 tot en met 24 maanden.", violations);
		for (String criterium : AanvraagVariabelen.CRITERIA) {
			Object value = start.getVariable(criterium);
			if (value != null && !(value instanceof Boolean)) {
				violations.add(new Violation(criterium, "'" + criterium + "' moet ja of nee zijn."));
			}
		}
		fonds(start, violations, vandaag);
		return violations;
	}

	private void fonds(VariableScope start, List<Violation> violations, LocalDate vandaag) {
		Object fonds = start.getVariable(AanvraagVariabelen.FONDS);
		if (fonds == null) {
			fonds = AanvraagRegistreren.STANDAARD_FONDS;
		}
		if (!(fonds instanceof String code) || !this.fondsen.bestaat(code)) {
			violations.add(new Violation(AanvraagVariabelen.FONDS, "Dit fonds bestaat niet."));
			return;
		}
		FondsInstellingen instellingen = this.fondsen.instellingen(code);
		Object datum = start.getVariable(AanvraagVariabelen.AANVRAAG_DATUM);
		LocalDate ontvangen = (datum instanceof String text && text.length() == 10) ? parse(text, vandaag) : vandaag;
		if (!instellingen.neemtAanvragenAan(ontvangen)) {
			violations.add(new Violation(AanvraagVariabelen.FONDS,
					"Het " + instellingen.naam() + " neemt op " + ontvangen + " geen aanvragen aan."));
		}
	}

	private static LocalDate parse(String text, LocalDate anders) {
		try {
			return LocalDate.parse(text);
		}
		catch (RuntimeException ex) {
			return anders;
		}
	}

	private static void heleEuros(VariableScope start, String name, long min, long max, String message,
			List<Violation> violations) {
		Object value = start.getVariable(name);
		if (value == null) {
			return;
		}
		if (!Zaakgegevens.isHeel(value, min, max)) {
			violations.add(new Violation(name, message));
		}
	}

}
