package nl.kantel.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import nl.kantel.termijn.TermijnExpressions;
import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.InvalidVariableException.Violation;
import nl.kantel.zaak.StartChecks;

/**
 * The aanvraag starts the beschikking term: 2 weeks (art. 2.3.5 lid 2). The aanvraag date
 * is today when the message gives none; it may not lie in the future or before the
 * melding.
 */
@Component("aanvraagRegistreren")
class AanvraagRegistreren implements ExecutionListener {

	private final TermijnExpressions termijn;

	AanvraagRegistreren(TermijnExpressions termijn) {
		this.termijn = termijn;
	}

	@Override
	public void notify(DelegateExecution execution) {
		List<Violation> violations = new ArrayList<>();
		StartChecks.pastOrToday(execution, IntakeVariabelen.AANVRAAG_DATUM, LocalDate.parse(this.termijn.vandaag()),
				violations);
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
		if (execution.getVariable(IntakeVariabelen.AANVRAAG_DATUM) == null) {
			execution.setVariable(IntakeVariabelen.AANVRAAG_DATUM, this.termijn.vandaag());
		}
		String aanvraagDatum = (String) execution.getVariable(IntakeVariabelen.AANVRAAG_DATUM);
		String meldingDatum = (String) execution.getVariable(IntakeVariabelen.MELDING_DATUM);
		if (LocalDate.parse(aanvraagDatum).isBefore(LocalDate.parse(meldingDatum))) {
			throw new InvalidVariableException(IntakeVariabelen.AANVRAAG_DATUM,
					"De aanvraag kan niet eerder zijn dan de melding (" + meldingDatum + ").");
		}
		execution.setVariable(IntakeVariabelen.BESCHIKKING_DEADLINE,
				this.termijn.wettelijk(aanvraagDatum, IntakeVariabelen.BESCHIKKINGSTERMIJN));
	}

}
