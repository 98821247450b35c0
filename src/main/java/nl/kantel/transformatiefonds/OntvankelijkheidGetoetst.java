package nl.kantel.transformatiefonds;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.kantel.zaak.InvalidVariableException;

/**
 * OntvankelijkheidToetsen: an incomplete application says what is missing, in words the
 * initiatiefnemer understands (the aanvulling letter quotes it, Awb 4:5).
 */
@Component("ontvankelijkheidGetoetst")
class OntvankelijkheidGetoetst implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		if (Boolean.FALSE.equals(task.getVariable(AanvraagVariabelen.VOLLEDIG))
				&& Zaakgegevens.isLeeg(task.getVariable(AanvraagVariabelen.GEVRAAGDE_AANVULLING))) {
			throw new InvalidVariableException(AanvraagVariabelen.GEVRAAGDE_AANVULLING,
					"Schrijf op wat er ontbreekt: de initiatiefnemer krijgt dit in de brief.");
		}
		Zaakgegevens.handelendeVastleggen(task, AanvraagVariabelen.GETOETST_DOOR);
	}

}
