package nl.kantel.transformatiefonds;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.kantel.zaak.InvalidVariableException;

/** BesluitAccorderen: the wethouder who does not agree says why; the decider reads it. */
@Component("besluitGeaccordeerd")
class BesluitGeaccordeerd implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		if (Boolean.FALSE.equals(task.getVariable(AanvraagVariabelen.AKKOORD))
				&& Zaakgegevens.isLeeg(task.getVariable(AanvraagVariabelen.ACCORDERING_TOELICHTING))) {
			throw new InvalidVariableException(AanvraagVariabelen.ACCORDERING_TOELICHTING,
					"Schrijf op waarom u niet akkoord bent: wie besloot, leest het.");
		}
	}

}
