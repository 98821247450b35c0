package nl.kantel.intake;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.kantel.intake.Toewijzingen.Toewijzing;
import nl.kantel.termijn.TermijnExpressions;

/**
 * Records the beschikking: its date, the start date of a provision (the beschikking's
 * date unless the consulent set one), the toewijzing of a provision in kind, a dwangsom
 * owed after an ingebrekestelling (Awb 4:17), and the case's resultaat. The bezwaar term
 * runs from the day the letter is sent ({@link IntakePost#beschikkingVersturen}).
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
		String besluit = (String) execution.getVariable(WmoIntake.BESLUIT);
		boolean toegekend = WmoIntake.TOEKENNEN.equals(besluit);
		if (toegekend && execution.getVariable(WmoIntake.INGANGSDATUM) == null) {
			execution.setVariable(WmoIntake.INGANGSDATUM, beschikkingDatum);
		}
		if (toegekend && WmoIntake.ZORG_IN_NATURA.equals(execution.getVariable(WmoIntake.LEVERINGSVORM))) {
			Toewijzing toewijzing = new Toewijzing((String) execution.getVariable(WmoIntake.ZAAKNUMMER),
					(String) execution.getVariable(WmoIntake.PRODUCTCATEGORIE),
					((Number) execution.getVariable(WmoIntake.OMVANG)).longValue(),
					(String) execution.getVariable(WmoIntake.EENHEID),
					(String) execution.getVariable(WmoIntake.FREQUENTIE), LocalDate.parse(beschikkingDatum));
			execution.setVariable(WmoIntake.TOEWIJZING_NUMMER, this.toewijzingen.register(toewijzing));
		}
		dwangsom(execution, LocalDate.parse(beschikkingDatum));
		execution.setVariable(WmoIntake.RESULTAAT, switch (besluit) {
			case WmoIntake.TOEKENNEN -> "toegekend";
			case WmoIntake.BUITEN_BEHANDELING -> WmoIntake.BUITEN_BEHANDELING;
			default -> "afgewezen";
		});
	}

	private void dwangsom(DelegateExecution execution, LocalDate beschikkingDatum) {
		Object vanaf = execution.getVariable(WmoIntake.DWANGSOM_VANAF);
		if (vanaf == null) {
			return;
		}
		Dwangsom dwangsom = Dwangsom.bij(LocalDate.parse((String) vanaf), beschikkingDatum);
		if (dwangsom.verschuldigd()) {
			execution.setVariable(WmoIntake.DWANGSOM_DAGEN, dwangsom.dagen());
			execution.setVariable(WmoIntake.DWANGSOM_BEDRAG, dwangsom.bedrag());
			execution.setVariable(WmoIntake.DWANGSOM_BESCHIKKING_DEADLINE,
					this.termijn.wettelijk(dwangsom.laatsteDag().toString(), "P2W"));
		}
	}

}
