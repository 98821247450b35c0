package nl.kantel.termijn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.InvalidVariableException.Violation;
import nl.kantel.zaak.StartChecks;

/**
 * Awb 4:14: a missed term (a task's complete listener, in every process) is reported to
 * the resident with a new, shortest possible term. The letter names it: a date ahead, or
 * two weeks from today when the teamleider names none.
 */
@Component("nieuweTermijnGenoemd")
class NieuweTermijnGenoemd implements TaskListener {

	/** The new term when the teamleider names none: policy, not law. */
	static final String NIEUWE_TERMIJN = "nieuweTermijn";

	static final String STANDAARD = "P2W";

	private final TermijnExpressions termijn;

	NieuweTermijnGenoemd(TermijnExpressions termijn) {
		this.termijn = termijn;
	}

	@Override
	public void notify(DelegateTask task) {
		List<Violation> violations = new ArrayList<>();
		Object nieuweTermijn = task.getVariable(NIEUWE_TERMIJN);
		if (nieuweTermijn == null || (nieuweTermijn instanceof String text && text.isBlank())) {
			task.setVariable(NIEUWE_TERMIJN, this.termijn.wettelijk(this.termijn.vandaag(), STANDAARD));
		}
		else {
			StartChecks.datum(task, NIEUWE_TERMIJN, violations);
			if (violations.isEmpty()
					&& !LocalDate.parse((String) nieuweTermijn).isAfter(LocalDate.parse(this.termijn.vandaag()))) {
				violations.add(new Violation(NIEUWE_TERMIJN, "De nieuwe termijn moet na vandaag liggen."));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
	}

}
