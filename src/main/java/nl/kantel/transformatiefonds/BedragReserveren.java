package nl.kantel.transformatiefonds;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.kantel.fonds.Grootboek;

/**
 * A complete application reserves what it asks in its fund. When that no longer fits, the
 * application is refused for lack of budget (the decision is taken now, with its letter),
 * instead of granting money that is not there.
 */
@Component("bedragReserveren")
class BedragReserveren implements JavaDelegate {

	private final Grootboek grootboek;

	private final Beschikken beschikken;

	BedragReserveren(Grootboek grootboek, Beschikken beschikken) {
		this.grootboek = grootboek;
		this.beschikken = beschikken;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String fonds = Zaakgegevens.tekst(execution, AanvraagVariabelen.FONDS);
		boolean past = this.grootboek.reserveren(fonds, Zaakgegevens.tekst(execution, AanvraagVariabelen.ZAAKNUMMER),
				Zaakgegevens.bedrag(execution, AanvraagVariabelen.GEVRAAGD_BEDRAG),
				Zaakgegevens.tekst(execution, AanvraagVariabelen.GETOETST_DOOR));
		execution.setVariable(AanvraagVariabelen.GERESERVEERD, past);
		if (!past) {
			long beschikbaar = this.grootboek.saldo(fonds).beschikbaar();
			execution.setVariable(AanvraagVariabelen.BESCHIKBAAR_BIJ_AANVRAAG, beschikbaar);
			execution.setVariable(AanvraagVariabelen.MOTIVERING,
					"Het budget van het " + execution.getVariable(AanvraagVariabelen.FONDS_NAAM)
							+ " is niet toereikend: gevraagd "
							+ execution.getVariable(AanvraagVariabelen.GEVRAAGD_BEDRAG) + " euro, nog beschikbaar "
							+ beschikbaar + " euro.");
			execution.setVariable(AanvraagVariabelen.RESULTAAT, AanvraagVariabelen.AFGEWEZEN_BUDGET);
			this.beschikken.vastleggen(execution);
		}
	}

}
