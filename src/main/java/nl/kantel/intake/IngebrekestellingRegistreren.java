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
 * A written ingebrekestelling, received once the beschikking term has passed (Awb 4:17):
 * dated today unless the message says when it was received, never before the term ended;
 * from two weeks after it a dwangsom runs.
 */
@Component("ingebrekestellingRegistreren")
class IngebrekestellingRegistreren implements ExecutionListener {

	private final TermijnExpressions termijn;

	IngebrekestellingRegistreren(TermijnExpressions termijn) {
		this.termijn = termijn;
	}

	@Override
	public void notify(DelegateExecution execution) {
		List<Violation> violations = new ArrayList<>();
		LocalDate vandaag = LocalDate.parse(this.termijn.vandaag());
		StartChecks.pastOrToday(execution, IntakeVariabelen.INGEBREKESTELLING_DATUM, vandaag, violations);
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
		if (execution.getVariable(IntakeVariabelen.INGEBREKESTELLING_DATUM) == null) {
			execution.setVariable(IntakeVariabelen.INGEBREKESTELLING_DATUM, vandaag.toString());
		}
		LocalDate ontvangen = LocalDate.parse((String) execution.getVariable(IntakeVariabelen.INGEBREKESTELLING_DATUM));
		String deadline = (String) execution.getVariable(IntakeVariabelen.BESCHIKKING_DEADLINE);
		if (!ontvangen.isAfter(LocalDate.parse(deadline))) {
			throw new InvalidVariableException(IntakeVariabelen.INGEBREKESTELLING_DATUM,
					"Een ingebrekestelling kan pas na de beslistermijn (" + deadline + ") worden ontvangen.");
		}
		execution.setVariable(IntakeVariabelen.DWANGSOM_VANAF, Dwangsom.vanaf(ontvangen).toString());
	}

}
