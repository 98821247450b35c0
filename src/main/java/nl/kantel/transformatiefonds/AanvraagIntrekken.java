package nl.kantel.transformatiefonds;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.kantel.fonds.Grootboek;

/**
 * The initiatiefnemer withdraws (message AanvraagIngetrokken): before a grant the
 * reservation goes back to the fund; after a grant the subsidy is set at nothing, so the
 * grant goes back and a voorschot paid is claimed back.
 */
@Component("aanvraagIntrekken")
class AanvraagIntrekken implements JavaDelegate {

	static final String INGETROKKEN = "ingetrokken";

	private final Grootboek grootboek;

	AanvraagIntrekken(Grootboek grootboek) {
		this.grootboek = grootboek;
	}

	@Override
	public void execute(DelegateExecution zaak) {
		String fonds = Zaakgegevens.tekst(zaak, AanvraagVariabelen.FONDS);
		String zaaknummer = Zaakgegevens.tekst(zaak, AanvraagVariabelen.ZAAKNUMMER);
		if (this.grootboek.saldo(fonds, zaaknummer).toegekend() > 0) {
			this.grootboek.vaststellen(fonds, zaaknummer, 0, "kantel", "Aanvraag ingetrokken");
		}
		else {
			this.grootboek.vrijgeven(fonds, zaaknummer, 0, "kantel", "Aanvraag ingetrokken");
		}
		zaak.setVariable(AanvraagVariabelen.RESULTAAT, INGETROKKEN);
	}

}
