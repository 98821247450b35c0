package nl.kantel.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.kantel.termijn.TermijnExpressions;

/**
 * The term runs again when the aanvulling arrives or the hersteltermijn ends unused: the
 * beschikking deadline moves by the days the case waited (Awb 4:15).
 */
@Component("beschikkingstermijnHervatten")
class BeschikkingstermijnHervatten implements JavaDelegate {

	private final TermijnExpressions termijn;

	BeschikkingstermijnHervatten(TermijnExpressions termijn) {
		this.termijn = termijn;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String deadline = (String) execution.getVariable(WmoIntake.BESCHIKKING_DEADLINE);
		String gevraagdOp = (String) execution.getVariable(WmoIntake.AANVULLING_GEVRAAGD_OP);
		execution.setVariable(WmoIntake.BESCHIKKING_DEADLINE,
				this.termijn.opschorten(deadline, gevraagdOp, this.termijn.vandaag()));
		execution.setVariable(WmoIntake.AANVULLING_NODIG, false);
	}

}
