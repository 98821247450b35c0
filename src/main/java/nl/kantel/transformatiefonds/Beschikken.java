package nl.kantel.transformatiefonds;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import nl.kantel.termijn.Dwangsom;
import nl.kantel.termijn.TermijnExpressions;

/**
 * The moment a decision on the aanvraag is taken, whatever it is (a grant, a refusal, no
 * budget, buiten behandeling): its date, and the dwangsom it owes when it came after an
 * ingebrekestelling (Awb 4:17), to be set within two weeks (4:18).
 */
@Component("fondsBeschikking")
public class Beschikken {

	private final TermijnExpressions termijn;

	Beschikken(TermijnExpressions termijn) {
		this.termijn = termijn;
	}

	public void vastleggen(DelegateExecution zaak) {
		if (zaak.getVariable(AanvraagVariabelen.BESCHIKKING_DATUM) == null) {
			zaak.setVariable(AanvraagVariabelen.BESCHIKKING_DATUM, this.termijn.vandaag());
		}
		LocalDate beschikkingDatum = LocalDate.parse(Zaakgegevens.tekst(zaak, AanvraagVariabelen.BESCHIKKING_DATUM));
		zaak.setVariable(AanvraagVariabelen.DWANGSOM_VERSCHULDIGD,
				Dwangsom.vastleggen(zaak, beschikkingDatum, this.termijn));
	}

}
