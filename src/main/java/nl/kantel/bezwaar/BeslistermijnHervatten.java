package nl.kantel.bezwaar;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BeslistermijnHervatten: the wait for the grounds is over, because they arrived or the
 * hersteltermijn ended. The days waited lengthen the decision term (Awb 7:10 lid 2), and
 * the deadline is the Atw end of that lengthened term, the Atw applied once.
 */
@Component("bezwaarTermijnHervatten")
class BeslistermijnHervatten implements JavaDelegate {

	private final BezwaarTermijnen termijnen;

	BeslistermijnHervatten(BezwaarTermijnen termijnen) {
		this.termijnen = termijnen;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean aangevuld = Boolean.TRUE.equals(execution.getVariable(BezwaarVariabelen.GRONDEN_AANGEVULD));
		LocalDate bezwaarDeadline = Datums.lees(execution, BezwaarVariabelen.BEZWAAR_DEADLINE);
		LocalDate hervat = this.termijnen.hervatDatum(
				aangevuld ? Datums.lees(execution, BezwaarVariabelen.GRONDEN_ONTVANGST_DATUM) : null,
				Datums.lees(execution, BezwaarVariabelen.HERSTELTERMIJN_DEADLINE));
		long opgeschort = Datums.dagen(execution, BezwaarVariabelen.OPGESCHORTE_DAGEN)
				+ this.termijnen.opgeschorteDagen(Datums.lees(execution, BezwaarVariabelen.GRONDEN_GEVRAAGD_OP), hervat,
						bezwaarDeadline, Datums.lees(execution, BezwaarVariabelen.BESLIS_DEADLINE));
		execution.setVariable(BezwaarVariabelen.OPGESCHORTE_DAGEN, opgeschort);
		Datums.schrijf(execution, BezwaarVariabelen.BESLIS_DEADLINE,
				this.termijnen.beslisDeadline(bezwaarDeadline,
						Boolean.TRUE.equals(execution.getVariable(BezwaarVariabelen.ADVIESCOMMISSIE)),
						Boolean.TRUE.equals(execution.getVariable(BezwaarVariabelen.VERDAAGD)), opgeschort));
		execution.setVariable(BezwaarVariabelen.GRONDEN_AANGEVULD, aangevuld);
	}

}
