package nl.kantel.bezwaar;

/**
 * The names the process {@code bezwaar} shares with its model, forms, portals and tests:
 * its key, its start message, its variables and the values of {@code beslissing}. Dates
 * are ISO strings ({@code yyyy-MM-dd}).
 */
final class BezwaarVariables {

	static final String PROCESS_KEY = "bezwaar";

	/** The message a portal sends to start a bezwaar (POST /engine-rest/message). */
	static final String MESSAGE_BEZWAAR_ONTVANGEN = "BezwaarOntvangen";

	/** Start: zaaknummer of the case whose beschikking is objected to. Required. */
	static final String HOOFDZAAK = "hoofdzaak";

	/** Start: BSN of the objector, 11-proef. Required. */
	static final String BSN = "bsn";

	/** Start: the day the bezwaarschrift was received; today when not given. */
	static final String ONTVANGST_DATUM = "ontvangstDatum";

	/** Start: the grounds of the bezwaar. Required. */
	static final String MOTIVERING = "motivering";

	/**
	 * Start: Boolean, an independent advisory committee advises (Awb 7:13); false when
	 * not given.
	 */
	static final String ADVIESCOMMISSIE = "adviescommissie";

	/** Set at start: the last day of the bezwaar term, copied from the hoofdzaak. */
	static final String BEZWAAR_DEADLINE = "bezwaarDeadline";

	/** Set at start: Boolean, received on or before {@link #BEZWAAR_DEADLINE}. */
	static final String TIJDIG = "tijdig";

	/**
	 * Set at start, moved by a verdaging: the last day of the decision term (Awb 7:10).
	 */
	static final String BESLIS_DEADLINE = "beslisDeadline";

	/**
	 * Task VerschoonbaarheidBeoordelen: Boolean, the late submission is excusable (Awb
	 * 6:11).
	 */
	static final String VERSCHOONBAAR = "verschoonbaar";

	/**
	 * Task BeslissenOpBezwaar: the decision: {@link #GEGROND}, {@link #ONGEGROND} or
	 * {@link #NIET_ONTVANKELIJK}.
	 */
	static final String BESLISSING = "beslissing";

	/** Task BeslissenOpBezwaar: Boolean, the jurist postpones the decision instead. */
	static final String VERDAGEN = "verdagen";

	/** Boolean, the decision term has been postponed (at most once, Awb 7:10 lid 3). */
	static final String VERDAAGD = "verdaagd";

	/** Boolean, set when the decision term has passed without a decision. */
	static final String BESLIS_TERMIJN_OVERSCHREDEN = "beslisTermijnOverschreden";

	/** The outcome of every case: a beslissing. */
	static final String RESULTAAT = "resultaat";

	static final String ZAAKNUMMER = "zaaknummer";

	static final String GEGROND = "gegrond";

	static final String ONGEGROND = "ongegrond";

	static final String NIET_ONTVANKELIJK = "niet-ontvankelijk";

	private BezwaarVariables() {
	}

}
