package nl.kantel.bezwaar;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * When GrondenAanvullen completes: grounds handed in are kept as {@code gronden} with the
 * day they arrived (today when not given); without them the bezwaar will be
 * niet-ontvankelijk (Awb 6:6).
 */
@Component("bezwaarGronden")
class GrondenListener implements TaskListener {

	private final BehandelingChecks checks;

	private final BezwaarTermijnen termijnen;

	GrondenListener(BehandelingChecks checks, BezwaarTermijnen termijnen) {
		this.checks = checks;
		this.termijnen = termijnen;
	}

	@Override
	public void notify(DelegateTask task) {
		List<Violation> violations = this.checks.gronden(task::getVariable);
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
		boolean aangevuld = Gronden.bewaar(task);
		task.setVariable(BezwaarVariabelen.GRONDEN_AANGEVULD, aangevuld);
		Object ontvangen = task.getVariable(BezwaarVariabelen.GRONDEN_ONTVANGST_DATUM);
		if (aangevuld && !(ontvangen instanceof String text && !text.isBlank())) {
			task.setVariable(BezwaarVariabelen.GRONDEN_ONTVANGST_DATUM, this.termijnen.vandaag().toString());
		}
	}

}
