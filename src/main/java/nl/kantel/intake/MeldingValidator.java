package nl.kantel.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import nl.kantel.termijn.TermijnExpressions;
import nl.kantel.zaak.InvalidVariableException.Violation;
import nl.kantel.zaak.StartChecks;
import nl.kantel.zaak.StartValidator;

/**
 * What the melding's form cannot check: the BSN's elfproef and a melding date not in the
 * future.
 */
@Component
class MeldingValidator implements StartValidator {

	private final TermijnExpressions termijn;

	MeldingValidator(TermijnExpressions termijn) {
		this.termijn = termijn;
	}

	@Override
	public String processKey() {
		return IntakeVariabelen.PROCESS_KEY;
	}

	@Override
	public List<Violation> validate(VariableScope start) {
		List<Violation> violations = new ArrayList<>();
		StartChecks.bsn(start, IntakeVariabelen.BSN, violations);
		StartChecks.email(start, IntakeVariabelen.EMAIL, violations);
		StartChecks.pastOrToday(start, IntakeVariabelen.MELDING_DATUM, LocalDate.parse(this.termijn.vandaag()),
				violations);
		return violations;
	}

}
