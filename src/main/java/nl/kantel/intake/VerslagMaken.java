package nl.kantel.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The verslag of the onderzoek as a letter to the resident (art. 2.3.2 lid 8). */
@Component("verslagMaken")
class VerslagMaken implements JavaDelegate {

	private final IntakeBrieven brieven;

	VerslagMaken(IntakeBrieven brieven) {
		this.brieven = brieven;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(WmoIntake.VERSLAG_DOCUMENT, this.brieven.verslag(execution));
	}

}
