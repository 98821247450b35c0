package nl.kantel.intake;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import nl.kantel.termijn.TermijnExpressions;
import nl.kantel.zaak.Bsn;
import nl.kantel.zaak.InvalidVariableException.Violation;
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
		return WmoIntake.PROCESS_KEY;
	}

	@Override
	public List<Violation> validate(VariableScope start) {
		List<Violation> violations = new ArrayList<>();
		Object bsn = start.getVariable(WmoIntake.BSN);
		if (bsn == null) {
			violations.add(new Violation(WmoIntake.BSN, "Het BSN is verplicht."));
		}
		else if (!(bsn instanceof String text) || !Bsn.isValid(text)) {
			violations.add(new Violation(WmoIntake.BSN, "Het BSN is geen geldig burgerservicenummer (elfproef)."));
		}
		IntakeDates.checkPastOrToday(start, WmoIntake.MELDING_DATUM, this.termijn, violations);
		return violations;
	}

}
