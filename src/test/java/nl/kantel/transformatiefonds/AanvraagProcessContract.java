package nl.kantel.transformatiefonds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import nl.kantel.FlowNodeCoverage;
import nl.kantel.Weigering;
import nl.kantel.Zaakverloop;
import nl.kantel.brief.PdfText;
import nl.kantel.fonds.Grootboek;
import nl.kantel.fonds.Saldo;
import nl.kantel.zaak.InvalidVariableException.Violation;
import nl.kantel.zaak.RefusedActionException;

/**
 * Every route through {@code transformatiefonds-aanvraag}, on H2 and on PostgreSQL.
 * Unless a test moves it, the engine clock stands on Monday 2 November 2026, the day the
 * application arrives; the decision term of 8 weeks then ends on Monday 28 December 2026.
 * Each test gives its fund room for exactly what it needs, so tests do not depend on each
 * other's bookings. Every date a test expects is worked out by hand beside it.
 */
abstract class AanvraagProcessContract {

	private static final String TRANSFORMATIEFONDS = "transformatiefonds";

	private static final String PARTICIPATIEFONDS = "participatiefonds";

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	private static FlowNodeCoverage coverage;

	@Autowired
	ProcessEngine engine;

	@Autowired
	Grootboek grootboek;

	private Zaakverloop zaak;

	@BeforeAll
	static void countCoverageFromNow(@Autowired ProcessEngine engine) {
		coverage = FlowNodeCoverage.startingNow(engine, AanvraagVariabelen.PROCESS_KEY);
	}

	@AfterAll
	static void everyFlowNodeCovered() {
		assertThat(coverage.missing()).as("flow nodes of transformatiefonds-aanvraag that no test entered").isEmpty();
	}

	@BeforeEach
	void engineAndClock() {
		init(this.engine);
		Zaakverloop.vandaag("2026-11-02");
		this.zaak = new Zaakverloop(this.engine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("a complete application is granted below the accorderingsgrens, reports on time and is vastgesteld at the amount granted")
	void toegekendEnVastgesteld() {
		ruimteInFonds(TRANSFORMATIEFONDS, 20_000);
		start(aanvraag(20_000, 6));

		assertThat(this.zaak.zaaknummer()).matches("TF-2026-\\d{6}");
		assertThat(this.zaak.instance()).variables()
			.containsEntry(AanvraagVariabelen.AANVRAAG_DATUM, "2026-11-02")
			.containsEntry(AanvraagVariabelen.FONDS, TRANSFORMATIEFONDS)
			.containsEntry(AanvraagVariabelen.BESLISSER, "programmamanager")
			// 2 November 2026 + 8 weeks: Monday 28 December, a working day
			.containsEntry(AanvraagVariabelen.BESLIS_DEADLINE, "2026-12-28");
		assertThat(this.zaak.task("OntvankelijkheidToetsen").getDueDate()).isEqualTo(Zaakverloop.eindVan("2026-12-28"));
		volledig();
		assertThat(this.grootboek.saldo(TRANSFORMATIEFONDS, this.zaak.zaaknummer()).gereserveerd()).isEqualTo(20_000);
		assertThat(this.zaak.instance()).variables()
			.containsEntry(AanvraagVariabelen.CRITERIA_SCORE, 4)
			.containsEntry(AanvraagVariabelen.VOLDOET_AAN_CRITERIA, true);
		adviezen("positief");
		this.zaak.complete("BesluitNemen", "programmamanager", toekennen(20_000));
		assertThat(this.zaak.instance()).isWaitingAt("BesluitVastleggen");
		this.zaak.executeJob("BesluitVastleggen").executeJob("BesluitVersturen");

		assertThat(this.zaak.instance()).hasPassed("IsAccorderingNodig")
			.hasNotPassed("BesluitAccorderen")
			.variables()
			.containsEntry(AanvraagVariabelen.BESCHIKKING_DATUM, "2026-11-02")
			.containsEntry(AanvraagVariabelen.BESCHIKKING_VERZONDEN, "2026-11-02")
			// 2 November + 6 weeks: Monday 14 December
			.containsEntry(AanvraagVariabelen.BEZWAAR_DEADLINE, "2026-12-14")
			.containsEntry(AanvraagVariabelen.DIRECT_VASTGESTELD, false)
			.containsEntry(AanvraagVariabelen.VOORSCHOT_BEDRAG, 16_000L)
			// six months' looptijd: until 2 May 2027; one report after 3 months, the
			// eindverantwoording 6 months after the end (Tuesday 2 November 2027)
			.containsEntry(AanvraagVariabelen.PROJECT_EINDE, "2027-05-02")
			.containsEntry(AanvraagVariabelen.VOORTGANG_DEADLINE, "2027-02-02")
			.containsEntry(AanvraagVariabelen.EINDVERANTWOORDING_DEADLINE, "2027-11-02");
		assertThat(saldo()).extracting(Saldo::toegekend, Saldo::uitbetaald, Saldo::gereserveerd)
			.containsExactly(20_000L, 16_000L, 0L);
		assertThat(this.zaak.instance()).isWaitingAt("VoortgangsrapportageOntvangen");
		assertThat(this.zaak.job("VoortgangTeLaat").getDuedate()).isEqualTo(Zaakverloop.beginVan("2027-02-03"));

		Zaakverloop.vandaag("2027-01-29");
		this.zaak.correlate("VoortgangsrapportageOntvangen",
				Map.of(AanvraagVariabelen.VOORTGANG, "Twintig bewoners koken wekelijks samen."));
		assertThat(this.zaak.instance()).hasPassed("RapportagesCompleet", "ProjectAfgerond")
			.isWaitingAt("EindverantwoordingOntvangen");
		assertThat(this.zaak.variable(AanvraagVariabelen.VOORTGANGSRAPPORTAGES)).isEqualTo(1L);

		Zaakverloop.vandaag("2027-06-01");
		this.zaak.correlate("EindverantwoordingOntvangen",
				Map.of(AanvraagVariabelen.VERANTWOORDING, "Alle activiteiten zijn uitgevoerd."));
		this.zaak.complete("SubsidieVaststellen", "transformatieteam",
				Map.of(AanvraagVariabelen.VASTGESTELD_BEDRAG, 20_000L));
		this.zaak.executeJob("VaststellingVastleggen").executeJob("VaststellingVersturen");

		assertThat(this.zaak.instance()).isEnded().hasPassed("Vastgesteld");
		assertThat(this.zaak.variable(AanvraagVariabelen.RESULTAAT)).isEqualTo("vastgesteld");
		assertThat(this.zaak.variable(AanvraagVariabelen.NABETALING)).isEqualTo(4_000L);
		assertThat(this.zaak.variable(AanvraagVariabelen.TERUGVORDERING)).isEqualTo(0L);
		assertThat(this.zaak.variable(AanvraagVariabelen.VERANTWOORDING_UITGEBLEVEN)).isEqualTo(false);
		assertThat(saldo()).extracting(Saldo::toegekend, Saldo::uitbetaald).containsExactly(20_000L, 20_000L);
	}

	@Test
	@DisplayName("an aanvulling answered suspends the decision term (the Atw moves the lengthened end past New Year); a refusal against positive advice needs a motivering")
	void aanvullingBeantwoord() {
		ruimteInFonds(TRANSFORMATIEFONDS, 20_000);
		start(aanvraag(20_000, 6));
		Zaakverloop.vandaag("2026-11-04");
		this.zaak.complete("OntvankelijkheidToetsen", "transformatieteam", Map.of(AanvraagVariabelen.VOLLEDIG, false,
				AanvraagVariabelen.GEVRAAGDE_AANVULLING, "De begroting ontbreekt."));
		this.zaak.executeJob("AanvullingVragen");
		assertThat(this.zaak.instance()).isWaitingAt("AanvullingAfwachten")
			.variables()
			.containsEntry(AanvraagVariabelen.AANVULLING_GEVRAAGD_OP, "2026-11-04")
			// 4 November + 2 weeks: Wednesday 18 November
			.containsEntry(AanvraagVariabelen.HERSTELTERMIJN_DEADLINE, "2026-11-18");

		Zaakverloop.vandaag("2026-11-10");
		this.zaak.correlate("AanvullingOntvangen", Map.of(AanvraagVariabelen.AANVULLING, "Begroting bijgevoegd."));

		// suspended 5 to 9 November: 5 days; 28 December + 5 = Saturday 2 January 2027,
		// so
		// the Atw gives Monday 4 January (1 January a holiday)
		assertThat(this.zaak.instance()).isWaitingAt("OntvankelijkheidToetsen")
			.variables()
			.containsEntry(AanvraagVariabelen.OPGESCHORTE_DAGEN, 5L)
			.containsEntry(AanvraagVariabelen.AANVULLING_ONTVANGEN_OP, "2026-11-10")
			.containsEntry(AanvraagVariabelen.BESLIS_DEADLINE, "2027-01-04");
		volledig();
		adviezen("positief");
		List<Violation> tegenAdvies = Weigering.van(() -> this.zaak.complete("BesluitNemen", "programmamanager",
				Map.of(AanvraagVariabelen.BESLUIT, AanvraagVariabelen.AFWIJZEN)));
		assertThat(tegenAdvies).extracting(Violation::variable).containsExactly(AanvraagVariabelen.MOTIVERING);
		this.zaak.complete("BesluitNemen", "programmamanager", Map.of(AanvraagVariabelen.BESLUIT,
				AanvraagVariabelen.AFWIJZEN, AanvraagVariabelen.MOTIVERING, "Het project sluit niet aan bij de wijk."));
		this.zaak.executeJob("BesluitVastleggen").executeJob("BesluitVersturen");

		assertThat(this.zaak.instance()).isEnded().hasPassed("Afgewezen");
		assertThat(this.zaak.variable(AanvraagVariabelen.RESULTAAT)).isEqualTo("afgewezen");
		assertThat(saldo()).extracting(Saldo::gereserveerd, Saldo::toegekend, Saldo::vrijgevallen)
			.containsExactly(0L, 0L, 20_000L);
	}

	@Test
	@DisplayName("an aanvulling that does not come: buiten behandeling, with a letter and its bezwaar term")
	void aanvullingUitgebleven() {
		start(aanvraag(20_000, 6));
		this.zaak.complete("OntvankelijkheidToetsen", "transformatieteam", Map.of(AanvraagVariabelen.VOLLEDIG, false,
				AanvraagVariabelen.GEVRAAGDE_AANVULLING, "De begroting ontbreekt."));
		this.zaak.executeJob("AanvullingVragen");

		// hersteltermijn 2 November + 2 weeks: Monday 16 November; the timer fires the
		// day after
		this.zaak.timerAfgaan("HersteltermijnVerstreken", "2026-11-17");
		this.zaak.executeJob("BuitenBehandelingVersturen");

		assertThat(this.zaak.instance()).isEnded().hasPassed("BuitenBehandeling");
		assertThat(this.zaak.variable(AanvraagVariabelen.RESULTAAT)).isEqualTo("buiten-behandeling");
		assertThat(this.zaak.variable(AanvraagVariabelen.BESCHIKKING_VERZONDEN)).isEqualTo("2026-11-17");
		// 17 November + 6 weeks: Tuesday 29 December
		assertThat(this.zaak.variable(AanvraagVariabelen.BEZWAAR_DEADLINE)).isEqualTo("2026-12-29");
		assertThat(saldo().gereserveerd()).isZero();
	}

	@Test
	@DisplayName("an application that no longer fits the budget is refused afgewezen-budget and books nothing")
	void afgewezenWegensBudget() {
		ruimteInFonds(TRANSFORMATIEFONDS, 10_000);
		start(aanvraag(20_000, 6));
		volledig();
		this.zaak.executeJob("BudgetAfwijzingVersturen");

		assertThat(this.zaak.instance()).isEnded().hasPassed("AfgewezenWegensBudget", "AfgewezenBudget");
		assertThat(this.zaak.variable(AanvraagVariabelen.RESULTAAT)).isEqualTo("afgewezen-budget");
		assertThat(this.zaak.variable(AanvraagVariabelen.BESCHIKBAAR_BIJ_AANVRAAG)).isEqualTo(10_000L);
		assertThat(this.zaak.variable(AanvraagVariabelen.MOTIVERING)).isEqualTo(
				"Het budget van het Transformatiefonds is niet toereikend: gevraagd 20000 euro, nog beschikbaar 10000 euro.");
		assertThat(this.zaak.variable(AanvraagVariabelen.BEZWAAR_DEADLINE)).isEqualTo("2026-12-14");
		assertThat(saldo()).extracting(Saldo::gereserveerd, Saldo::toegekend, Saldo::vrijgevallen)
			.containsExactly(0L, 0L, 0L);
	}

	@Test
	@DisplayName("above the accorderingsgrens the wethouder accords; the one who decided may not, and a no goes back to the decider")
	void accorderingDoorWethouder() {
		String beide = gebruikerIn("pm-en-wethouder", "programmamanager", "wethouder");
		ruimteInFonds(TRANSFORMATIEFONDS, 80_000);
		start(aanvraag(80_000, 12));
		volledig();
		adviezen("positief");
		this.zaak.complete("BesluitNemen", beide, toekennen(60_000));
		assertThat(this.zaak.instance()).isWaitingAt("BesluitAccorderen");
		assertThat(this.zaak.task("BesluitAccorderen")).hasCandidateGroup("wethouder");

		Throwable zelf = catchThrowable(
				() -> this.zaak.complete("BesluitAccorderen", beide, Map.of(AanvraagVariabelen.AKKOORD, true)));
		assertThat(zelf).hasRootCauseInstanceOf(RefusedActionException.class).hasMessageContaining("vier-ogenprincipe");
		this.zaak.complete("BesluitAccorderen", "wethouder", Map.of(AanvraagVariabelen.AKKOORD, false,
				AanvraagVariabelen.ACCORDERING_TOELICHTING, "Eerst een kleinere pilot."));
		assertThat(this.zaak.instance()).hasPassed("IsAkkoord").isWaitingAt("BesluitNemen");
		this.zaak.complete("BesluitNemen", "programmamanager", toekennen(55_000));
		this.zaak.complete("BesluitAccorderen", "wethouder", Map.of(AanvraagVariabelen.AKKOORD, true));
		this.zaak.executeJob("BesluitVastleggen").executeJob("BesluitVersturen");

		assertThat(this.zaak.instance()).hasPassed("BesluitVastleggen").isWaitingAt("VoortgangsrapportageOntvangen");
		// 80,000 reserved, 55,000 granted, 25,000 released; 80% of 55,000 paid as
		// voorschot
		assertThat(saldo()).extracting(Saldo::gereserveerd, Saldo::toegekend, Saldo::uitbetaald, Saldo::vrijgevallen)
			.containsExactly(0L, 55_000L, 44_000L, 25_000L);
	}

	@Test
	@DisplayName("a grant against the committee's negative advice needs a motivering; a small grant is vastgesteld at once")
	void tegenAdviesEnDirectVastgesteld() {
		ruimteInFonds(TRANSFORMATIEFONDS, 4_500);
		start(aanvraag(4_500, 3));
		volledig();
		adviezen("negatief");
		List<Violation> zonderMotivering = Weigering
			.van(() -> this.zaak.complete("BesluitNemen", "programmamanager", toekennen(4_000)));
		assertThat(zonderMotivering).extracting(Violation::variable).containsExactly(AanvraagVariabelen.MOTIVERING);
		assertThat(zonderMotivering.get(0).message()).contains("advies van de cliëntencommissie");
		Map<String, Object> besluit = new HashMap<>(toekennen(4_000));
		besluit.put(AanvraagVariabelen.MOTIVERING, "De buurt vroeg er zelf om; de commissie zag dat niet.");
		List<Violation> teVeel = Weigering.van(() -> {
			Map<String, Object> meerDanGevraagd = new HashMap<>(besluit);
			meerDanGevraagd.put(AanvraagVariabelen.TOEGEKEND_BEDRAG, 5_000L);
			this.zaak.complete("BesluitNemen", "programmamanager", meerDanGevraagd);
		});
		assertThat(teVeel).extracting(Violation::variable).containsExactly(AanvraagVariabelen.TOEGEKEND_BEDRAG);
		this.zaak.complete("BesluitNemen", "programmamanager", besluit);
		this.zaak.executeJob("BesluitVastleggen").executeJob("BesluitVersturen");

		assertThat(this.zaak.instance()).isEnded().hasPassed("DirectVastgesteld").hasNotPassed("ProjectVolgen");
		assertThat(this.zaak.variable(AanvraagVariabelen.RESULTAAT)).isEqualTo("vastgesteld");
		assertThat(this.zaak.variable(AanvraagVariabelen.DIRECT_VASTGESTELD)).isEqualTo(true);
		assertThat(this.zaak.variable(AanvraagVariabelen.VASTGESTELD_BEDRAG)).isEqualTo(4_000L);
		assertThat(saldo()).extracting(Saldo::toegekend, Saldo::uitbetaald, Saldo::vrijgevallen)
			.containsExactly(4_000L, 4_000L, 500L);
	}

	@Test
	@DisplayName("in a fund whose committee decides, the committee takes the decision and gives no separate advice")
	void commissieBeslist() {
		ruimteInFonds(PARTICIPATIEFONDS, 3_000);
		Map<String, Object> aanvraag = aanvraag(3_000, 3);
		aanvraag.put(AanvraagVariabelen.FONDS, PARTICIPATIEFONDS);
		start(aanvraag);
		volledig();

		assertThat(this.zaak.instance()).isWaitingAt("ProgrammateamToets").hasNotPassed("AdviesCommissie");
		assertThat(this.zaak.task("AdviesCommissie")).isNull();
		this.zaak.complete("ProgrammateamToets", "transformatieteam",
				Map.of(AanvraagVariabelen.ADVIES_PROGRAMMATEAM, "Goed plan."));
		assertThat(this.zaak.task("BesluitNemen")).hasCandidateGroup("adviescommissie");
		this.zaak.complete("BesluitNemen", "adviescommissie", Map.of(AanvraagVariabelen.BESLUIT,
				AanvraagVariabelen.AFWIJZEN, AanvraagVariabelen.MOTIVERING, "Te weinig bewoners betrokken."));
		this.zaak.executeJob("BesluitVastleggen").executeJob("BesluitVersturen");

		assertThat(this.zaak.instance()).isEnded().hasNotPassed("AdviesCommissie");
		assertThat(this.grootboek.saldo(PARTICIPATIEFONDS, this.zaak.zaaknummer()).vrijgevallen()).isEqualTo(3_000);
	}

	@Test
	@DisplayName("a late report gets a reminder; without eindverantwoording the team sets a lower amount, never above the grant, and the rest of the voorschot is claimed back")
	void rapportageTeLaatEnVerantwoordingUitgebleven() {
		ruimteInFonds(TRANSFORMATIEFONDS, 20_000);
		start(aanvraag(20_000, 6));
		volledig();
		adviezen("positief");
		this.zaak.complete("BesluitNemen", "programmamanager", toekennen(20_000));
		this.zaak.executeJob("BesluitVastleggen").executeJob("BesluitVersturen");

		// the report due Tuesday 2 February 2027 has not come: reminded the next day
		this.zaak.timerAfgaan("VoortgangTeLaat", "2027-02-03").executeJob("VoortgangHerinneren");
		assertThat(this.zaak.instance()).hasPassed("HerinneringVerstuurd").isWaitingAt("VoortgangsrapportageOntvangen");
		// the project ends on 2 May 2027 without the report: the timer fires the day
		// after
		this.zaak.timerAfgaan("ProjectAfgelopen", "2027-05-03");
		assertThat(this.zaak.instance()).isWaitingAt("EindverantwoordingOntvangen");
		// eindverantwoording due Tuesday 2 November 2027
		this.zaak.timerAfgaan("EindverantwoordingUitgebleven", "2027-11-03").executeJob("VerantwoordingAanmanen");
		// Awb 4:44 lid 3: a further term, 3 November + 4 weeks: Wednesday 1 December 2027
		assertThat(this.zaak.instance()).isWaitingAt("EindverantwoordingOntvangen");
		assertThat(this.zaak.variable(AanvraagVariabelen.EINDVERANTWOORDING_DEADLINE)).isEqualTo("2027-12-01");
		assertThat(brief("fondsVerantwoordingAanmaningDocument")).contains("uiterlijk op 2 november 2027",
				"Stuur uw verantwoording uiterlijk op 1 december 2027.");
		this.zaak.timerAfgaan("EindverantwoordingUitgebleven", "2027-12-02");
		assertThat(this.zaak.instance()).hasPassed("IsAlAangemaand").isWaitingAt("SubsidieVaststellen");
		assertThat(this.zaak.variable(AanvraagVariabelen.VERANTWOORDING_UITGEBLEVEN)).isEqualTo(true);

		List<Violation> teHoog = Weigering.van(() -> this.zaak.complete("SubsidieVaststellen", "transformatieteam",
				Map.of(AanvraagVariabelen.VASTGESTELD_BEDRAG, 20_001L)));
		assertThat(teHoog).extracting(Violation::variable).containsExactly(AanvraagVariabelen.VASTGESTELD_BEDRAG);
		this.zaak.complete("SubsidieVaststellen", "transformatieteam", Map.of(AanvraagVariabelen.VASTGESTELD_BEDRAG,
				5_000L, AanvraagVariabelen.VASTSTELLING_MOTIVERING, "Geen verantwoording; een kwart is aangetoond."));
		this.zaak.executeJob("VaststellingVastleggen").executeJob("VaststellingVersturen");

		assertThat(this.zaak.instance()).isEnded().hasPassed("Vastgesteld");
		// 16,000 voorschot paid, vastgesteld 5,000: 11,000 to pay back, 15,000 back to
		// the fund
		assertThat(this.zaak.variable(AanvraagVariabelen.TERUGVORDERING)).isEqualTo(11_000L);
		assertThat(this.zaak.variable(AanvraagVariabelen.NABETALING)).isEqualTo(0L);
		assertThat(saldo()).extracting(Saldo::toegekend, Saldo::uitbetaald, Saldo::vrijgevallen)
			.containsExactly(5_000L, 5_000L, 15_000L);
	}

	@Test
	@DisplayName("a decision after the term and an ingebrekestelling: a new term by letter, then a dwangsom to set")
	void ingebrekestellingEnDwangsom() {
		ruimteInFonds(TRANSFORMATIEFONDS, 20_000);
		start(aanvraag(20_000, 6));
		this.zaak.timerAfgaan("BeslistermijnVerstreken", "2026-12-29");
		this.zaak.executeJob("BeslistermijnVoorbij");
		Zaakverloop.vandaag("2026-12-29");
		this.zaak.complete("TermijnoverschrijdingAfhandelen", "programmamanager",
				Map.of(AanvraagVariabelen.NIEUWE_TERMIJN, "2027-01-12"));
		this.zaak.executeJob("BesluitTeLaatMelden");
		assertThat(this.zaak.instance()).hasPassed("BesluitTeLaatGemeld");

		Zaakverloop.vandaag("2026-12-30");
		List<Violation> teVroeg = Weigering.van(() -> this.zaak.correlate("IngebrekestellingOntvangen",
				Map.of(AanvraagVariabelen.INGEBREKESTELLING_DATUM, "2026-12-28")));
		assertThat(teVroeg).extracting(Violation::variable).containsExactly(AanvraagVariabelen.INGEBREKESTELLING_DATUM);
		this.zaak.correlate("IngebrekestellingOntvangen", Map.of());
		// received 30 December: a dwangsom from 13 January 2027
		assertThat(this.zaak.variable(AanvraagVariabelen.DWANGSOM_VANAF)).isEqualTo("2027-01-13");

		// not complete: an aanvulling after the term suspends nothing
		this.zaak.complete("OntvankelijkheidToetsen", "transformatieteam", Map.of(AanvraagVariabelen.VOLLEDIG, false,
				AanvraagVariabelen.GEVRAAGDE_AANVULLING, "De begroting ontbreekt."));
		this.zaak.executeJob("AanvullingVragen");
		Zaakverloop.vandaag("2027-01-04");
		this.zaak.correlate("AanvullingOntvangen", Map.of());
		assertThat(this.zaak.instance()).hasPassed("AlInGebrekeGesteld");
		assertThat(this.zaak.variable(AanvraagVariabelen.BESLIS_DEADLINE)).isEqualTo("2026-12-28");

		Zaakverloop.vandaag("2027-01-25");
		volledig();
		adviezen("positief");
		this.zaak.complete("BesluitNemen", "programmamanager", toekennen(20_000));
		this.zaak.executeJob("BesluitVastleggen").executeJob("BesluitVersturen");

		// 13 to 24 January: 12 days at EUR 23; to be set by Sunday 7 February, so Monday
		// 8
		assertThat(this.zaak.instance()).isWaitingAt("DwangsomVaststellen", "VoortgangsrapportageOntvangen");
		assertThat(this.zaak.variable(AanvraagVariabelen.DWANGSOM_DAGEN)).isEqualTo(12L);
		assertThat(this.zaak.variable(AanvraagVariabelen.DWANGSOM_BEDRAG)).isEqualTo(276L);
		assertThat(this.zaak.task("DwangsomVaststellen").getDueDate()).isEqualTo(Zaakverloop.eindVan("2027-02-08"));
		this.zaak.complete("DwangsomVaststellen", "programmamanager", Map.of());
		this.zaak.executeJob("DwangsomVersturen");
		assertThat(this.zaak.instance()).hasPassed("DwangsomVastgesteld");
	}

	@Test
	@DisplayName("a withdrawal before the decision releases the reservation; after a grant the voorschot is claimed back")
	void ingetrokken() {
		ruimteInFonds(TRANSFORMATIEFONDS, 40_000);
		start(aanvraag(20_000, 6));
		volledig();
		this.zaak.correlate("AanvraagIngetrokken", Map.of());
		assertThat(this.zaak.instance()).isEnded().hasPassed("Ingetrokken");
		assertThat(this.zaak.variable(AanvraagVariabelen.RESULTAAT)).isEqualTo("ingetrokken");
		assertThat(saldo()).extracting(Saldo::gereserveerd, Saldo::vrijgevallen).containsExactly(0L, 20_000L);

		start(aanvraag(20_000, 6));
		volledig();
		adviezen("positief");
		this.zaak.complete("BesluitNemen", "programmamanager", toekennen(20_000));
		this.zaak.executeJob("BesluitVastleggen").executeJob("BesluitVersturen");
		this.zaak.correlate("AanvraagIngetrokken", Map.of());
		assertThat(this.zaak.instance()).isEnded();
		assertThat(saldo()).extracting(Saldo::toegekend, Saldo::uitbetaald, Saldo::vrijgevallen)
			.containsExactly(0L, 0L, 20_000L);
	}

	@Test
	@DisplayName("a start with an unknown fund, half euros, a looptijd of 25 months or an e-mail that is none is refused naming each")
	void startGeweigerd() {
		Map<String, Object> aanvraag = aanvraag(20_000, 25);
		aanvraag.put(AanvraagVariabelen.FONDS, "geheimfonds");
		aanvraag.put(AanvraagVariabelen.GEVRAAGD_BEDRAG, 100.5);
		aanvraag.put(AanvraagVariabelen.EMAIL, "geen-mail");
		long voor = this.engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey(AanvraagVariabelen.PROCESS_KEY)
			.count();

		List<Violation> violations = Weigering.van(() -> this.zaak.start(AanvraagVariabelen.PROCESS_KEY, aanvraag));

		assertThat(violations).extracting(Violation::variable)
			.contains(AanvraagVariabelen.FONDS, AanvraagVariabelen.GEVRAAGD_BEDRAG, AanvraagVariabelen.LOOPTIJD_MAANDEN,
					AanvraagVariabelen.EMAIL);
		assertThat(this.engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey(AanvraagVariabelen.PROCESS_KEY)
			.count()).isEqualTo(voor);
	}

	/**
	 * Starts the case; the receipt letter leaves, as the job executor would do at once.
	 */
	@Test
	@DisplayName("a start without the amount and the looptijd is refused naming both, never a server error")
	void startZonderBedrag() {
		Map<String, Object> aanvraag = aanvraag(20_000, 6);
		aanvraag.remove(AanvraagVariabelen.GEVRAAGD_BEDRAG);
		aanvraag.remove(AanvraagVariabelen.LOOPTIJD_MAANDEN);

		List<Violation> violations = Weigering.van(() -> this.zaak.start(AanvraagVariabelen.PROCESS_KEY, aanvraag));

		assertThat(violations).extracting(Violation::variable)
			.containsExactlyInAnyOrder(AanvraagVariabelen.GEVRAAGD_BEDRAG, AanvraagVariabelen.LOOPTIJD_MAANDEN);
	}

	/** The text of a letter the case kept as it was sent. */
	private String brief(String document) {
		FileValue pdf = (FileValue) this.zaak.historic(document).getTypedValue();
		try (InputStream in = pdf.getValue()) {
			return PdfText.of(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Starts the case; the receipt letter leaves, as the job executor would do at once.
	 */
	private void start(Map<String, Object> aanvraag) {
		this.zaak.start(AanvraagVariabelen.PROCESS_KEY, aanvraag).executeJob("OntvangstBevestigen");
	}

	private void volledig() {
		this.zaak.complete("OntvankelijkheidToetsen", "transformatieteam", Map.of(AanvraagVariabelen.VOLLEDIG, true));
		this.zaak.executeJob("BedragReserveren");
	}

	private void adviezen(String advies) {
		this.zaak.complete("AdviesCommissie", "adviescommissie", Map.of(AanvraagVariabelen.ADVIES_COMMISSIE, advies,
				AanvraagVariabelen.ADVIES_TOELICHTING, "Besproken in de commissie."));
		this.zaak.complete("ProgrammateamToets", "transformatieteam",
				Map.of(AanvraagVariabelen.ADVIES_PROGRAMMATEAM, "Past in het programma."));
	}

	private static Map<String, Object> toekennen(long bedrag) {
		return Map.of(AanvraagVariabelen.BESLUIT, AanvraagVariabelen.TOEKENNEN, AanvraagVariabelen.TOEGEKEND_BEDRAG,
				bedrag);
	}

	static Map<String, Object> aanvraag(long bedrag, long looptijdMaanden) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(AanvraagVariabelen.INITIATIEFNEMER, "Stichting Buurtkeuken De Kom");
		variables.put(AanvraagVariabelen.TYPE_INITIATIEFNEMER, "bewoners");
		variables.put(AanvraagVariabelen.EMAIL, "info@buurtkeuken.example");
		variables.put(AanvraagVariabelen.PROJECT_TITEL, "Buurtkeuken tegen eenzaamheid");
		variables.put(AanvraagVariabelen.PROJECT_OMSCHRIJVING, "Wekelijks samen koken en eten met buurtbewoners.");
		variables.put(AanvraagVariabelen.GEVRAAGD_BEDRAG, bedrag);
		variables.put(AanvraagVariabelen.LOOPTIJD_MAANDEN, looptijdMaanden);
		variables.put("aansluitingVraagBewoners", true);
		variables.put("bevordertParticipatie", true);
		variables.put("draagtBijAanPreventie", true);
		variables.put("ontschotting", true);
		return variables;
	}

	/**
	 * Sets the fund's budget so that exactly {@code bedrag} is free for new reservations.
	 */
	private void ruimteInFonds(String fonds, long bedrag) {
		Saldo saldo = this.grootboek.saldo(fonds);
		this.grootboek.budgetVaststellen(fonds, saldo.gereserveerd() + saldo.toegekend() + bedrag, "test",
				"Ruimte voor de test");
	}

	private Saldo saldo() {
		return this.grootboek.saldo(TRANSFORMATIEFONDS, this.zaak.zaaknummer());
	}

	private String gebruikerIn(String id, String... groepen) {
		IdentityService identity = this.engine.getIdentityService();
		if (identity.createUserQuery().userId(id).count() == 0) {
			User user = identity.newUser(id);
			user.setFirstName("Proef");
			user.setLastName("Beslisser");
			user.setPassword("demo-Wachtwoord-1");
			identity.saveUser(user);
			for (String groep : groepen) {
				identity.createMembership(id, groep);
			}
		}
		return id;
	}

}
