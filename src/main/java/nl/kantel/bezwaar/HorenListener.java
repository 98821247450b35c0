package nl.kantel.bezwaar;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * When Horen completes: the indiener was heard, or the reason of Awb 7:3 not to is given,
 * or the term is extended instead. A hearing after all ({@code alsnogHoren}) is done with
 * it.
 */
@Component("bezwaarHoren")
class HorenListener implements TaskListener {

	private final BehandelingChecks checks;

	HorenListener(BehandelingChecks checks) {
		this.checks = checks;
	}

	@Override
	public void notify(DelegateTask task) {
		List<Violation> violations = this.checks.horen(task::getVariable);
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
		task.setVariable(BezwaarVariabelen.ALSNOG_HOREN, false);
	}

}
