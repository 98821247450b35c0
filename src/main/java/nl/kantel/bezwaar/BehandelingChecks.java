package nl.kantel.bezwaar;

import static nl.kantel.bezwaar.BezwaarVariabelen.ADVIES;
import static nl.kantel.bezwaar.BezwaarVariabelen.AFZIEN_REDEN;
import static nl.kantel.bezwaar.BezwaarVariabelen.ALSNOG_HOREN;
import static nl.kantel.bezwaar.BezwaarVariabelen.AFZIEN_REDENEN;
import static nl.kantel.bezwaar.BezwaarVariabelen.BESLISSING;
import static nl.kantel.bezwaar.BezwaarVariabelen.BESLISSINGEN;
import static nl.kantel.bezwaar.BezwaarVariabelen.BESLIS_DEADLINE;
import static nl.kantel.bezwaar.BezwaarVariabelen.GEHOORD;
import static nl.kantel.bezwaar.BezwaarVariabelen.GRONDEN_GEVRAAGD_OP;
import static nl.kantel.bezwaar.BezwaarVariabelen.GRONDEN_ONTVANGST_DATUM;
import static nl.kantel.bezwaar.BezwaarVariabelen.MOTIVERING;
import static nl.kantel.bezwaar.BezwaarVariabelen.UITGESTELD;
import static nl.kantel.bezwaar.BezwaarVariabelen.UITSTELLEN;
import static nl.kantel.bezwaar.BezwaarVariabelen.UITSTEL_INSTEMMING;
import static nl.kantel.bezwaar.BezwaarVariabelen.UITSTEL_INSTEMMING_DATUM;
import static nl.kantel.bezwaar.BezwaarVariabelen.UITSTEL_TOT;
import static nl.kantel.bezwaar.BezwaarVariabelen.VERDAAGD;
import static nl.kantel.bezwaar.BezwaarVariabelen.VERDAGEN;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * What the law asks of the jurist's steps, checked when a task completes: the grounds'
 * arrival date, hearing or the reason not to (Awb 7:2, 7:3), the committee's advice, the
 * beslissing with its motivering, and a verdaging (Awb 7:10 lid 3) or an uitstel with the
 * indiener's consent (lid 4) instead. Each violation names the field.
 */
@Component
class BehandelingChecks {

	/**
	 * Awb 7:3 a, b and e let the hearing go because of what the decision will be; the
	 * decision must then be that one.
	 */
	private static final Map<String, String> BESLISSING_BIJ_AFZIEN = Map.of(
			BezwaarVariabelen.KENNELIJK_NIET_ONTVANKELIJK, BezwaarVariabelen.NIET_ONTVANKELIJK,
			BezwaarVariabelen.KENNELIJK_ONGEGROND, BezwaarVariabelen.ONGEGROND,
			BezwaarVariabelen.VOLLEDIG_TEGEMOETGEKOMEN, BezwaarVariabelen.GEGROND);

	private static final Map<String, String> AFZIEN_OMDAT = Map.of(BezwaarVariabelen.KENNELIJK_NIET_ONTVANKELIJK,
			"het bezwaar kennelijk niet-ontvankelijk is (artikel 7:3 onder a Awb)",
			BezwaarVariabelen.KENNELIJK_ONGEGROND, "het bezwaar kennelijk ongegrond is (artikel 7:3 onder b Awb)",
			BezwaarVariabelen.VOLLEDIG_TEGEMOETGEKOMEN,
			"aan het bezwaar volledig wordt tegemoetgekomen (artikel 7:3 onder e Awb)");

	private static final DateTimeFormatter VOLUIT = DateTimeFormatter.ofPattern("d MMMM yyyy",
			Locale.forLanguageTag("nl-NL"));

	private final BezwaarTermijnen termijnen;

	BehandelingChecks(BezwaarTermijnen termijnen) {
		this.termijnen = termijnen;
	}

	/**
	 * GrondenAanvullen: with grounds, the day they arrived is not in the future nor
	 * before the request; without grounds no such day.
	 */
	List<Violation> gronden(Function<String, Object> values) {
		List<Violation> violations = new ArrayList<>();
		Object ontvangen = values.apply(GRONDEN_ONTVANGST_DATUM);
		if (isEmpty(ontvangen)) {
			return violations;
		}
		if (!hasText(values.apply(MOTIVERING))) {
			violations.add(new Violation(GRONDEN_ONTVANGST_DATUM,
					"Vul alleen een datum van ontvangst in als de gronden zijn ontvangen, en neem ze dan over in het veld Gronden van het bezwaar."));
			return violations;
		}
		LocalDate dag = date(ontvangen);
		LocalDate gevraagd = date(values.apply(GRONDEN_GEVRAAGD_OP));
		if (dag == null) {
			violations.add(new Violation(GRONDEN_ONTVANGST_DATUM, "De datum moet de vorm jjjj-mm-dd hebben."));
		}
		else if (dag.isAfter(this.termijnen.vandaag())) {
			violations.add(new Violation(GRONDEN_ONTVANGST_DATUM, "De datum mag niet in de toekomst liggen."));
		}
		else if (gevraagd != null && dag.isBefore(gevraagd)) {
			violations.add(new Violation(GRONDEN_ONTVANGST_DATUM, "De gronden zijn gevraagd op " + voluit(gevraagd)
					+ "; de datum van ontvangst kan niet eerder zijn."));
		}
		return violations;
	}

	/** Horen: heard, or the reason of Awb 7:3 not to; or the term extended instead. */
	List<Violation> horen(Function<String, Object> values) {
		List<Violation> violations = new ArrayList<>();
		Object gehoord = values.apply(GEHOORD);
		if (termijnkeuze(values, violations)) {
			if (gehoord != null) {
				violations.add(new Violation(verlengVeld(values),
						"Leg vast hoe het horen ging, of verleng de beslistermijn, niet allebei."));
			}
			return violations;
		}
		if (!(gehoord instanceof Boolean heard)) {
			violations.add(new Violation(GEHOORD,
					"Geef aan of de indiener is gehoord (artikel 7:2 Awb), of verleng de beslistermijn."));
			return violations;
		}
		if (!heard && isEmpty(values.apply(AFZIEN_REDEN))) {
			violations.add(new Violation(AFZIEN_REDEN,
					"Geef aan waarom de indiener niet is gehoord; dat kan alleen om een reden uit artikel 7:3 Awb."));
		}
		else if (!heard && !isEen(AFZIEN_REDENEN, values.apply(AFZIEN_REDEN))) {
			violations.add(new Violation(AFZIEN_REDEN,
					"Kies een reden uit artikel 7:3 Awb: " + String.join(", ", AFZIEN_REDENEN) + "."));
		}
		return violations;
	}

	/** AdviesCommissie: the advice; or the term extended instead. */
	List<Violation> advies(Function<String, Object> values) {
		List<Violation> violations = new ArrayList<>();
		Object advies = values.apply(ADVIES);
		if (termijnkeuze(values, violations)) {
			if (!isEmpty(advies)) {
				violations.add(new Violation(verlengVeld(values),
						"Leg het advies vast of verleng de beslistermijn, niet allebei."));
			}
			return violations;
		}
		if (!isEen(BESLISSINGEN, advies)) {
			violations.add(new Violation(ADVIES, "Leg het advies van de commissie vast: "
					+ String.join(", ", BESLISSINGEN) + "; of verleng de beslistermijn."));
		}
		return violations;
	}

	/**
	 * BeslissenOpBezwaar: a beslissing with its motivering (Awb 7:12) that fits the
	 * reason the indiener was not heard; or, instead, hearing the indiener after all or
	 * extending the term.
	 */
	List<Violation> beslissing(Function<String, Object> values) {
		List<Violation> violations = new ArrayList<>();
		Object beslissing = values.apply(BESLISSING);
		boolean alsnogHoren = Boolean.TRUE.equals(values.apply(ALSNOG_HOREN));
		boolean verlengen = termijnkeuze(values, violations);
		int keuzes = (isEmpty(beslissing) ? 0 : 1) + (alsnogHoren ? 1 : 0) + (verlengen ? 1 : 0);
		if (keuzes > 1) {
			violations.add(new Violation(alsnogHoren ? ALSNOG_HOREN : verlengVeld(values),
					"Kies één ding: een beslissing, de indiener alsnog horen, of de beslistermijn verlengen."));
			return violations;
		}
		if (alsnogHoren) {
			if (!Boolean.FALSE.equals(values.apply(GEHOORD))) {
				violations.add(new Violation(ALSNOG_HOREN, "De indiener is al gehoord."));
			}
			return violations;
		}
		if (verlengen) {
			return violations;
		}
		if (!isEen(BESLISSINGEN, beslissing)) {
			violations.add(new Violation(BESLISSING, "Kies de beslissing op het bezwaar ("
					+ String.join(", ", BESLISSINGEN) + "), of verleng de beslistermijn."));
			return violations;
		}
		if (!hasText(values.apply(MOTIVERING))) {
			violations.add(new Violation(MOTIVERING,
					"Een beslissing op bezwaar moet gemotiveerd zijn (artikel 7:12 Awb). Schrijf op waarom u zo beslist."));
		}
		if (Boolean.FALSE.equals(values.apply(GEHOORD))) {
			String reden = (String) values.apply(AFZIEN_REDEN);
			String vereist = BESLISSING_BIJ_AFZIEN.get(reden);
			if (vereist != null && !vereist.equals(beslissing)) {
				violations.add(new Violation(BESLISSING,
						"De indiener is niet gehoord omdat " + AFZIEN_OMDAT.get(reden) + ". Dan is de beslissing "
								+ vereist + ". Wilt u anders beslissen? Kies dan: de indiener alsnog horen."));
			}
		}
		return violations;
	}

	/**
	 * Whether the jurist extends the term instead of completing the step, and what is
	 * wrong with that choice.
	 */
	private boolean termijnkeuze(Function<String, Object> values, List<Violation> violations) {
		boolean verdagen = Boolean.TRUE.equals(values.apply(VERDAGEN));
		boolean uitstellen = Boolean.TRUE.equals(values.apply(UITSTELLEN));
		if (verdagen && uitstellen) {
			violations.add(new Violation(UITSTELLEN, "Kies verdagen of uitstellen, niet allebei."));
			return true;
		}
		LocalDate beslisDeadline = date(values.apply(BESLIS_DEADLINE));
		boolean verstreken = beslisDeadline != null && this.termijnen.vandaag().isAfter(beslisDeadline);
		if (verdagen) {
			if (Boolean.TRUE.equals(values.apply(VERDAAGD))) {
				violations.add(new Violation(VERDAGEN,
						"De beslistermijn is al een keer verdaagd. Verdagen kan maar één keer, met ten hoogste zes weken (artikel 7:10 lid 3 Awb). Verder uitstel kan alleen met instemming van de indiener."));
			}
			else if (Boolean.TRUE.equals(values.apply(UITGESTELD))) {
				violations.add(new Violation(VERDAGEN,
						"De beslistermijn is al met instemming van de indiener uitgesteld. Verder uitstel kan alleen opnieuw met die instemming (artikel 7:10 lid 4 Awb)."));
			}
			else if (verstreken) {
				violations.add(new Violation(VERDAGEN, "De beslistermijn is op " + voluit(beslisDeadline)
						+ " verstreken. Verdagen kan alleen zolang de termijn loopt (artikel 7:10 lid 3 Awb)."));
			}
		}
		if (uitstellen) {
			uitstel(values, beslisDeadline, verstreken, violations);
		}
		return verdagen || uitstellen;
	}

	private void uitstel(Function<String, Object> values, LocalDate beslisDeadline, boolean verstreken,
			List<Violation> violations) {
		LocalDate tot = date(values.apply(UITSTEL_TOT));
		if (verstreken) {
			violations.add(new Violation(UITSTELLEN, "De beslistermijn is op " + voluit(beslisDeadline)
					+ " verstreken. Uitstellen kan alleen zolang de termijn loopt."));
		}
		if (tot == null) {
			violations.add(new Violation(UITSTEL_TOT, "Vul de datum in waarop u uiterlijk beslist (jjjj-mm-dd)."));
		}
		else if (beslisDeadline != null && !tot.isAfter(beslisDeadline)) {
			violations.add(new Violation(UITSTEL_TOT,
					"Uitstel moet tot na de huidige uiterste datum " + voluit(beslisDeadline) + " gaan."));
		}
		else if (beslisDeadline != null && tot.isAfter(this.termijnen.uiterstUitstel(beslisDeadline))) {
			violations.add(new Violation(UITSTEL_TOT,
					"Uitstel kan tot ten hoogste " + voluit(this.termijnen.uiterstUitstel(beslisDeadline))
							+ ". Is dat te kort? Stel dan later opnieuw uit, met nieuwe instemming."));
		}
		if (!Boolean.TRUE.equals(values.apply(UITSTEL_INSTEMMING))) {
			violations.add(new Violation(UITSTEL_INSTEMMING,
					"Verder uitstel kan alleen als de indiener ermee instemt (artikel 7:10 lid 4 Awb). Leg die instemming vast."));
		}
		LocalDate instemming = date(values.apply(UITSTEL_INSTEMMING_DATUM));
		if (instemming == null) {
			violations.add(new Violation(UITSTEL_INSTEMMING_DATUM,
					"Vul de datum in waarop de indiener instemde met het uitstel (jjjj-mm-dd)."));
		}
		else if (instemming.isAfter(this.termijnen.vandaag())) {
			violations.add(new Violation(UITSTEL_INSTEMMING_DATUM, "De datum mag niet in de toekomst liggen."));
		}
	}

	private static String voluit(LocalDate date) {
		return date.format(VOLUIT);
	}

	private static String verlengVeld(Function<String, Object> values) {
		return Boolean.TRUE.equals(values.apply(UITSTELLEN)) ? UITSTELLEN : VERDAGEN;
	}

	private static LocalDate date(Object value) {
		if (!(value instanceof String text) || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean isEen(List<String> waarden, Object value) {
		return value instanceof String text && waarden.contains(text);
	}

	private static boolean hasText(Object value) {
		return value instanceof String text && !text.isBlank();
	}

	private static boolean isEmpty(Object value) {
		return value == null || (value instanceof String text && text.isBlank());
	}

}
