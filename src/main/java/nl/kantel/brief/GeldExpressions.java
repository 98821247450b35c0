package nl.kantel.brief;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * Amounts as a resident reads them. Templates reach this as {@code #geld}, as in
 * {@code ${#geld.euro(toegekendBedrag)}}; amounts come in as Kantel's money variables do,
 * whole euros in Longs, or with cents as a decimal number. A missing amount throws, so a
 * letter never shows a blank where money should be.
 */
final class GeldExpressions {

	private static final DecimalFormatSymbols DUTCH = DecimalFormatSymbols.getInstance(DateExpressions.DUTCH);

	/**
	 * {@code 12000} gives "€ 12.000", {@code 1442} "€ 1.442", {@code 12.5} "€ 12,50".
	 */
	public String euro(Object bedrag) {
		BigDecimal amount = amount(bedrag);
		// A new format per call: DecimalFormat is not thread-safe.
		DecimalFormat format = (amount.stripTrailingZeros().scale() <= 0) ? new DecimalFormat("#,##0", DUTCH)
				: new DecimalFormat("#,##0.00", DUTCH);
		return "€ " + format.format(amount);
	}

	private static BigDecimal amount(Object bedrag) {
		if (bedrag == null) {
			throw new IllegalArgumentException("bedrag ontbreekt");
		}
		if (bedrag instanceof BigDecimal decimal) {
			return decimal;
		}
		try {
			return new BigDecimal(bedrag.toString().trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("bedrag is geen getal: '" + bedrag + "'", ex);
		}
	}

}
