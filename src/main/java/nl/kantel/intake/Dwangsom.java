package nl.kantel.intake;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The dwangsom for a late beschikking (Awb 4:17): owed for each day from the day two
 * weeks after the ingebrekestelling was received until the day before the beschikking,
 * EUR 23 a day for the first 14 days, EUR 35 for the next 14, EUR 45 for the last 14, at
 * most 42 days.
 */
record Dwangsom(long dagen, long bedrag, LocalDate laatsteDag) {

	static final int MAXIMUM_DAGEN = 42;

	/** Awb 4:18: the dwangsom is set within two weeks after the last day owed. */
	static final String VASTSTELLEN_BINNEN = "P2W";

	private static final long[] TARIEF = { 23, 35, 45 };

	private static final int DAGEN_PER_TARIEF = 14;

	/** Lid 3: the first day owed is the day two weeks after the day of receipt. */
	static LocalDate vanaf(LocalDate ingebrekestellingOntvangen) {
		return ingebrekestellingOntvangen.plusDays(14);
	}

	/**
	 * The dwangsom when the beschikking is taken on {@code beschikkingDatum}; 0 days when
	 * none is owed.
	 */
	static Dwangsom bij(LocalDate vanaf, LocalDate beschikkingDatum) {
		long dagen = Math.min(MAXIMUM_DAGEN, Math.max(0, ChronoUnit.DAYS.between(vanaf, beschikkingDatum)));
		return new Dwangsom(dagen, bedrag(dagen), vanaf.plusDays(dagen - 1));
	}

	static long bedrag(long dagen) {
		long bedrag = 0;
		for (int dag = 0; dag < dagen; dag++) {
			bedrag += TARIEF[dag / DAGEN_PER_TARIEF];
		}
		return bedrag;
	}

	boolean verschuldigd() {
		return this.dagen > 0;
	}

}
