package nl.kantel.transformatiefonds;

import java.time.Period;

/**
 * The names the process {@code transformatiefonds-aanvraag} shares with its model, forms,
 * letters, portals and tests. Dates are ISO strings ({@code yyyy-MM-dd}), money whole
 * euros in Longs.
 */
final class AanvraagVariabelen {

	static final String PROCESS_KEY = "transformatiefonds-aanvraag";

	/** Awb 4:13: a subsidy aanvraag is decided within eight weeks. */
	static final Period BESLISTERMIJN = Period.ofWeeks(8);

	/** Awb 6:7: bezwaar within six weeks, counted from the day after sending (6:8). */
	static final Period BEZWAARTERMIJN = Period.ofWeeks(6);

	/**
	 * The term for the eindverantwoording that the verlening sets (Awb 4:44 lid 2;
	 * DOMAIN.md cites 4:74): six months after the end.
	 */
	static final Period VERANTWOORDINGSTERMIJN = Period.ofMonths(6);

	// Start (CONTRACT.md); * required
	/** * Who applies: a resident, a group of residents or an organisation. */
	static final String INITIATIEFNEMER = "initiatiefnemer";

	/** * bewoners, sociale-partner, zorgaanbieder, ondernemer. */
	static final String TYPE_INITIATIEFNEMER = "typeInitiatiefnemer";

	/** * Where every letter goes (the letters go by e-mail). */
	static final String EMAIL = "email";

	static final String PROJECT_TITEL = "projectTitel";

	static final String PROJECT_OMSCHRIJVING = "projectOmschrijving";

	/** * Long &gt; 0. */
	static final String GEVRAAGD_BEDRAG = "gevraagdBedrag";

	/** * 1..24 months. */
	static final String LOOPTIJD_MAANDEN = "looptijdMaanden";

	/** The six criteria (Booleans) the decision table scores. */
	static final String[] CRITERIA = { "aansluitingVraagBewoners", "bevordertParticipatie", "bespaartKosten",
			"draagtBijAanPreventie", "ontschotting", "deregulering" };

	/** Default today; not in the future. */
	static final String AANVRAAG_DATUM = "aanvraagDatum";

	/** Default {@code transformatiefonds}; a fund of {@code kantel.fondsen}. */
	static final String FONDS = "fonds";

	// Set at start
	static final String ZAAKNUMMER = "zaaknummer";

	/** The fund's name as residents see it. */
	static final String FONDS_NAAM = "fondsNaam";

	/** Atw(aanvraag + 8 weeks + every day suspended for an aanvulling). */
	static final String BESLIS_DEADLINE = "beslisDeadline";

	/**
	 * Days the decision term was suspended while an aanvulling was awaited (Awb 4:15).
	 */
	static final String OPGESCHORTE_DAGEN = "opgeschorteDagen";

	/**
	 * The group that decides: programmamanager, or adviescommissie in a fund whose
	 * committee decides.
	 */
	static final String BESLISSER = "beslisser";

	/** Boolean: the committee decides itself instead of advising. */
	static final String COMMISSIE_BESLIST = "commissieBeslist";

	// OntvankelijkheidToetsen and the aanvulling
	static final String VOLLEDIG = "volledig";

	/**
	 * What is missing, in words the initiatiefnemer understands; required when not
	 * volledig.
	 */
	static final String GEVRAAGDE_AANVULLING = "gevraagdeAanvulling";

	static final String AANVULLING_GEVRAAGD_OP = "aanvullingGevraagdOp";

	static final String HERSTELTERMIJN_DEADLINE = "hersteltermijnDeadline";

	/** Message AanvullingOntvangen: what was sent (optional text). */
	static final String AANVULLING = "aanvulling";

	/** The day the aanvulling arrived (default today). */
	static final String AANVULLING_ONTVANGEN_OP = "aanvullingOntvangenOp";

	// The ledger
	/** Boolean: the requested amount was reserved in the fund. */
	static final String GERESERVEERD = "gereserveerd";

	/** What the fund had left when the reservation did not fit. */
	static final String BESCHIKBAAR_BIJ_AANVRAAG = "beschikbaarBijAanvraag";

	// The criteria (DMN transformatiefonds-criteria)
	static final String CRITERIA_SCORE = "criteriaScore";

	static final String VOLDOET_AAN_CRITERIA = "voldoetAanCriteria";

	// Advice
	/** positief, negatief. */
	static final String ADVIES_COMMISSIE = "adviesCommissie";

	static final String ADVIES_TOELICHTING = "adviesToelichting";

	static final String ADVIES_PROGRAMMATEAM = "adviesProgrammateam";

	// BesluitNemen, BesluitAccorderen
	/** toekennen, afwijzen. */
	static final String BESLUIT = "besluit";

	static final String TOEKENNEN = "toekennen";

	static final String AFWIJZEN = "afwijzen";

	/** Long, at most gevraagdBedrag; required for toekennen. */
	static final String TOEGEKEND_BEDRAG = "toegekendBedrag";

	/** Required for afwijzen and for a decision against the committee's advice. */
	static final String MOTIVERING = "motivering";

	static final String AKKOORD = "akkoord";

	static final String ACCORDERING_TOELICHTING = "accorderingToelichting";

	// The beschikking
	static final String BESCHIKKING_DATUM = "beschikkingDatum";

	static final String BESCHIKKING_VERZONDEN = "beschikkingVerzonden";

	static final String BEZWAAR_DEADLINE = "bezwaarDeadline";

	/**
	 * Boolean: a small grant, vastgesteld at once (no reports, no eindverantwoording).
	 */
	static final String DIRECT_VASTGESTELD = "directVastgesteld";

	/** The voorschot paid at the grant. */
	static final String VOORSCHOT_BEDRAG = "voorschotBedrag";

	/** The last day of the project: the beschikking's day plus the looptijd. */
	static final String PROJECT_EINDE = "projectEinde";

	/** The day the next progress report is due; none after the project's end. */
	static final String VOORTGANG_DEADLINE = "voortgangDeadline";

	/** Message VoortgangsrapportageOntvangen: the report. */
	static final String VOORTGANG = "voortgang";

	/** How many progress reports came. */
	static final String VOORTGANGSRAPPORTAGES = "voortgangsrapportages";

	/** Atw(projectEinde + 6 months). */
	static final String EINDVERANTWOORDING_DEADLINE = "eindverantwoordingDeadline";

	/** Message EindverantwoordingOntvangen: the account of the project. */
	static final String VERANTWOORDING = "verantwoording";

	/**
	 * Boolean: the initiatiefnemer was reminded of a missing eindverantwoording with a
	 * further term (Awb 4:44 lid 3); after that term the subsidy is vastgesteld
	 * ambtshalve.
	 */
	static final String VERANTWOORDING_AANGEMAAND = "verantwoordingAangemaand";

	/** Boolean: the eindverantwoording did not come in time; vastgesteld ambtshalve. */
	static final String VERANTWOORDING_UITGEBLEVEN = "verantwoordingUitgebleven";

	// SubsidieVaststellen
	/** Long, at most toegekendBedrag. */
	static final String VASTGESTELD_BEDRAG = "vastgesteldBedrag";

	/** Asked when lower than granted: which conditions were not met (Awb 4:46 lid 2). */
	static final String VASTSTELLING_MOTIVERING = "vaststellingMotivering";

	static final String VASTSTELLING_DATUM = "vaststellingDatum";

	static final String VASTSTELLING_VERZONDEN = "vaststellingVerzonden";

	/** Paid after the vaststelling. */
	static final String NABETALING = "nabetaling";

	/** To be paid back after a vaststelling below the voorschot (Awb 4:57). */
	static final String TERUGVORDERING = "terugvordering";

	// Late decision (Awb 4:14, 4:17)
	static final String NIEUWE_TERMIJN = "nieuweTermijn";

	static final String INGEBREKESTELLING_DATUM = "ingebrekestellingDatum";

	static final String DWANGSOM_VANAF = "dwangsomVanaf";

	static final String DWANGSOM_DAGEN = "dwangsomDagen";

	static final String DWANGSOM_BEDRAG = "dwangsomBedrag";

	static final String DWANGSOM_BESCHIKKING_DEADLINE = "dwangsomBeschikkingDeadline";

	/** Boolean: a decision came after an ingebrekestelling and owes a dwangsom. */
	static final String DWANGSOM_VERSCHULDIGD = "dwangsomVerschuldigd";

	/**
	 * Boolean: the wethouder accords the decision (a grant above the fund's
	 * accorderingsgrens).
	 */
	static final String ACCORDERING_NODIG = "accorderingNodig";

	/**
	 * Who found the application complete, decided, and set the final amount: the ledger
	 * books in their name.
	 */
	static final String GETOETST_DOOR = "getoetstDoor";

	static final String BESLOTEN_DOOR = "beslotenDoor";

	static final String VASTGESTELD_DOOR = "vastgesteldDoor";

	static final String AFGEWEZEN_BUDGET = "afgewezen-budget";

	static final String VASTGESTELD = "vastgesteld";

	/** vastgesteld, afgewezen, afgewezen-budget, buiten-behandeling, ingetrokken. */
	static final String RESULTAAT = "resultaat";

	private AanvraagVariabelen() {
	}

}
