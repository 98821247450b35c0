package nl.kantel.verwijzing;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import nl.kantel.termijn.TermijnExpressions;

/**
 * The evaluation moment of a verwijzing: a setting after the first talk, in calendar
 * days. Called from the model as
 * {@code ${verwijzingTermijnen.evaluatieMoment(execution)}}.
 */
@Component("verwijzingTermijnen")
public class VerwijzingTermijnen {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final TermijnExpressions termijn;

	private final VerwijzingProperties properties;

	VerwijzingTermijnen(TermijnExpressions termijn, VerwijzingProperties properties) {
		this.termijn = termijn;
		this.properties = properties;
	}

	/** Sets {@code evaluatieDatum} and answers the start of that day. */
	public Date evaluatieMoment(DelegateExecution execution) {
		LocalDate datum = LocalDate.parse(this.termijn.vandaag()).plus(Period.parse(this.properties.evaluatieNa()));
		execution.setVariable(Verwijzing.EVALUATIE_DATUM, datum.toString());
		return Date.from(datum.atStartOfDay(AMSTERDAM).toInstant());
	}

}
