package nl.kantel.transformatiefonds;

import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import nl.kantel.brief.Brieven;
import nl.kantel.fonds.FondsInstellingen;
import nl.kantel.fonds.Fondsen;

/**
 * The fund's letters to the initiatiefnemer as PDF, each from the template of its name in
 * {@code brieven/} with the case variables it may show (nothing else of the case reaches
 * a template), the fund's name and regulation, and the short mail that carries one.
 */
@Component
class FondsBrieven {

	static final String ONTVANGSTBEVESTIGING = "fonds-ontvangstbevestiging";

	static final String AANVULLING = "fonds-aanvulling";

	static final String BUITEN_BEHANDELING = "fonds-buiten-behandeling";

	static final String BESLUIT = "fonds-besluit";

	static final String BESLUIT_TE_LAAT = "fonds-besluit-te-laat";

	static final String DWANGSOM = "fonds-dwangsom";

	static final String VOORTGANG_HERINNERING = "fonds-voortgang-herinnering";

	static final String VASTSTELLING = "fonds-vaststelling";

	static final String VERANTWOORDING_AANMANING = "fonds-verantwoording-aanmaning";

	/** The letterhead's name for the addressee ({@code briefhoofd.html :: kenmerk}). */
	private static final String NAAM = "naam";

	/** The fund's regulation, the legal basis a beschikking names. */
	private static final String REGELING = "regeling";

	/** How often a project reports, in words: "elke 3 maanden". */
	private static final String RAPPORTAGE_FREQUENTIE = "rapportageFrequentie";

	/** The amount above which the wethouder accords a grant. */
	private static final String ACCORDERINGSGRENS = "accorderingsgrens";

	/** What every letter shows: whom it is for, which case and which aanvraag. */
	private static final List<String> AAN = List.of(AanvraagVariabelen.ZAAKNUMMER, AanvraagVariabelen.INITIATIEFNEMER,
			AanvraagVariabelen.PROJECT_TITEL, AanvraagVariabelen.AANVRAAG_DATUM);

	private static final Map<String, List<String>> GEGEVENS = Map
		.of(ONTVANGSTBEVESTIGING,
				List.of(AanvraagVariabelen.GEVRAAGD_BEDRAG, AanvraagVariabelen.LOOPTIJD_MAANDEN,
						AanvraagVariabelen.BESLIS_DEADLINE, AanvraagVariabelen.COMMISSIE_BESLIST),
				AANVULLING, List.of(AanvraagVariabelen.GEVRAAGDE_AANVULLING), BUITEN_BEHANDELING,
				List.of(AanvraagVariabelen.GEVRAAGDE_AANVULLING, AanvraagVariabelen.AANVULLING_GEVRAAGD_OP,
						AanvraagVariabelen.HERSTELTERMIJN_DEADLINE),
				BESLUIT, besluitGegevens(), BESLUIT_TE_LAAT,
				List.of(AanvraagVariabelen.BESLIS_DEADLINE, AanvraagVariabelen.NIEUWE_TERMIJN), DWANGSOM,
				List.of(AanvraagVariabelen.BESLIS_DEADLINE, AanvraagVariabelen.INGEBREKESTELLING_DATUM,
						AanvraagVariabelen.DWANGSOM_VANAF, AanvraagVariabelen.DWANGSOM_DAGEN,
						AanvraagVariabelen.DWANGSOM_BEDRAG, AanvraagVariabelen.BESCHIKKING_DATUM),
				VOORTGANG_HERINNERING, List.of(AanvraagVariabelen.BESCHIKKING_DATUM,
						AanvraagVariabelen.VOORTGANG_DEADLINE, AanvraagVariabelen.PROJECT_EINDE),
				VERANTWOORDING_AANMANING,
				List.of(AanvraagVariabelen.BESCHIKKING_DATUM, AanvraagVariabelen.PROJECT_EINDE,
						AanvraagVariabelen.EINDVERANTWOORDING_DEADLINE),
				VASTSTELLING,
				List.of(AanvraagVariabelen.BESCHIKKING_DATUM, AanvraagVariabelen.PROJECT_EINDE,
						AanvraagVariabelen.TOEGEKEND_BEDRAG, AanvraagVariabelen.VOORSCHOT_BEDRAG,
						AanvraagVariabelen.EINDVERANTWOORDING_DEADLINE, AanvraagVariabelen.VERANTWOORDING_UITGEBLEVEN,
						AanvraagVariabelen.VASTGESTELD_BEDRAG, AanvraagVariabelen.VASTSTELLING_MOTIVERING,
						AanvraagVariabelen.VASTSTELLING_DATUM, AanvraagVariabelen.NABETALING,
						AanvraagVariabelen.TERUGVORDERING));

	private final Brieven brieven;

	private final Fondsen fondsen;

	FondsBrieven(Brieven brieven, Fondsen fondsen) {
		this.brieven = brieven;
		this.fondsen = fondsen;
	}

	/**
	 * @param extra values that are not (yet) case variables, such as the bezwaar term of
	 * a letter about to be sent (no letter takes it from the case: a dwangsom has a term
	 * of its own); they win over the case's
	 */
	byte[] pdf(String brief, VariableScope zaak, Map<String, Object> extra) {
		List<String> gegevens = GEGEVENS.get(brief);
		if (gegevens == null) {
			throw new IllegalArgumentException("Het fonds kent geen brief '" + brief + "'");
		}
		Map<String, Object> data = new HashMap<>();
		Stream.concat(AAN.stream(), gegevens.stream()).forEach((name) -> {
			Object value = zaak.getVariable(name);
			if (value != null) {
				data.put(name, value);
			}
		});
		FondsInstellingen fonds = instellingen(zaak);
		data.put(NAAM, zaak.getVariable(AanvraagVariabelen.INITIATIEFNEMER));
		data.put(AanvraagVariabelen.FONDS_NAAM, fonds.naam());
		data.put(REGELING, fonds.regeling());
		data.put(RAPPORTAGE_FREQUENTIE, elke(fonds.rapportageInterval()));
		data.put(ACCORDERINGSGRENS, fonds.accorderingsgrens());
		data.putIfAbsent(AanvraagVariabelen.COMMISSIE_BESLIST, fonds.commissieBeslist());
		data.putAll(extra);
		return this.brieven.pdf(brief, data);
	}

	String mailtekst(VariableScope zaak, String onderwerp) {
		return this.brieven.text("brief-als-bijlage", Map.of(NAAM, zaak.getVariable(AanvraagVariabelen.INITIATIEFNEMER),
				"zaaknummer", zaak.getVariable(AanvraagVariabelen.ZAAKNUMMER), "onderwerp", onderwerp));
	}

	/** The settings of the case's fund. */
	FondsInstellingen instellingen(VariableScope zaak) {
		return this.fondsen.instellingen((String) zaak.getVariable(AanvraagVariabelen.FONDS));
	}

	/**
	 * {@code P3M} gives "elke 3 maanden", {@code P1M} "elke maand", {@code P2W} "elke 2
	 * weken", {@code P1Y} "elk jaar".
	 */
	static String elke(String interval) {
		Period periode = Period.parse(interval).normalized();
		List<String> delen = new ArrayList<>();
		deel(delen, periode.getYears(), "jaar", "jaar");
		deel(delen, periode.getMonths(), "maand", "maanden");
		if (periode.getDays() % 7 == 0) {
			deel(delen, periode.getDays() / 7, "week", "weken");
		}
		else {
			deel(delen, periode.getDays(), "dag", "dagen");
		}
		if (delen.isEmpty() || periode.isNegative()) {
			throw new IllegalArgumentException("rapportage-interval is geen periode: '" + interval + "'");
		}
		if (delen.size() == 1 && delen.get(0).startsWith("1 ")) {
			String eenheid = delen.get(0).substring(2);
			// "jaar" is a het-woord: elk jaar, but elke maand.
			return (eenheid.equals("jaar") ? "elk " : "elke ") + eenheid;
		}
		return "elke " + String.join(" en ", delen);
	}

	private static void deel(List<String> delen, int aantal, String enkelvoud, String meervoud) {
		if (aantal > 0) {
			delen.add(aantal + " " + ((aantal == 1) ? enkelvoud : meervoud));
		}
	}

	private static List<String> besluitGegevens() {
		List<String> gegevens = new ArrayList<>(
				List.of(AanvraagVariabelen.GEVRAAGD_BEDRAG, AanvraagVariabelen.BESCHIKKING_DATUM,
						AanvraagVariabelen.BESLUIT, AanvraagVariabelen.RESULTAAT, AanvraagVariabelen.MOTIVERING,
						AanvraagVariabelen.CRITERIA_SCORE, AanvraagVariabelen.VOLDOET_AAN_CRITERIA,
						AanvraagVariabelen.ADVIES_COMMISSIE, AanvraagVariabelen.ADVIES_TOELICHTING,
						AanvraagVariabelen.COMMISSIE_BESLIST, AanvraagVariabelen.BESCHIKBAAR_BIJ_AANVRAAG,
						AanvraagVariabelen.TOEGEKEND_BEDRAG, AanvraagVariabelen.DIRECT_VASTGESTELD,
						AanvraagVariabelen.VOORSCHOT_BEDRAG, AanvraagVariabelen.PROJECT_EINDE,
						AanvraagVariabelen.VOORTGANG_DEADLINE, AanvraagVariabelen.EINDVERANTWOORDING_DEADLINE));
		gegevens.addAll(List.of(AanvraagVariabelen.CRITERIA));
		return List.copyOf(gegevens);
	}

}
