package nl.kantel.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.kantel.termijn.TermijnExpressions;

/**
 * The term runs again when the aanvulling arrives or the hersteltermijn ends unused: the
 * days the case waited lengthen the beschikking term (Awb 4:15), and the deadline is the
 * Atw end of the aanvraag plus two weeks plus all days suspended so far, the Atw applied
 * once.
 */
@Component("beschikkingstermijnHervatten")
class BeschikkingstermijnHervatten implements JavaDelegate {

	private final TermijnExpressions termijn;

	BeschikkingstermijnHervatten(TermijnExpressions termijn) {
		this.termijn = termijn;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String deadline = (String) execution.getVariable(IntakeVariabelen.BESCHIKKING_DEADLINE);
		String gevraagdOp = (String) execution.getVariable(IntakeVariabelen.AANVULLING_GEVRAAGD_OP);
		Object eerder = execution.getVariable(IntakeVariabelen.BESCHIKKING_OPGESCHORTE_DAGEN);
		long opgeschort = ((eerder instanceof Number number) ? number.longValue() : 0)
				+ this.termijn.opgeschorteDagen(gevraagdOp, this.termijn.vandaag(), deadline);
		execution.setVariable(IntakeVariabelen.BESCHIKKING_OPGESCHORTE_DAGEN, opgeschort);
		execution.setVariable(IntakeVariabelen.BESCHIKKING_DEADLINE,
				this.termijn.wettelijkOpgeschort((String) execution.getVariable(IntakeVariabelen.AANVRAAG_DATUM),
						IntakeVariabelen.BESCHIKKINGSTERMIJN, opgeschort));
		execution.setVariable(IntakeVariabelen.AANVULLING_NODIG, false);
	}

}
