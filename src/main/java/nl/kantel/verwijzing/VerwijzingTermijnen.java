package nl.kantel.verwijzing;

import org.springframework.stereotype.Component;

import nl.kantel.termijn.TermijnExpressions;

/**
 * The dates a verwijzing sets along the way, from the model when the step starts: when
 * the wijkteam asks for consent and how long the case waits for it, when the beschikking
 * on the toelating is due, and when the team evaluates.
 */
@Component("verwijzingTermijnen")
public class VerwijzingTermijnen {

	private final TermijnExpressions termijn;

	private final VerwijzingProperties properties;

	VerwijzingTermijnen(TermijnExpressions termijn, VerwijzingProperties properties) {
		this.termijn = termijn;
		this.properties = properties;
	}

	/**
	 * The due date of ToestemmingVragen: a setting in working days from today, but never
	 * after the first-contact deadline, which runs while consent is asked (Wgs: 3 working
	 * days when eviction or a cut-off threatens).
	 */
	public String toestemmingDeadline(String eersteContactDeadline) {
		String vandaag = this.termijn.vandaag();
		String deadline = this.termijn.werkdagen(vandaag, this.properties.toestemmingVragenWerkdagen());
		return laatste(vandaag, eerste(deadline, eersteContactDeadline));
	}

	/** The last day the case waits for the resident's answer: a setting, with the Atw. */
	public String toestemmingVerloopdatum() {
		return this.termijn.wettelijk(this.termijn.vandaag(), this.properties.toestemmingWachten());
	}

	/**
	 * The due date of the beschikking on the toelating: a setting (local regulation) from
	 * the first talk, or from the day the team did not accept, with the Atw.
	 */
	public String toelatingDeadline() {
		return this.termijn.wettelijk(this.termijn.vandaag(), this.properties.toelatingTermijn());
	}

	/** A setting after the first talk (or the toelating), in calendar days. */
	public String evaluatieDatum() {
		return this.termijn.periodeNa(this.termijn.vandaag(), this.properties.evaluatieNa());
	}

	// ISO dates sort as text.
	private static String eerste(String a, String b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static String laatste(String a, String b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

}
