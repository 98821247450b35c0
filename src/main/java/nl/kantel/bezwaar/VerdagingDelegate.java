package nl.kantel.bezwaar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BeslistermijnVerdagen: lengthens the decision term by the one verdaging of Awb 7:10 lid
 * 3, keeping the days it was suspended, and clears the jurist's choice, so the returning
 * task starts without it.
 */
@Component("bezwaarVerdaging")
class VerdagingDelegate implements JavaDelegate {

	private final BezwaarTermijnen termijnen;

	VerdagingDelegate(BezwaarTermijnen termijnen) {
		this.termijnen = termijnen;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Datums.schrijf(execution, BezwaarVariabelen.BESLIS_DEADLINE,
				this.termijnen.beslisDeadline(Datums.lees(execution, BezwaarVariabelen.BEZWAAR_DEADLINE),
						Boolean.TRUE.equals(execution.getVariable(BezwaarVariabelen.ADVIESCOMMISSIE)), true,
						opgeschorteDagen(execution)));
		execution.setVariable(BezwaarVariabelen.VERDAAGD, true);
		execution.setVariable(BezwaarVariabelen.VERDAGEN, false);
	}

	static long opgeschorteDagen(DelegateExecution execution) {
		return (execution.getVariable(BezwaarVariabelen.OPGESCHORTE_DAGEN) instanceof Number number)
				? number.longValue() : 0;
	}

}
