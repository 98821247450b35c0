package nl.kantel.bezwaar;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Policy of the bezwaar that a municipality sets; the Awb's own terms are law and live in
 * {@link BezwaarTermijnen}.
 *
 * @param hersteltermijn the term the indiener gets to add the grounds of a pro forma
 * bezwaar (ISO-8601 period, Awb 6:6), counted from the day the request was sent
 * @param maximaalUitstel how far beyond the current decision deadline an uitstel with the
 * indiener's consent may go at once (ISO-8601 period, Awb 7:10 lid 4)
 * @param nieuwBesluitGroepen per process key of the hoofdzaak, the group that takes the
 * new decision after a herroeping (Awb 7:11); a process not named here gives that task to
 * juridisch
 */
@ConfigurationProperties("kantel.bezwaar")
record BezwaarProperties(@DefaultValue("P2W") String hersteltermijn, @DefaultValue("P3M") String maximaalUitstel,
		Map<String, String> nieuwBesluitGroepen) {

	/** The group for a new decision when the hoofdzaak's process has none configured. */
	static final String JURIDISCH = "juridisch";

	BezwaarProperties {
		nieuwBesluitGroepen = (nieuwBesluitGroepen == null) ? Map.of() : Map.copyOf(nieuwBesluitGroepen);
	}

	String nieuwBesluitGroep(String proces) {
		return this.nieuwBesluitGroepen.getOrDefault(proces, JURIDISCH);
	}

}
