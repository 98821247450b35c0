package nl.kantel.intake;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.kantel.intake.Toewijzingen.Toewijzing;
import nl.kantel.termijn.TermijnExpressions;

/**
 * Records the beschikking: its date, the end of the bezwaar term (6 weeks, Awb 6:7-6:8),
 * the toewijzing of a provision in kind, and the case's resultaat.
 */
@Component("beschikkingVastleggen")
class BeschikkingVastleggen implements JavaDelegate {

	private final TermijnExpressions termijn;

	private final Toewijzingen toewijzingen;

	BeschikkingVastleggen(TermijnExpressions termijn, Toewijzingen toewijzingen) {
		this.termijn = termijn;
		this.toewijzingen = toewijzingen;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String beschikkingDatum = this.termijn.vandaag();
		execution.setVariable(WmoIntake.BESCHIKKING_DATUM, beschikkingDatum);
		execution.setVariable(WmoIntake.BEZWAAR_DEADLINE, this.termijn.wettelijk(beschikkingDatum, "P6W"));
		boolean toegekend = WmoIntake.TOEKENNEN.equals(execution.getVariable(WmoIntake.BESLUIT));
		if (toegekend && WmoIntake.ZORG_IN_NATURA.equals(execution.getVariable(WmoIntake.LEVERINGSVORM))) {
			Toewijzing toewijzing = new Toewijzing((String) execution.getVariable(WmoIntake.ZAAKNUMMER),
					(String) execution.getVariable(WmoIntake.PRODUCTCATEGORIE),
					((Number) execution.getVariable(WmoIntake.OMVANG)).longValue(),
					(String) execution.getVariable(WmoIntake.EENHEID),
					(String) execution.getVariable(WmoIntake.FREQUENTIE), LocalDate.parse(beschikkingDatum));
			execution.setVariable(WmoIntake.TOEWIJZING_NUMMER, this.toewijzingen.register(toewijzing));
		}
		execution.setVariable(WmoIntake.RESULTAAT, toegekend ? "toegekend" : "afgewezen");
	}

}
