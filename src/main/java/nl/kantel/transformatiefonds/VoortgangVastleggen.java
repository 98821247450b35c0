package nl.kantel.transformatiefonds;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.kantel.fonds.Fondsen;

/**
 * A progress report came: counted, and the next one is due one rapportage-interval after
 * the one that was due, none after the project's end.
 */
@Component("voortgangVastleggen")
class VoortgangVastleggen implements JavaDelegate {

	private final Fondsen fondsen;

	private final FondsTermijnen termijnen;

	VoortgangVastleggen(Fondsen fondsen, FondsTermijnen termijnen) {
		this.fondsen = fondsen;
		this.termijnen = termijnen;
	}

	@Override
	public void execute(DelegateExecution zaak) {
		zaak.setVariable(AanvraagVariabelen.VOORTGANGSRAPPORTAGES,
				Zaakgegevens.bedrag(zaak, AanvraagVariabelen.VOORTGANGSRAPPORTAGES) + 1);
		String interval = this.fondsen.instellingen(Zaakgegevens.tekst(zaak, AanvraagVariabelen.FONDS))
			.rapportageInterval();
		zaak.setVariable(AanvraagVariabelen.VOORTGANG_DEADLINE,
				this.termijnen.volgendeVoortgang(Zaakgegevens.tekst(zaak, AanvraagVariabelen.VOORTGANG_DEADLINE),
						interval, Zaakgegevens.tekst(zaak, AanvraagVariabelen.PROJECT_EINDE)));
	}

}
