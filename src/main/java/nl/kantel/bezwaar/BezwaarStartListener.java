package nl.kantel.bezwaar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import nl.kantel.bezwaar.BezwaarRegistratie.Registratie;

/**
 * On both start events of {@code bezwaar}: finds the hoofdzaak's bezwaar term and sets
 * the case's dates, keeps the grounds as {@code gronden} and sets the choices the
 * gateways read. A hoofdzaak without a beschikking refuses the start.
 */
@Component("bezwaarStart")
class BezwaarStartListener implements ExecutionListener {

	private final BezwaarRegistratie registratie;

	BezwaarStartListener(BezwaarRegistratie registratie) {
		this.registratie = registratie;
	}

	@Override
	public void notify(DelegateExecution execution) {
		boolean adviescommissie = Boolean.TRUE.equals(execution.getVariable(BezwaarVariabelen.ADVIESCOMMISSIE));
		Registratie registration = this.registratie.registreer(
				(String) execution.getVariable(BezwaarVariabelen.HOOFDZAAK),
				Datums.lees(execution, BezwaarVariabelen.ONTVANGST_DATUM),
				Datums.lees(execution, BezwaarVariabelen.VERZEND_DATUM), adviescommissie);
		execution.setVariable(BezwaarVariabelen.ONTVANGST_DATUM, registration.ontvangstDatum().toString());
		execution.setVariable(BezwaarVariabelen.ADVIESCOMMISSIE, adviescommissie);
		execution.setVariable(BezwaarVariabelen.BEZWAAR_DEADLINE, registration.bezwaarDeadline().toString());
		execution.setVariable(BezwaarVariabelen.TIJDIG, registration.tijdig());
		execution.setVariable(BezwaarVariabelen.BESLIS_DEADLINE, registration.beslisDeadline().toString());
		execution.setVariable(BezwaarVariabelen.NIEUW_BESLUIT_GROEP, registration.nieuwBesluitGroep());
		execution.setVariable(BezwaarVariabelen.OPGESCHORTE_DAGEN, 0L);
		execution.setVariable(BezwaarVariabelen.VERDAAGD, false);
		execution.setVariable(BezwaarVariabelen.UITGESTELD, false);
		execution.setVariable(BezwaarVariabelen.VERDAGEN, false);
		execution.setVariable(BezwaarVariabelen.UITSTELLEN, false);
		execution.setVariable(BezwaarVariabelen.ALSNOG_HOREN, false);
		Gronden.bewaar(execution);
	}

}
