package nl.kantel.transformatiefonds;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.kantel.fonds.Fondsen;
import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * BesluitNemen: a grant names an amount of at most what was asked; a decision against the
 * committee's advice is motivated, so the committee and the initiatiefnemer read why (the
 * contract requires no motivering otherwise; the form asks for it with a refusal). A
 * grant above the fund's accorderingsgrens goes to the wethouder.
 */
@Component("besluitGenomen")
class BesluitGenomen implements TaskListener {

	private final Fondsen fondsen;

	BesluitGenomen(Fondsen fondsen) {
		this.fondsen = fondsen;
	}

	@Override
	public void notify(DelegateTask task) {
		List<Violation> violations = new ArrayList<>();
		boolean toekennen = AanvraagVariabelen.TOEKENNEN.equals(task.getVariable(AanvraagVariabelen.BESLUIT));
		long gevraagd = Zaakgegevens.bedrag(task, AanvraagVariabelen.GEVRAAGD_BEDRAG);
		Object bedrag = task.getVariable(AanvraagVariabelen.TOEGEKEND_BEDRAG);
		if (toekennen && !Zaakgegevens.isHeel(bedrag, 1, gevraagd)) {
			violations.add(new Violation(AanvraagVariabelen.TOEGEKEND_BEDRAG,
					"Geef het toegekende bedrag in hele euro's, van 1 tot en met het gevraagde bedrag (" + gevraagd
							+ ")."));
		}
		boolean gemotiveerd = !Zaakgegevens.isLeeg(task.getVariable(AanvraagVariabelen.MOTIVERING));
		if (tegenAdvies(task, toekennen) && !gemotiveerd) {
			violations.add(new Violation(AanvraagVariabelen.MOTIVERING,
					"Uw besluit wijkt af van het advies van de cliëntencommissie: motiveer waarom."));
		}
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
		if (toekennen) {
			task.setVariable(AanvraagVariabelen.TOEGEKEND_BEDRAG, ((Number) bedrag).longValue());
		}
		else {
			task.removeVariable(AanvraagVariabelen.TOEGEKEND_BEDRAG);
		}
		long grens = this.fondsen.instellingen(Zaakgegevens.tekst(task, AanvraagVariabelen.FONDS)).accorderingsgrens();
		task.setVariable(AanvraagVariabelen.ACCORDERING_NODIG,
				toekennen && Zaakgegevens.bedrag(task, AanvraagVariabelen.TOEGEKEND_BEDRAG) > grens);
		Zaakgegevens.handelendeVastleggen(task, AanvraagVariabelen.BESLOTEN_DOOR);
	}

	private static boolean tegenAdvies(DelegateTask task, boolean toekennen) {
		Object advies = task.getVariable(AanvraagVariabelen.ADVIES_COMMISSIE);
		return toekennen ? "negatief".equals(advies) : "positief".equals(advies);
	}

}
