package nl.kantel.verwijzing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import nl.kantel.termijn.TermijnExpressions;

/**
 * Keeps what the referrer is told: {@code terugkoppelingen}, a Json list of
 * {@code {status, datum}} and nothing else, so no case content reaches the referrer.
 * Called from the model as {@code ${verwijzingTerugkoppeling.melden(execution,
 * 'geaccepteerd')}}. Sending it to the referrer (mail) is not built yet: the list is what
 * a next step sends.
 */
@Component("verwijzingTerugkoppeling")
public class VerwijzingTerugkoppeling {

	private final TermijnExpressions termijn;

	VerwijzingTerugkoppeling(TermijnExpressions termijn) {
		this.termijn = termijn;
	}

	public void melden(DelegateExecution execution, String status) {
		Object current = execution.getVariable(Verwijzing.TERUGKOPPELINGEN);
		SpinJsonNode lijst = (current instanceof SpinJsonNode node) ? node : Spin.JSON("[]");
		SpinJsonNode regel = Spin.JSON("{}");
		regel.prop("status", status);
		regel.prop("datum", this.termijn.vandaag());
		lijst.append(regel);
		execution.setVariable(Verwijzing.TERUGKOPPELINGEN, SpinValues.jsonValue(lijst.toString()).create());
	}

}
