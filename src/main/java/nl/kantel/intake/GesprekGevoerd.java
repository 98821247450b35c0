package nl.kantel.intake;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.kantel.zaak.InvalidVariableException;

/**
 * The keukentafelgesprek is done only when free cliëntondersteuning was offered to the
 * resident (Wmo 2.3.2 lid 3): the form asks it, and a talk without it is not finished.
 */
@Component("gesprekGevoerd")
class GesprekGevoerd implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		if (!Boolean.TRUE.equals(task.getVariable(IntakeVariabelen.CLIENTONDERSTEUNING_AANGEBODEN))) {
			throw new InvalidVariableException(IntakeVariabelen.CLIENTONDERSTEUNING_AANGEBODEN,
					"Bied de inwoner gratis cliëntondersteuning aan (art. 2.3.2 lid 3 Wmo) voordat u het gesprek afrondt.");
		}
	}

}
