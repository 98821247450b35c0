package nl.kantel.verwijzing;

import java.util.Set;

/** The process key and variable names of verwijzing (CONTRACT.md), in one place. */
final class Verwijzing {

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

	static final String RESULTAAT = "resultaat";

	static final String SCHULDHULP = "schuldhulp";

	static final Set<String> VERWIJZER_TYPES = Set.of("huisarts", "wijkteam", "wmo-consulent", "zorgloket",
			"zelfmelding");

	static final Set<String> VERWIJSDOELEN = Set.of("welzijn", "sociaal-wijkteam", "schuldhulp", "werk-en-inkomen");

	private Verwijzing() {
	}

}
