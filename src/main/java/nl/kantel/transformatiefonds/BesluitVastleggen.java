package nl.kantel.transformatiefonds;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.kantel.fonds.FondsInstellingen;
import nl.kantel.fonds.Fondsen;
import nl.kantel.fonds.Grootboek;

/**
 * Books the decision in the fund's ledger and sets what follows from it. A refusal
 * releases the reservation. A grant (verlening, Awb 4:44-4:46) turns the reservation into
 * granted money; below the fund's limit it is vastgesteld and paid at once (direct
 * vaststelling), else the voorschot is paid and the project's schedule set: reports every
 * rapportage-interval before its end, the eindverantwoording within six months after it.
 * Runs as a job: a retry books nothing twice.
 */
@Component("besluitVastleggen")
class BesluitVastleggen implements JavaDelegate {

	private final Grootboek grootboek;

	private final Fondsen fondsen;

	private final FondsTermijnen termijnen;

	private final Beschikken beschikken;

	BesluitVastleggen(Grootboek grootboek, Fondsen fondsen, FondsTermijnen termijnen, Beschikken beschikken) {
		this.grootboek = grootboek;
		this.fondsen = fondsen;
		this.termijnen = termijnen;
		this.beschikken = beschikken;
	}

	@Override
	public void execute(DelegateExecution zaak) {
		this.beschikken.vastleggen(zaak);
		String fonds = Zaakgegevens.tekst(zaak, AanvraagVariabelen.FONDS);
		String zaaknummer = Zaakgegevens.tekst(zaak, AanvraagVariabelen.ZAAKNUMMER);
		String door = Zaakgegevens.tekst(zaak, AanvraagVariabelen.BESLOTEN_DOOR);
		if (!AanvraagVariabelen.TOEKENNEN.equals(zaak.getVariable(AanvraagVariabelen.BESLUIT))) {
			this.grootboek.vrijgeven(fonds, zaaknummer, 0, door, "Aanvraag afgewezen");
			zaak.setVariable(AanvraagVariabelen.RESULTAAT, "afgewezen");
			return;
		}
		long toegekend = Zaakgegevens.bedrag(zaak, AanvraagVariabelen.TOEGEKEND_BEDRAG);
		this.grootboek.toekennen(fonds, zaaknummer, toegekend, door);
		FondsInstellingen instellingen = this.fondsen.instellingen(fonds);
		String beschikkingDatum = Zaakgegevens.tekst(zaak, AanvraagVariabelen.BESCHIKKING_DATUM);
		boolean direct = toegekend < instellingen.directeVaststellingTot();
		zaak.setVariable(AanvraagVariabelen.DIRECT_VASTGESTELD, direct);
		if (direct) {
			this.grootboek.vaststellen(fonds, zaaknummer, toegekend, door, "Direct vastgesteld bij de verlening");
			zaak.setVariable(AanvraagVariabelen.VASTGESTELD_BEDRAG, toegekend);
			zaak.setVariable(AanvraagVariabelen.VASTSTELLING_DATUM, beschikkingDatum);
			zaak.setVariable(AanvraagVariabelen.RESULTAAT, AanvraagVariabelen.VASTGESTELD);
			return;
		}
		long voorschot = toegekend * instellingen.voorschotPercentage() / 100;
		if (voorschot > 0) {
			this.grootboek.betalen(fonds, zaaknummer, 1, voorschot, door);
		}
		zaak.setVariable(AanvraagVariabelen.VOORSCHOT_BEDRAG, voorschot);
		String einde = this.termijnen.projectEinde(beschikkingDatum,
				Zaakgegevens.bedrag(zaak, AanvraagVariabelen.LOOPTIJD_MAANDEN));
		zaak.setVariable(AanvraagVariabelen.PROJECT_EINDE, einde);
		zaak.setVariable(AanvraagVariabelen.VOORTGANG_DEADLINE,
				this.termijnen.volgendeVoortgang(beschikkingDatum, instellingen.rapportageInterval(), einde));
		zaak.setVariable(AanvraagVariabelen.VOORTGANGSRAPPORTAGES, 0L);
		zaak.setVariable(AanvraagVariabelen.EINDVERANTWOORDING_DEADLINE,
				this.termijnen.eindverantwoordingDeadline(einde));
		zaak.setVariable(AanvraagVariabelen.VERANTWOORDING_AANGEMAAND, false);
	}

}
