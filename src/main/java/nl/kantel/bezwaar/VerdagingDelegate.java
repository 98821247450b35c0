package nl.kantel.bezwaar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BeslistermijnVerdagen: moves the decision deadline by the one verdaging of Awb 7:10 lid
 * 3 and clears the jurist's choice, so the returning task starts without it.
 */
@Component("bezwaarVerdaging")
class VerdagingDelegate implements JavaDelegate {

	private final BezwaarService bezwaren;

	VerdagingDelegate(BezwaarService bezwaren) {
		this.bezwaren = bezwaren;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String bezwaarDeadline = (String) execution.getVariable(BezwaarVariables.BEZWAAR_DEADLINE);
		boolean adviescommissie = Boolean.TRUE.equals(execution.getVariable(BezwaarVariables.ADVIESCOMMISSIE));
		execution.setVariable(BezwaarVariables.BESLIS_DEADLINE,
				this.bezwaren.postpone(bezwaarDeadline, adviescommissie));
		execution.setVariable(BezwaarVariables.VERDAAGD, true);
		execution.setVariable(BezwaarVariables.VERDAGEN, false);
	}

}
