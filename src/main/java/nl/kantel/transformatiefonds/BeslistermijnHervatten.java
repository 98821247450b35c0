package nl.kantel.transformatiefonds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.InvalidVariableException.Violation;
import nl.kantel.zaak.StartChecks;

/**
 * The aanvulling arrived (today unless the message says when, not before it was asked):
 * the days the application waited lengthen the decision term (Awb 4:15), and the deadline
 * is the Atw end of the aanvraag plus eight weeks plus all days suspended so far, the Atw
 * applied once.
 */
@Component("fondsBeslistermijnHervatten")
class BeslistermijnHervatten implements JavaDelegate {

	private final FondsTermijnen termijnen;

	BeslistermijnHervatten(FondsTermijnen termijnen) {
		this.termijnen = termijnen;
	}

	@Override
	public void execute(DelegateExecution zaak) {
		String vandaag = this.termijnen.vandaag();
		List<Violation> violations = new ArrayList<>();
		StartChecks.pastOrToday(zaak, AanvraagVariabelen.AANVULLING_ONTVANGEN_OP, LocalDate.parse(vandaag), violations);
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
		String gevraagdOp = Zaakgegevens.tekst(zaak, AanvraagVariabelen.AANVULLING_GEVRAAGD_OP);
		Object ontvangen = zaak.getVariable(AanvraagVariabelen.AANVULLING_ONTVANGEN_OP);
		String hervat = (ontvangen != null) ? (String) ontvangen : vandaag;
		if (LocalDate.parse(hervat).isBefore(LocalDate.parse(gevraagdOp))) {
			throw new InvalidVariableException(AanvraagVariabelen.AANVULLING_ONTVANGEN_OP,
					"De aanvulling kan niet binnen zijn gekomen voordat erom gevraagd werd (" + gevraagdOp + ").");
		}
		zaak.setVariable(AanvraagVariabelen.AANVULLING_ONTVANGEN_OP, hervat);
		long opgeschort = Zaakgegevens.bedrag(zaak, AanvraagVariabelen.OPGESCHORTE_DAGEN) + this.termijnen
			.opgeschorteDagen(gevraagdOp, hervat, Zaakgegevens.tekst(zaak, AanvraagVariabelen.BESLIS_DEADLINE));
		zaak.setVariable(AanvraagVariabelen.OPGESCHORTE_DAGEN, opgeschort);
		zaak.setVariable(AanvraagVariabelen.BESLIS_DEADLINE,
				this.termijnen.beslisDeadline(Zaakgegevens.tekst(zaak, AanvraagVariabelen.AANVRAAG_DATUM), opgeschort));
	}

}
