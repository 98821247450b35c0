package nl.kantel.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.kantel.termijn.TermijnExpressions;

/**
 * The request for an aanvulling suspends the beschikking term (Awb 4:15) and gives the
 * resident a hersteltermijn (Awb 4:5, a setting).
 */
@Component("opschortingVastleggen")
class OpschortingVastleggen implements JavaDelegate {

	private final TermijnExpressions termijn;

	private final IntakeProperties properties;

	OpschortingVastleggen(TermijnExpressions termijn, IntakeProperties properties) {
		this.termijn = termijn;
		this.properties = properties;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String vandaag = this.termijn.vandaag();
		execution.setVariable(WmoIntake.AANVULLING_GEVRAAGD_OP, vandaag);
		execution.setVariable(WmoIntake.HERSTELTERMIJN_DEADLINE,
				this.termijn.wettelijk(vandaag, this.properties.hersteltermijn()));
	}

}
