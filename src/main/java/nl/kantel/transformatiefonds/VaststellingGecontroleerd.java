package nl.kantel.transformatiefonds;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.kantel.zaak.InvalidVariableException;

/**
 * SubsidieVaststellen: the final amount is at most what was granted; lower only with the
 * conditions that were not met (Awb 4:46 lid 2, 4:48).
 */
@Component("vaststellingGecontroleerd")
class VaststellingGecontroleerd implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		long toegekend = Zaakgegevens.bedrag(task, AanvraagVariabelen.TOEGEKEND_BEDRAG);
		Object bedrag = task.getVariable(AanvraagVariabelen.VASTGESTELD_BEDRAG);
		if (!(bedrag instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())
				|| number.longValue() < 0 || number.longValue() > toegekend) {
			throw new InvalidVariableException(AanvraagVariabelen.VASTGESTELD_BEDRAG,
					"Het vastgestelde bedrag is 0 tot en met het toegekende bedrag (" + toegekend
							+ "), in hele euro's.");
		}
		if (number.longValue() < toegekend
				&& Zaakgegevens.isLeeg(task.getVariable(AanvraagVariabelen.VASTSTELLING_MOTIVERING))) {
			throw new InvalidVariableException(AanvraagVariabelen.VASTSTELLING_MOTIVERING,
					"Een lager bedrag dan toegekend: schrijf op aan welke voorwaarden niet is voldaan.");
		}
		task.setVariable(AanvraagVariabelen.VASTGESTELD_BEDRAG, number.longValue());
		Zaakgegevens.handelendeVastleggen(task, AanvraagVariabelen.VASTGESTELD_DOOR);
	}

}
