package nl.kantel.verwijzing;

import org.springframework.stereotype.Component;

import nl.kantel.termijn.TermijnExpressions;

/**
 * The evaluation date of a verwijzing: a setting after the first talk, in calendar days.
 * Set from the model when the wait for it starts.
 */
@Component("verwijzingTermijnen")
public class VerwijzingTermijnen {

	private final TermijnExpressions termijn;

	private final VerwijzingProperties properties;

	VerwijzingTermijnen(TermijnExpressions termijn, VerwijzingProperties properties) {
		this.termijn = termijn;
		this.properties = properties;
	}

	public String evaluatieDatum() {
		return this.termijn.periodeNa(this.termijn.vandaag(), this.properties.evaluatieNa());
	}

}
