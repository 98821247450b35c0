package nl.kantel.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import nl.kantel.termijn.TermijnExpressions;

/**
 * Starts the Wmo clock: the melding date (today when not given) and the deadlines of the
 * onderzoek (6 weeks, art. 2.3.2 lid 1) and the persoonlijk plan (7 days, lid 2).
 */
@Component("meldingRegistreren")
class MeldingRegistreren implements ExecutionListener {

	private final TermijnExpressions termijn;

	MeldingRegistreren(TermijnExpressions termijn) {
		this.termijn = termijn;
	}

	@Override
	public void notify(DelegateExecution execution) {
		if (execution.getVariable(IntakeVariabelen.MELDING_DATUM) == null) {
			execution.setVariable(IntakeVariabelen.MELDING_DATUM, this.termijn.vandaag());
		}
		if (execution.getVariable(IntakeVariabelen.SPOED) == null) {
			execution.setVariable(IntakeVariabelen.SPOED, false);
		}
		Object email = execution.getVariable(IntakeVariabelen.EMAIL);
		if (email instanceof String text && text.isBlank()) {
			execution.removeVariable(IntakeVariabelen.EMAIL);
		}
		String meldingDatum = (String) execution.getVariable(IntakeVariabelen.MELDING_DATUM);
		execution.setVariable(IntakeVariabelen.ONDERZOEK_DEADLINE,
				this.termijn.wettelijk(meldingDatum, IntakeVariabelen.ONDERZOEKSTERMIJN));
		execution.setVariable(IntakeVariabelen.PERSOONLIJK_PLAN_DEADLINE,
				this.termijn.wettelijk(meldingDatum, IntakeVariabelen.PERSOONLIJK_PLAN_TERMIJN));
	}

}
