package nl.kantel.brief;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The Dutch names of the iWmo codes that a beschikking names: productcategorie (WMO020),
 * eenheid (WJ756) and frequentie. Templates reach them as {@code #iwmo}, as in
 * {@code ${#iwmo.omvang(omvang, eenheid, frequentie)}}. An unknown code throws, so a
 * letter never shows a bare code.
 */
public final class IwmoCodes {

	private static final Map<String, String> PRODUCTCATEGORIE = Map.of("01", "huishoudelijke hulp", "02", "begeleiding",
			"03", "persoonlijke verzorging", "07", "dagbesteding", "08", "vervoerdiensten", "11", "rolstoelen", "13",
			"woonvoorzieningen", "14", "overige hulpmiddelen");

	private static final Map<String, Eenheid> EENHEID = Map.of("01", new Eenheid("minuut", "minuten"), "04",
			new Eenheid("uur", "uur"), "14", new Eenheid("etmaal", "etmalen"), "16", new Eenheid("dagdeel", "dagdelen"),
			"83", new Eenheid("euro", "euro"), "84", new Eenheid("stuk", "stuks"));

	private static final Map<String, String> FREQUENTIE = Map.of("1", "per dag", "2", "per week", "4", "per maand", "6",
			"in totaal");

	IwmoCodes() {
	}

	/** {@code 02} gives "begeleiding". */
	public static String productcategorie(String code) {
		return lookUp(PRODUCTCATEGORIE, "productcategorie", code);
	}

	/** {@code 04} gives "uur". */
	public static String eenheid(String code) {
		return lookUp(EENHEID, "eenheid", code).enkelvoud();
	}

	/** {@code 2} gives "per week". */
	public static String frequentie(String code) {
		return lookUp(FREQUENTIE, "frequentie", code);
	}

	/**
	 * 3, {@code 04}, {@code 2} give "3 uur per week"; 1, {@code 16}, {@code 2} "1 dagdeel
	 * per week".
	 */
	public static String omvang(Object omvang, String eenheid, String frequentie) {
		BigDecimal amount = amount(omvang);
		Eenheid unit = lookUp(EENHEID, "eenheid", eenheid);
		String name = (amount.compareTo(BigDecimal.ONE) == 0) ? unit.enkelvoud() : unit.meervoud();
		return amount.toPlainString() + " " + name + " " + frequentie(frequentie);
	}

	private static BigDecimal amount(Object omvang) {
		if (omvang == null) {
			throw new IllegalArgumentException("omvang ontbreekt");
		}
		try {
			return new BigDecimal(omvang.toString().trim()).stripTrailingZeros();
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("omvang is geen getal: '" + omvang + "'", ex);
		}
	}

	private static <T> T lookUp(Map<String, T> names, String kind, String code) {
		T name = (code != null) ? names.get(code) : null;
		if (name == null) {
			throw new IllegalArgumentException(kind + " '" + code + "' is geen iWmo-code die Kantel kent");
		}
		return name;
	}

	private record Eenheid(String enkelvoud, String meervoud) {
	}

}
