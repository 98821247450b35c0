package nl.kantel.bezwaar;

import static nl.kantel.bezwaar.BezwaarVariabelen.ADVIES;
import static nl.kantel.bezwaar.BezwaarVariabelen.AFZIEN_REDEN;
import static nl.kantel.bezwaar.BezwaarVariabelen.ALSNOG_HOREN;
import static nl.kantel.bezwaar.BezwaarVariabelen.BESLISSING;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.kantel.zaak.InvalidVariableException.Violation;

/** The checks of the jurist's steps; the clock stands on Tuesday 15 September 2026. */
class BehandelingChecksTest {

	private final BehandelingChecks checks = new BehandelingChecks(BezwaarTermijnenTest.termijnen());

	private final Map<String, Object> zaak = new HashMap<>(Map.of(BESLIS_DEADLINE, "2026-11-13", VERDAAGD, false,
			UITGESTELD, false, VERDAGEN, false, UITSTELLEN, false, ALSNOG_HOREN, false));

	@BeforeEach
	void clock() {
		ClockUtil.setCurrentTime(BezwaarTermijnenTest.at("2026-09-15T10:00:00+02:00"));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("a beslissing needs its motivering (Awb 7:12); with both it completes")
	void beslissingMetMotivering() {
		this.zaak.put(BESLISSING, BezwaarVariabelen.DEELS_GEGROND);

		assertThat(fields(this.checks.beslissing(this.zaak::get))).containsExactly(MOTIVERING);
		this.zaak.put(MOTIVERING, "De hulp is voor een deel te laag vastgesteld.");
		assertThat(this.checks.beslissing(this.zaak::get)).isEmpty();
	}

	@Test
	@DisplayName("without a beslissing, or with an unknown one, the field beslissing is named")
	void geenBeslissing() {
		assertThat(fields(this.checks.beslissing(this.zaak::get))).containsExactly(BESLISSING);
		this.zaak.put(BESLISSING, "toegekend");
		assertThat(this.checks.beslissing(this.zaak::get)).extracting(Violation::message)
			.singleElement()
			.asString()
			.contains("gegrond, deels-gegrond, ongegrond, niet-ontvankelijk");
	}

	@Test
	@DisplayName("not heard because clearly unfounded (7:3 b): only ongegrond, or hear the indiener after all")
	void beslissingPastBijAfzienReden() {
		this.zaak.putAll(Map.of(GEHOORD, false, AFZIEN_REDEN, BezwaarVariabelen.KENNELIJK_ONGEGROND, BESLISSING,
				BezwaarVariabelen.GEGROND, MOTIVERING, "Toch gelijk."));

		List<Violation> refused = this.checks.beslissing(this.zaak::get);

		assertThat(fields(refused)).containsExactly(BESLISSING);
		assertThat(refused.get(0).message()).contains("kennelijk ongegrond is (artikel 7:3 onder b Awb)")
			.contains("Dan is de beslissing ongegrond");
		this.zaak.put(BESLISSING, BezwaarVariabelen.ONGEGROND);
		assertThat(this.checks.beslissing(this.zaak::get)).isEmpty();
		this.zaak.remove(BESLISSING);
		this.zaak.remove(MOTIVERING);
		this.zaak.put(ALSNOG_HOREN, true);
		assertThat(this.checks.beslissing(this.zaak::get)).isEmpty();
	}

	@Test
	@DisplayName("hearing after all only when the indiener was not heard, and not together with a beslissing")
	void alsnogHoren() {
		this.zaak.putAll(Map.of(GEHOORD, true, ALSNOG_HOREN, true));
		assertThat(this.checks.beslissing(this.zaak::get)).extracting(Violation::message)
			.containsExactly("De indiener is al gehoord.");
		this.zaak.putAll(Map.of(GEHOORD, false, BESLISSING, BezwaarVariabelen.ONGEGROND));
		assertThat(fields(this.checks.beslissing(this.zaak::get))).containsExactly(ALSNOG_HOREN);
	}

	@Test
	@DisplayName("a first verdaging within the term completes any of the three steps; a second one is refused")
	void verdagen() {
		this.zaak.put(VERDAGEN, true);

		assertThat(this.checks.horen(this.zaak::get)).isEmpty();
		assertThat(this.checks.advies(this.zaak::get)).isEmpty();
		assertThat(this.checks.beslissing(this.zaak::get)).isEmpty();
		this.zaak.put(VERDAAGD, true);
		assertThat(this.checks.beslissing(this.zaak::get)).extracting(Violation::message)
			.singleElement()
			.asString()
			.contains("al een keer verdaagd")
			.contains("7:10 lid 3");
	}

	@Test
	@DisplayName("no verdaging after the term passed, nor after an uitstel with consent")
	void verdagenGeweigerd() {
		this.zaak.putAll(Map.of(VERDAGEN, true, BESLIS_DEADLINE, "2026-09-14"));
		assertThat(this.checks.horen(this.zaak::get)).extracting(Violation::message)
			.singleElement()
			.asString()
			.contains("op 14 september 2026 verstreken");
		this.zaak.putAll(Map.of(BESLIS_DEADLINE, "2026-11-13", UITGESTELD, true));
		assertThat(this.checks.horen(this.zaak::get)).extracting(Violation::message)
			.singleElement()
			.asString()
			.contains("instemming");
	}

	@Test
	@DisplayName("an uitstel needs the date, the indiener's consent and the day of it; then it completes")
	void uitstel() {
		this.zaak.put(UITSTELLEN, true);

		assertThat(fields(this.checks.beslissing(this.zaak::get))).containsExactly(UITSTEL_TOT, UITSTEL_INSTEMMING,
				UITSTEL_INSTEMMING_DATUM);
		this.zaak.putAll(
				Map.of(UITSTEL_TOT, "2026-12-18", UITSTEL_INSTEMMING, false, UITSTEL_INSTEMMING_DATUM, "2026-09-14"));
		assertThat(this.checks.beslissing(this.zaak::get)).extracting(Violation::variable, Violation::message)
			.containsExactly(tuple(UITSTEL_INSTEMMING,
					"Verder uitstel kan alleen als de indiener ermee instemt (artikel 7:10 lid 4 Awb). Leg die instemming vast."));
		this.zaak.put(UITSTEL_INSTEMMING, true);
		assertThat(this.checks.beslissing(this.zaak::get)).isEmpty();
	}

	@Test
	@DisplayName("an uitstel to before the current deadline, beyond the setting, or with consent in the future is refused")
	void uitstelGrenzen() {
		this.zaak.putAll(Map.of(UITSTELLEN, true, UITSTEL_INSTEMMING, true, UITSTEL_INSTEMMING_DATUM, "2026-09-15"));

		this.zaak.put(UITSTEL_TOT, "2026-11-13");
		assertThat(this.checks.advies(this.zaak::get)).extracting(Violation::message)
			.containsExactly("Uitstel moet tot na de huidige uiterste datum 13 november 2026 gaan.");
		// 13 November + 3 months is 13 February 2027
		this.zaak.put(UITSTEL_TOT, "2027-02-14");
		assertThat(this.checks.advies(this.zaak::get)).extracting(Violation::message)
			.singleElement()
			.asString()
			.startsWith("Uitstel kan tot ten hoogste 13 februari 2027.");
		this.zaak.putAll(Map.of(UITSTEL_TOT, "2027-02-13", UITSTEL_INSTEMMING_DATUM, "2026-09-16"));
		assertThat(fields(this.checks.advies(this.zaak::get))).containsExactly(UITSTEL_INSTEMMING_DATUM);
	}

	@Test
	@DisplayName("verdagen and uitstellen at once, or an extension together with the step's outcome, is refused")
	void nietAllebei() {
		this.zaak.putAll(Map.of(VERDAGEN, true, UITSTELLEN, true));
		assertThat(fields(this.checks.horen(this.zaak::get))).containsExactly(UITSTELLEN);
		this.zaak.putAll(Map.of(UITSTELLEN, false, GEHOORD, true));
		assertThat(fields(this.checks.horen(this.zaak::get))).containsExactly(VERDAGEN);
		this.zaak.put(ADVIES, BezwaarVariabelen.ONGEGROND);
		assertThat(fields(this.checks.advies(this.zaak::get))).containsExactly(VERDAGEN);
	}

	@Test
	@DisplayName("Horen: heard, or a reason of Awb 7:3 not to")
	void horen() {
		assertThat(fields(this.checks.horen(this.zaak::get))).containsExactly(GEHOORD);
		this.zaak.put(GEHOORD, false);
		assertThat(fields(this.checks.horen(this.zaak::get))).containsExactly(AFZIEN_REDEN);
		this.zaak.put(AFZIEN_REDEN, "geen-zin");
		assertThat(fields(this.checks.horen(this.zaak::get))).containsExactly(AFZIEN_REDEN);
		this.zaak.put(AFZIEN_REDEN, BezwaarVariabelen.AFGEZIEN);
		assertThat(this.checks.horen(this.zaak::get)).isEmpty();
		this.zaak.put(GEHOORD, true);
		assertThat(this.checks.horen(this.zaak::get)).isEmpty();
	}

	@Test
	@DisplayName("AdviesCommissie: one of the four outcomes as advice")
	void advies() {
		assertThat(fields(this.checks.advies(this.zaak::get))).containsExactly(ADVIES);
		this.zaak.put(ADVIES, BezwaarVariabelen.DEELS_GEGROND);
		assertThat(this.checks.advies(this.zaak::get)).isEmpty();
	}

	@Test
	@DisplayName("GrondenAanvullen: the arrival date only with grounds, not in the future, not before the request")
	void gronden() {
		this.zaak.put(GRONDEN_GEVRAAGD_OP, "2026-09-10");
		assertThat(this.checks.gronden(this.zaak::get)).isEmpty();
		this.zaak.put(GRONDEN_ONTVANGST_DATUM, "2026-09-14");
		assertThat(fields(this.checks.gronden(this.zaak::get))).containsExactly(GRONDEN_ONTVANGST_DATUM);
		this.zaak.put(MOTIVERING, "De hulp is te laag.");
		assertThat(this.checks.gronden(this.zaak::get)).isEmpty();
		this.zaak.put(GRONDEN_ONTVANGST_DATUM, "2026-09-16");
		assertThat(this.checks.gronden(this.zaak::get)).extracting(Violation::message)
			.containsExactly("De datum mag niet in de toekomst liggen.");
		this.zaak.put(GRONDEN_ONTVANGST_DATUM, "2026-09-09");
		assertThat(this.checks.gronden(this.zaak::get)).extracting(Violation::message)
			.containsExactly(
					"De gronden zijn gevraagd op 10 september 2026; de datum van ontvangst kan niet eerder zijn.");
	}

	private static List<String> fields(List<Violation> violations) {
		return violations.stream().map(Violation::variable).toList();
	}

}
