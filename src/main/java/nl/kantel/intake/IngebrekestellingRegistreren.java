package nl.kantel.intake;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import nl.kantel.termijn.Dwangsom;
import nl.kantel.termijn.TermijnExpressions;

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
		Dwangsom.ingebrekestellingOntvangen(execution, IntakeVariabelen.INGEBREKESTELLING_DATUM,
				IntakeVariabelen.BESCHIKKING_DEADLINE, LocalDate.parse(this.termijn.vandaag()));
	}

}
