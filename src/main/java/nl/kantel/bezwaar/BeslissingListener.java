package nl.kantel.bezwaar;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * When BeslissenOpBezwaar completes: refuses a completion without a beslissing and its
 * motivering, one the reason for not hearing forbids, a second verdaging, an uitstel
 * without consent, and any of these after the term has passed; the task stays open with
 * the reason.
 */
@Component("bezwaarBeslissing")
class BeslissingListener implements TaskListener {

	private final BehandelingChecks checks;

	BeslissingListener(BehandelingChecks checks) {
		this.checks = checks;
	}

	@Override
	public void notify(DelegateTask task) {
		List<Violation> violations = this.checks.beslissing(task::getVariable);
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
	}

}
