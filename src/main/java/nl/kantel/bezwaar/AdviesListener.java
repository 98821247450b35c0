package nl.kantel.bezwaar;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * When AdviesCommissie completes: the committee's advice, or the term extended instead.
 */
@Component("bezwaarAdvies")
class AdviesListener implements TaskListener {

	private final BehandelingChecks checks;

	AdviesListener(BehandelingChecks checks) {
		this.checks = checks;
	}

	@Override
	public void notify(DelegateTask task) {
		List<Violation> violations = this.checks.advies(task::getVariable);
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
	}

}
