package nl.kantel.bezwaar;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * When BeslissenOpBezwaar completes: refuses a completion without a decision, a second
 * verdaging and one after the term has passed, so the task stays open with the reason;
 * otherwise leaves {@code verdagen} as a Boolean for the gateways.
 */
@Component("bezwaarBeslissing")
class BeslissingListener implements TaskListener {

	private final BezwaarService bezwaren;

	BeslissingListener(BezwaarService bezwaren) {
		this.bezwaren = bezwaren;
	}

	@Override
	public void notify(DelegateTask task) {
		Object verdagen = task.getVariable(BezwaarVariables.VERDAGEN);
		if (verdagen != null && !(verdagen instanceof Boolean)) {
			throw new InvalidVariableException(BezwaarVariables.VERDAGEN,
					"'Beslistermijn verdagen' moet ja of nee zijn.");
		}
		Object beslissing = task.getVariable(BezwaarVariables.BESLISSING);
		List<Violation> violations = this.bezwaren.checkDecision(Boolean.TRUE.equals(verdagen),
				Boolean.TRUE.equals(task.getVariable(BezwaarVariables.VERDAAGD)),
				(beslissing instanceof String text) ? text : null,
				(String) task.getVariable(BezwaarVariables.BESLIS_DEADLINE));
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
		task.setVariable(BezwaarVariables.VERDAGEN, Boolean.TRUE.equals(verdagen));
	}

}
