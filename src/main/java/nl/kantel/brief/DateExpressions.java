package nl.kantel.brief;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Dates as a resident reads them. Templates reach this as {@code #datum}, as in
 * {@code ${#datum.voluit(bezwaarDeadline)}}; dates come in as Kantel's date variables do,
 * ISO strings ({@code yyyy-MM-dd}).
 */
final class DateExpressions {

	static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private static final DateTimeFormatter VOLUIT = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

	/** {@code 2026-12-28} gives "28 december 2026". */
	public String voluit(String iso) {
		if (iso == null || iso.isBlank()) {
			throw new IllegalArgumentException("datum ontbreekt; verwacht yyyy-MM-dd");
		}
		try {
			return LocalDate.parse(iso).format(VOLUIT);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("datum is geen ISO-datum (yyyy-MM-dd): '" + iso + "'", ex);
		}
	}

}
