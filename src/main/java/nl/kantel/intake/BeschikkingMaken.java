package nl.kantel.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The beschikking as a letter with the bezwaar clause and the date the bezwaar term ends.
 */
@Component("beschikkingMaken")
class BeschikkingMaken implements JavaDelegate {

	private final IntakeBrieven brieven;

	BeschikkingMaken(IntakeBrieven brieven) {
		this.brieven = brieven;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(WmoIntake.BESCHIKKING_DOCUMENT, this.brieven.beschikking(execution));
	}

}
