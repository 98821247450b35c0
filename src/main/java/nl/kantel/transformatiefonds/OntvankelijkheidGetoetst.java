package nl.kantel.transformatiefonds;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * OntvankelijkheidToetsen: records who found the application complete, in whose name the
 * ledger reserves. What is missing ({@code gevraagdeAanvulling}) is asked for by the form
 * but not required on the server: the contract requires only {@code volledig}, and the
 * aanvulling letter says the team discussed it when it is empty.
 */
@Component("ontvankelijkheidGetoetst")
class OntvankelijkheidGetoetst implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		Zaakgegevens.handelendeVastleggen(task, AanvraagVariabelen.GETOETST_DOOR);
	}

}
