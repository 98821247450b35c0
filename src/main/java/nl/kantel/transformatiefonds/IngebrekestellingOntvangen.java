package nl.kantel.transformatiefonds;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import nl.kantel.termijn.Dwangsom;

/**
 * A written ingebrekestelling once the decision term has passed (Awb 4:17 applies to a
 * subsidy aanvraag): from two weeks after its receipt a dwangsom runs.
 */
@Component("fondsIngebrekestelling")
class IngebrekestellingOntvangen implements ExecutionListener {

	private final FondsTermijnen termijnen;

	IngebrekestellingOntvangen(FondsTermijnen termijnen) {
		this.termijnen = termijnen;
	}

	@Override
	public void notify(DelegateExecution zaak) {
		Dwangsom.ingebrekestellingOntvangen(zaak, AanvraagVariabelen.INGEBREKESTELLING_DATUM,
				AanvraagVariabelen.BESLIS_DEADLINE, LocalDate.parse(this.termijnen.vandaag()));
	}

}
