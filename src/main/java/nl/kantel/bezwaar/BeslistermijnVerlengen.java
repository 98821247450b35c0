package nl.kantel.bezwaar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BeslistermijnVerlengen: the jurist chose to extend the decision term, which the task's
 * listener checked. A verdaging lengthens the term by the six weeks of Awb 7:10 lid 3,
 * keeping the days it was suspended, the Atw applied once to the end; an uitstel (lid 4)
 * makes the day the indiener consented to the deadline. The choice is cleared, so the
 * returning task starts without it.
 */
@Component("bezwaarTermijnVerlengen")
class BeslistermijnVerlengen implements JavaDelegate {

	private final BezwaarTermijnen termijnen;

	BeslistermijnVerlengen(BezwaarTermijnen termijnen) {
		this.termijnen = termijnen;
	}

	@Override
	public void execute(DelegateExecution execution) {
		if (Boolean.TRUE.equals(execution.getVariable(BezwaarVariabelen.VERDAGEN))) {
			Datums.schrijf(execution, BezwaarVariabelen.BESLIS_DEADLINE,
					this.termijnen.beslisDeadline(Datums.lees(execution, BezwaarVariabelen.BEZWAAR_DEADLINE),
							Boolean.TRUE.equals(execution.getVariable(BezwaarVariabelen.ADVIESCOMMISSIE)), true,
							Datums.dagen(execution, BezwaarVariabelen.OPGESCHORTE_DAGEN)));
			execution.setVariable(BezwaarVariabelen.VERDAAGD, true);
		}
		else {
			Datums.schrijf(execution, BezwaarVariabelen.BESLIS_DEADLINE,
					Datums.lees(execution, BezwaarVariabelen.UITSTEL_TOT));
			execution.setVariable(BezwaarVariabelen.UITGESTELD, true);
		}
		execution.setVariable(BezwaarVariabelen.VERDAGEN, false);
		execution.setVariable(BezwaarVariabelen.UITSTELLEN, false);
	}

}
