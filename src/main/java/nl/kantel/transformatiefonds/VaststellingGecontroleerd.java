package nl.kantel.transformatiefonds;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.kantel.zaak.InvalidVariableException;

/**
 * SubsidieVaststellen: the final amount is whole euros, at most what was granted (Awb
 * 4:46). The form asks which conditions were not met when it is lower; the contract
 * requires only the amount.
 */
@Component("vaststellingGecontroleerd")
class VaststellingGecontroleerd implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		long toegekend = Zaakgegevens.bedrag(task, AanvraagVariabelen.TOEGEKEND_BEDRAG);
		Object bedrag = task.getVariable(AanvraagVariabelen.VASTGESTELD_BEDRAG);
		if (!Zaakgegevens.isHeel(bedrag, 0, toegekend)) {
			throw new InvalidVariableException(AanvraagVariabelen.VASTGESTELD_BEDRAG,
					"Het vastgestelde bedrag is 0 tot en met het toegekende bedrag (" + toegekend
							+ "), in hele euro's.");
		}
		task.setVariable(AanvraagVariabelen.VASTGESTELD_BEDRAG, ((Number) bedrag).longValue());
		Zaakgegevens.handelendeVastleggen(task, AanvraagVariabelen.VASTGESTELD_DOOR);
	}

}
