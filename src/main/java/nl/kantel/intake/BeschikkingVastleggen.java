package nl.kantel.intake;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.kantel.intake.Toewijzingen.Toewijzing;
import nl.kantel.termijn.Dwangsom;
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
		execution.setVariable(IntakeVariabelen.BESCHIKKING_DATUM, beschikkingDatum);
		String besluit = (String) execution.getVariable(IntakeVariabelen.BESLUIT);
		boolean toegekend = IntakeVariabelen.TOEKENNEN.equals(besluit);
		if (toegekend && execution.getVariable(IntakeVariabelen.INGANGSDATUM) == null) {
			execution.setVariable(IntakeVariabelen.INGANGSDATUM, beschikkingDatum);
		}
		if (toegekend
				&& IntakeVariabelen.ZORG_IN_NATURA.equals(execution.getVariable(IntakeVariabelen.LEVERINGSVORM))) {
			Toewijzing toewijzing = new Toewijzing((String) execution.getVariable(IntakeVariabelen.ZAAKNUMMER),
					(String) execution.getVariable(IntakeVariabelen.PRODUCTCATEGORIE),
					((Number) execution.getVariable(IntakeVariabelen.OMVANG)).longValue(),
					(String) execution.getVariable(IntakeVariabelen.EENHEID),
					(String) execution.getVariable(IntakeVariabelen.FREQUENTIE), LocalDate.parse(beschikkingDatum));
			execution.setVariable(IntakeVariabelen.TOEWIJZING_NUMMER, this.toewijzingen.register(toewijzing));
		}
		Dwangsom.vastleggen(execution, LocalDate.parse(beschikkingDatum), this.termijn);
		execution.setVariable(IntakeVariabelen.RESULTAAT, switch (besluit) {
			case IntakeVariabelen.TOEKENNEN -> "toegekend";
			case IntakeVariabelen.BUITEN_BEHANDELING -> IntakeVariabelen.BUITEN_BEHANDELING;
			default -> "afgewezen";
		});
	}

}
