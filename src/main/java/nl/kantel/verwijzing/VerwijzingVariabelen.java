package nl.kantel.verwijzing;

import java.util.Set;

/** The process key and variable names of verwijzing (CONTRACT.md), in one place. */
final class VerwijzingVariabelen {

	static final String PROCESS_KEY = "verwijzing";

	static final String BSN = "bsn";

	static final String VERWIJZER_TYPE = "verwijzerType";

	static final String VERWIJSDOEL = "verwijsdoel";

	static final String REDEN = "reden";

	static final String TOESTEMMING_CLIENT = "toestemmingClient";

	static final String VERWIJZER_NAAM = "verwijzerNaam";

	static final String VERWIJZER_EMAIL = "verwijzerEmail";

	static final String DREIGENDE_SITUATIE = "dreigendeSituatie";

	static final String VERZOEK_DATUM = "verzoekDatum";

	static final String HOOFDZAAK = "hoofdzaak";

	static final String ZAAKNUMMER = "zaaknummer";

	static final String EERSTE_CONTACT_DEADLINE = "eersteContactDeadline";

	static final String EERSTE_CONTACT_TERMIJN_OVERSCHREDEN = "eersteContactTermijnOverschreden";

	static final String ONTVANGEND_TEAM = "ontvangendTeam";

	static final String COORDINATOR_GROEP = "coordinatorGroep";

	static final String GEACCEPTEERD = "geaccepteerd";

	static final String AFWIJS_REDEN = "afwijsReden";

	static final String VERVOLG = "vervolg";

	static final String ACTIVITEIT = "activiteit";

	static final String EVALUATIE_DATUM = "evaluatieDatum";

	static final String DEELNAME = "deelname";

	static final String EFFECT = "effect";

	static final String TERUGKOPPELINGEN = "terugkoppelingen";

	/**
	 * The last day the wijkteam has to ask the resident for consent (the task's due
	 * date).
	 */
	static final String TOESTEMMING_DEADLINE = "toestemmingDeadline";

	/** The last day the case waits for an answer to the request for consent. */
	static final String TOESTEMMING_VERLOOPDATUM = "toestemmingVerloopdatum";

	static final String TOELATING_DEADLINE = "toelatingDeadline";

	static final String TOEGELATEN = "toegelaten";

	static final String MOTIVERING = "motivering";

	/**
	 * The day the beschikking on the toelating left (Awb 3:41), by mail or the print
	 * outbox.
	 */
	static final String BESCHIKKING_VERZONDEN = "beschikkingVerzonden";

	/**
	 * The last day of the bezwaar term: the Atw deadline of beschikkingVerzonden + 6
	 * weeks.
	 */
	static final String BEZWAAR_DEADLINE = "bezwaarDeadline";

	/** The beschikking on the toelating as the PDF that was sent. */
	static final String BESCHIKKING_DOCUMENT = "beschikkingDocument";

	static final String RESULTAAT = "resultaat";

	static final String SCHULDHULP = "schuldhulp";

	/** The verwijzerType of a resident who asked for help themselves. */
	static final String ZELFMELDING = "zelfmelding";

	/** Awb 6:7: bezwaar within six weeks, counted from the day after sending (6:8). */
	static final String BEZWAARTERMIJN = "P6W";

	/** Wgs art. 4a: the first talk within four weeks after the request. */
	static final String EERSTE_CONTACT_SCHULDHULP = "P4W";

	/**
	 * Wgs art. 4a: within three working days when eviction, a cut-off or the cancellation
	 * of health insurance threatens.
	 */
	static final int EERSTE_CONTACT_SCHULDHULP_DREIGEND_WERKDAGEN = 3;

	static final Set<String> VERWIJZER_TYPES = Set.of("huisarts", "wijkteam", "wmo-consulent", "zorgloket",
			"zelfmelding");

	static final Set<String> VERWIJSDOELEN = Set.of("welzijn", "sociaal-wijkteam", "schuldhulp", "werk-en-inkomen");

	private VerwijzingVariabelen() {
	}

}
