package nl.kantel.transformatiefonds;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.kantel.fonds.Grootboek;
import nl.kantel.fonds.Grootboek.Vaststelling;

/**
 * Books the vaststelling (Awb 4:46): the grant beyond the final amount goes back to the
 * fund, what is still owed is paid, what was paid beyond it is claimed back (4:57). Runs
 * as a job: a retry books nothing twice.
 */
@Component("vaststellingVastleggen")
class VaststellingVastleggen implements JavaDelegate {

	private final Grootboek grootboek;

	private final FondsTermijnen termijnen;

	VaststellingVastleggen(Grootboek grootboek, FondsTermijnen termijnen) {
		this.grootboek = grootboek;
		this.termijnen = termijnen;
	}

	@Override
	public void execute(DelegateExecution zaak) {
		Object motivering = zaak.getVariable(AanvraagVariabelen.VASTSTELLING_MOTIVERING);
		Vaststelling vaststelling = this.grootboek.vaststellen(Zaakgegevens.tekst(zaak, AanvraagVariabelen.FONDS),
				Zaakgegevens.tekst(zaak, AanvraagVariabelen.ZAAKNUMMER),
				Zaakgegevens.bedrag(zaak, AanvraagVariabelen.VASTGESTELD_BEDRAG),
				Zaakgegevens.tekst(zaak, AanvraagVariabelen.VASTGESTELD_DOOR),
				Zaakgegevens.isLeeg(motivering) ? "Subsidie vastgesteld" : (String) motivering);
		zaak.setVariable(AanvraagVariabelen.NABETALING, vaststelling.nabetaling());
		zaak.setVariable(AanvraagVariabelen.TERUGVORDERING, vaststelling.terugvordering());
		zaak.setVariable(AanvraagVariabelen.VASTSTELLING_DATUM, this.termijnen.vandaag());
		zaak.setVariable(AanvraagVariabelen.RESULTAAT, AanvraagVariabelen.VASTGESTELD);
	}

}
