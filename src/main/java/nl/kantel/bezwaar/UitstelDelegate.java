package nl.kantel.bezwaar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BeslistermijnUitstellen: the decision is due on the day the indiener consented to (Awb
 * 7:10 lid 4; checked when the task completed), and the jurist's choice is cleared, so
 * the returning task starts without it.
 */
@Component("bezwaarUitstel")
class UitstelDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		Datums.schrijf(execution, BezwaarVariabelen.BESLIS_DEADLINE,
				Datums.lees(execution, BezwaarVariabelen.UITSTEL_TOT));
		execution.setVariable(BezwaarVariabelen.UITGESTELD, true);
		execution.setVariable(BezwaarVariabelen.UITSTELLEN, false);
	}

}
