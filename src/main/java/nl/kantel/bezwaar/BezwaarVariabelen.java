package nl.kantel.bezwaar;

import java.util.List;

/**
 * The names the process {@code bezwaar} shares with its model, forms, letters, portals
 * and tests: its key, its messages, its variables and their values. Dates are ISO strings
 * ({@code yyyy-MM-dd}).
 */
final class BezwaarVariabelen {

	static final String PROCESS_KEY = "bezwaar";

	/** The message a portal sends to start a bezwaar (POST /engine-rest/message). */
	static final String MESSAGE_BEZWAAR_ONTVANGEN = "BezwaarOntvangen";

	/** The message that withdraws a bezwaar, by zaaknummer, at any time. */
	static final String MESSAGE_BEZWAAR_INGETROKKEN = "BezwaarIngetrokken";

	/** Start: zaaknummer of the case whose beschikking is objected to. Required. */
	static final String HOOFDZAAK = "hoofdzaak";

	/** Start: BSN of the objector, 11-proef. Required. */
	static final String BSN = "bsn";

	/** Start: the day the bezwaarschrift was received; today when not given. */
	static final String ONTVANGST_DATUM = "ontvangstDatum";

	/**
	 * Start: the postmark of a bezwaarschrift sent by post (Awb 6:9 lid 2); not in the
	 * future and not after {@link #ONTVANGST_DATUM}.
	 */
	static final String VERZEND_DATUM = "verzendDatum";

	/**
	 * Start and task GrondenAanvullen: the grounds of the bezwaar as the indiener gave
	 * them, kept from then on as {@link #GRONDEN}. Task BeslissenOpBezwaar: the
	 * motivering of the beslissing op bezwaar (Awb 7:12), which the letter gives.
	 */
	static final String MOTIVERING = "motivering";

	/**
	 * The grounds of the bezwaar (Awb 6:5), copied from {@link #MOTIVERING} at the start
	 * or when they are added, so that the decision's motivering never overwrites them.
	 */
	static final String GRONDEN = "gronden";

	/**
	 * Start: Boolean, an independent advisory committee advises (Awb 7:13); false when
	 * not given.
	 */
	static final String ADVIESCOMMISSIE = "adviescommissie";

	/** Set at start: the last day of the bezwaar term, copied from the hoofdzaak. */
	static final String BEZWAAR_DEADLINE = "bezwaarDeadline";

	/** Set at start: Boolean, on time after Awb 6:9. */
	static final String TIJDIG = "tijdig";

	/**
	 * Set at start, moved by a suspension, a verdaging or an uitstel: the last day of the
	 * decision term (Awb 7:10).
	 */
	static final String BESLIS_DEADLINE = "beslisDeadline";

	/**
	 * Set at start: the group that takes a new decision on the hoofdzaak after a
	 * herroeping (task NieuwBesluitNemen).
	 */
	static final String NIEUW_BESLUIT_GROEP = "nieuwBesluitGroep";

	/** The day the request for the grounds was sent (Awb 6:6). */
	static final String GRONDEN_GEVRAAGD_OP = "grondenGevraagdOp";

	/** The last day of the hersteltermijn for the grounds (Awb 6:6, a setting). */
	static final String HERSTELTERMIJN_DEADLINE = "hersteltermijnDeadline";

	/** Task GrondenAanvullen: the day the grounds arrived; today when not given. */
	static final String GRONDEN_ONTVANGST_DATUM = "grondenOntvangstDatum";

	/** Boolean, the grounds were added within the hersteltermijn. */
	static final String GRONDEN_AANGEVULD = "grondenAangevuld";

	/** Long, the days the decision term was suspended (Awb 7:10 lid 2). */
	static final String OPGESCHORTE_DAGEN = "opgeschorteDagen";

	/**
	 * Task VerschoonbaarheidBeoordelen: Boolean, the late submission is excusable (Awb
	 * 6:11).
	 */
	static final String VERSCHOONBAAR = "verschoonbaar";

	/** Task Horen: Boolean, the indiener was heard (Awb 7:2). */
	static final String GEHOORD = "gehoord";

	/**
	 * Task Horen: why the indiener was not heard (Awb 7:3), one of
	 * {@link #AFZIEN_REDENEN}.
	 */
	static final String AFZIEN_REDEN = "afzienReden";

	static final String KENNELIJK_NIET_ONTVANKELIJK = "kennelijk-niet-ontvankelijk";

	static final String KENNELIJK_ONGEGROND = "kennelijk-ongegrond";

	static final String AFGEZIEN = "afgezien";

	static final String NIET_GEREAGEERD = "niet-gereageerd";

	static final String VOLLEDIG_TEGEMOETGEKOMEN = "volledig-tegemoetgekomen";

	/** The reasons of Awb 7:3 a to e, in that order. */
	static final List<String> AFZIEN_REDENEN = List.of(KENNELIJK_NIET_ONTVANKELIJK, KENNELIJK_ONGEGROND, AFGEZIEN,
			NIET_GEREAGEERD, VOLLEDIG_TEGEMOETGEKOMEN);

	/** Task AdviesCommissie: the committee's advice, one of {@link #BESLISSINGEN}. */
	static final String ADVIES = "advies";

	/**
	 * Task BeslissenOpBezwaar: the decision, one of {@link #BESLISSINGEN}; also set to
	 * niet-ontvankelijk when the grounds never came or a late bezwaar is not excusable.
	 */
	static final String BESLISSING = "beslissing";

	static final String GEGROND = "gegrond";

	static final String DEELS_GEGROND = "deels-gegrond";

	static final String ONGEGROND = "ongegrond";

	static final String NIET_ONTVANKELIJK = "niet-ontvankelijk";

	static final List<String> BESLISSINGEN = List.of(GEGROND, DEELS_GEGROND, ONGEGROND, NIET_ONTVANKELIJK);

	/**
	 * Task BeslissenOpBezwaar: Boolean, the indiener is heard after all instead of a
	 * decision that the reason for not hearing (Awb 7:3) does not allow.
	 */
	static final String ALSNOG_HOREN = "alsnogHoren";

	/**
	 * Tasks Horen, AdviesCommissie, BeslissenOpBezwaar: Boolean, the jurist postpones the
	 * decision by six weeks instead (Awb 7:10 lid 3).
	 */
	static final String VERDAGEN = "verdagen";

	/** Boolean, the decision term has been postponed (at most once, Awb 7:10 lid 3). */
	static final String VERDAAGD = "verdaagd";

	/**
	 * Tasks Horen, AdviesCommissie, BeslissenOpBezwaar: Boolean, the jurist postpones the
	 * decision further with the indiener's consent (Awb 7:10 lid 4).
	 */
	static final String UITSTELLEN = "uitstellen";

	/** The day the decision is postponed to with the indiener's consent. */
	static final String UITSTEL_TOT = "uitstelTot";

	/** Boolean, the indiener consented to the uitstel. */
	static final String UITSTEL_INSTEMMING = "uitstelInstemming";

	/** The day the indiener consented to the uitstel. */
	static final String UITSTEL_INSTEMMING_DATUM = "uitstelInstemmingDatum";

	/** Boolean, the decision term has been postponed with consent at least once. */
	static final String UITGESTELD = "uitgesteld";

	/** Boolean, set when the decision term has passed without a decision. */
	static final String BESLIS_TERMIJN_OVERSCHREDEN = "beslisTermijnOverschreden";

	/** Task NieuwBesluitNemen: the new decision on the hoofdzaak (Awb 7:11 lid 2). */
	static final String NIEUW_BESLUIT = "nieuwBesluit";

	/**
	 * The day the beslissing op bezwaar left (Awb 3:41); the beroep term runs from it.
	 */
	static final String BESLISSING_VERZONDEN = "beslissingVerzonden";

	/** The last day to lodge beroep: the Atw end of six weeks after sending (Awb 6:7). */
	static final String BEROEP_DEADLINE = "beroepDeadline";

	/** The beslissing op bezwaar as PDF, as it was sent. */
	static final String BESLISSING_DOCUMENT = "beslissingDocument";

	/** The request for the grounds as PDF, as it was sent. */
	static final String GRONDEN_VERZOEK_DOCUMENT = "grondenVerzoekDocument";

	/**
	 * The outcome of every case: a {@link #BESLISSING} or {@link #INGETROKKEN}.
	 */
	static final String RESULTAAT = "resultaat";

	static final String INGETROKKEN = "ingetrokken";

	static final String ZAAKNUMMER = "zaaknummer";

	private BezwaarVariabelen() {
	}

}
