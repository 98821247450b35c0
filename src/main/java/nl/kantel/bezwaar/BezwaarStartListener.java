package nl.kantel.bezwaar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import nl.kantel.bezwaar.BezwaarService.Registration;

/**
 * On both start events of {@code bezwaar}: finds the hoofdzaak's bezwaar term and sets
 * the case's dates. A hoofdzaak without a beschikking refuses the start.
 */
@Component("bezwaarStart")
class BezwaarStartListener implements ExecutionListener {

	private final BezwaarService bezwaren;

	BezwaarStartListener(BezwaarService bezwaren) {
		this.bezwaren = bezwaren;
	}

	@Override
	public void notify(DelegateExecution execution) {
		boolean adviescommissie = Boolean.TRUE.equals(execution.getVariable(BezwaarVariables.ADVIESCOMMISSIE));
		Registration registration = this.bezwaren.register((String) execution.getVariable(BezwaarVariables.HOOFDZAAK),
				(String) execution.getVariable(BezwaarVariables.ONTVANGST_DATUM), adviescommissie);
		execution.setVariable(BezwaarVariables.ONTVANGST_DATUM, registration.ontvangstDatum());
		execution.setVariable(BezwaarVariables.ADVIESCOMMISSIE, adviescommissie);
		execution.setVariable(BezwaarVariables.BEZWAAR_DEADLINE, registration.bezwaarDeadline());
		execution.setVariable(BezwaarVariables.TIJDIG, registration.tijdig());
		execution.setVariable(BezwaarVariables.BESLIS_DEADLINE, registration.beslisDeadline());
		execution.setVariable(BezwaarVariables.VERDAAGD, false);
	}

}
