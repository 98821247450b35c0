package nl.kantel.bezwaar;

import static nl.kantel.bezwaar.BezwaarVariabelen.ADVIES;
import static nl.kantel.bezwaar.BezwaarVariabelen.AFZIEN_REDEN;
import static nl.kantel.bezwaar.BezwaarVariabelen.ALSNOG_HOREN;
import static nl.kantel.bezwaar.BezwaarVariabelen.BESLISSING;
import static nl.kantel.bezwaar.BezwaarVariabelen.BESLIS_DEADLINE;
import static nl.kantel.bezwaar.BezwaarVariabelen.GEHOORD;
import static nl.kantel.bezwaar.BezwaarVariabelen.MOTIVERING;
import static nl.kantel.bezwaar.BezwaarVariabelen.UITSTELLEN;
import static nl.kantel.bezwaar.BezwaarVariabelen.UITSTEL_INSTEMMING;
import static nl.kantel.bezwaar.BezwaarVariabelen.UITSTEL_INSTEMMING_DATUM;
import static nl.kantel.bezwaar.BezwaarVariabelen.UITSTEL_TOT;
import static nl.kantel.bezwaar.BezwaarVariabelen.VERDAGEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.kantel.FlowNodeCoverage;
import nl.kantel.Weigering;
import nl.kantel.ProefZaak;
import nl.kantel.brief.PdfText;
import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * Every route through {@code bezwaar}, on H2 and on PostgreSQL. The hoofdzaak is a case
 * of the platform's test process with a {@code bezwaarDeadline}, as the intake sets it
 * after a beschikking, unless a test needs a real intake or referral. Unless a test moves
 * it, the engine clock stands on Tuesday 15 September 2026 and the bezwaar term ends on
 * Friday 2 October 2026, so the decision term ends on Friday 13 November 2026. Every date
 * a test expects is worked out by hand beside it.
 */
abstract class BezwaarProcessContract {

	private static final String BEZWAAR_DEADLINE = "2026-10-02";

	private static final String BESLIS_DEADLINE_2026_11_13 = "2026-11-13";

	/** The subprocess that carries the decision term's timer. */
	private static final String BEHANDELEN = "BezwaarBehandelen";

	private static final String GRONDEN = "De huishoudelijke hulp is te laag vastgesteld.";

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	private static FlowNodeCoverage coverage;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void countCoverageFromNow(@Autowired ProcessEngine engine) {
		coverage = FlowNodeCoverage.startingNow(engine, BezwaarVariabelen.PROCESS_KEY);
	}

	@AfterAll
	static void everyFlowNodeCovered() {
		assertThat(coverage.missing()).as("flow nodes of bezwaar that no test entered").isEmpty();
	}

	@BeforeEach
	void engineAndClock() {
		init(this.engine);
		clockAt("2026-09-15T10:00:00+02:00");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("a bezwaar in time with grounds is heard, decided ongegrond and the letter with the beroep clause goes by post")
	void opTijdOngegrond() {
		ProcessInstance bezwaar = startByKey(validStart(hoofdzaak(BEZWAAR_DEADLINE)));

		assertThat(bezwaar)
			.hasPassed("BezwaarRegistreren", "IsBezwaarGemotiveerd", "GrondenSamenvoegen", "BehandelingSamenvoegen",
					"BehandelingGestart", "IsBezwaarTijdig", "TijdigheidVastgesteld", "IsHorenNodig")
			.isWaitingAtExactly(BEHANDELEN, "Horen");
		assertThat(bezwaar.getBusinessKey()).matches("BZW-2026-\\d{6}");
		assertThat(bezwaar).variables()
			.containsEntry(BezwaarVariabelen.ZAAKNUMMER, bezwaar.getBusinessKey())
			.containsEntry(BezwaarVariabelen.ONTVANGST_DATUM, "2026-09-15")
			.containsEntry(BezwaarVariabelen.BEZWAAR_DEADLINE, BEZWAAR_DEADLINE)
			.containsEntry(BezwaarVariabelen.TIJDIG, true)
			.containsEntry(BezwaarVariabelen.ADVIESCOMMISSIE, false)
			.containsEntry(BESLIS_DEADLINE, BESLIS_DEADLINE_2026_11_13)
			.containsEntry(BezwaarVariabelen.VERDAAGD, false)
			.containsEntry(BezwaarVariabelen.GRONDEN, GRONDEN)
			.containsEntry(BezwaarVariabelen.NIEUW_BESLUIT_GROEP, "juridisch")
			.doesNotContainKey(MOTIVERING);
		assertThat(task("Horen", bezwaar)).hasCandidateGroup("juridisch").hasDueDate(at("2026-11-13T23:59:59+01:00"));
		assertThat(timer(bezwaar, "BeslistermijnVerstreken").getDuedate()).isEqualTo(at("2026-11-14T00:00:00+01:00"));

		complete(bezwaar, "Horen", Map.of(GEHOORD, true, "hoorverslag", "Mevrouw lichtte toe."));
		complete(bezwaar, "BeslissenOpBezwaar", Map.of(BESLISSING, BezwaarVariabelen.ONGEGROND, MOTIVERING,
				"Uw dochter woont bij u in en kan het huishouden doen."));

		assertThat(bezwaar)
			.hasPassed("IsAdviesNodig", "IsTermijnVerlengingGekozen", "IsBeslist", "IsHerroepen", "BehandelingAfgerond",
					"IsVerlengingGekozen", "VerzendenSamenvoegen")
			.hasNotPassed("AdviesCommissie", "NieuwBesluitNemen")
			.isWaitingAtExactly("BeslissingVerzenden");
		executeJob(bezwaar, "BeslissingVerzenden");

		assertThat(bezwaar).hasPassed("OpBezwaarBeslist").isEnded();
		assertThat(variable(bezwaar, BezwaarVariabelen.RESULTAAT)).isEqualTo(BezwaarVariabelen.ONGEGROND);
		assertThat(variable(bezwaar, BezwaarVariabelen.BESLISSING_VERZONDEN)).isEqualTo("2026-09-15");
		// Tuesday 15 September + 6 weeks: Tuesday 27 October 2026, a working day
		assertThat(variable(bezwaar, BezwaarVariabelen.BEROEP_DEADLINE)).isEqualTo("2026-10-27");
		assertThat(verzondenAan(bezwaar.getBusinessKey() + "/beslissing-op-bezwaar")).isEqualTo("printpost");
		String brief = brief(bezwaar, BezwaarVariabelen.BESLISSING_DOCUMENT);
		assertThat(brief).contains("Beslissing op uw bezwaar", "Beste J. de Vries,", bezwaar.getBusinessKey(),
				"Wij hebben uw bezwaar ontvangen op 15 september 2026",
				"Uw bezwaar is ongegrond. Dat betekent: wij vinden dat ons besluit klopt.",
				"Uw dochter woont bij u in en kan het huishouden doen.", "Wij hebben met u gesproken over uw bezwaar");
		assertBeroepsclausule(brief, "15 september 2026", "27 oktober 2026");
		assertThat(brief).doesNotContain("nieuw besluit", "nieuwe besluit", "commissie", "niet-ontvankelijk",
				"Uw bezwaar is gegrond", "voor een deel gegrond", "bezwaar maken tot en met", "Stuur uw bezwaar");
	}

	@Test
	@DisplayName("Awb 6:9: posted on the last day of the term and received a week later, the bezwaar is on time")
	void perPostOpTijd() {
		String hoofdzaak = hoofdzaak(BEZWAAR_DEADLINE);
		clockAt("2026-10-09T09:00:00+02:00");
		Map<String, Object> start = validStart(hoofdzaak);
		// term until Friday 2 October; posted that day, received Friday 9 October: the
		// week after the term ends on 9 October
		start.put(BezwaarVariabelen.VERZEND_DATUM, "2026-10-02");
		start.put(BezwaarVariabelen.ONTVANGST_DATUM, "2026-10-09");

		ProcessInstance bezwaar = startByMessage(start);

		assertThat(bezwaar).hasPassed("BezwaarOntvangen")
			.isWaitingAtExactly(BEHANDELEN, "Horen")
			.variables()
			.containsEntry(BezwaarVariabelen.TIJDIG, true)
			.containsEntry(BESLIS_DEADLINE, BESLIS_DEADLINE_2026_11_13);
	}

	@Test
	@DisplayName("Awb 6:9: posted in time but received after the week, the bezwaar is late; not excusable, it is niet-ontvankelijk by letter")
	void perPostTeLaatNietVerschoonbaar() {
		String hoofdzaak = hoofdzaak(BEZWAAR_DEADLINE);
		clockAt("2026-10-12T09:00:00+02:00");
		Map<String, Object> start = validStart(hoofdzaak);
		// received Monday 12 October, after the week that ended Friday 9 October
		start.put(BezwaarVariabelen.VERZEND_DATUM, "2026-10-02");
		start.put(BezwaarVariabelen.ONTVANGST_DATUM, "2026-10-12");

		ProcessInstance bezwaar = startByKey(start);

		assertThat(bezwaar).isWaitingAtExactly(BEHANDELEN, "VerschoonbaarheidBeoordelen")
			.variables()
			.containsEntry(BezwaarVariabelen.TIJDIG, false);
		assertThat(task("VerschoonbaarheidBeoordelen", bezwaar)).hasCandidateGroup("juridisch")
			.hasDueDate(at("2026-11-13T23:59:59+01:00"));
		complete(bezwaar, "VerschoonbaarheidBeoordelen", Map.of(BezwaarVariabelen.VERSCHOONBAAR, false, MOTIVERING,
				"U was in die weken gewoon thuis en had de brief ontvangen."));

		assertThat(bezwaar).hasPassed("IsTeLaatVerschoonbaar", "BezwaarNietOntvankelijkVerklaard")
			.hasNotPassed("Horen", "BeslissenOpBezwaar")
			.isWaitingAtExactly("BeslissingVerzenden");
		executeJob(bezwaar, "BeslissingVerzenden");
		assertThat(bezwaar).isEnded();
		assertThat(variable(bezwaar, BezwaarVariabelen.RESULTAAT)).isEqualTo(BezwaarVariabelen.NIET_ONTVANKELIJK);
		String brief = brief(bezwaar, BezwaarVariabelen.BESLISSING_DOCUMENT);
		assertThat(brief).contains("Wij behandelen uw bezwaar niet. Dat heet: uw bezwaar is niet-ontvankelijk.",
				"U kon bezwaar maken tot en met 2 oktober 2026", "Wij hebben uw bezwaar ontvangen op 12 oktober 2026",
				"Uw bezwaar was dus te laat", "U was in die weken gewoon thuis en had de brief ontvangen.");
		// Monday 12 October + 6 weeks: Monday 23 November 2026
		assertBeroepsclausule(brief, "12 oktober 2026", "23 november 2026");
		assertThat(brief).doesNotContain("Wij hebben met u gesproken", "Wij hebben u niet gehoord", "nieuwe besluit",
				"In uw bezwaar stond niet waarom");
	}

	@Test
	@DisplayName("a late bezwaar whose lateness the jurist excuses is treated; not heard because the indiener waived it; gegrond")
	void teLaatMaarVerschoonbaar() {
		String hoofdzaak = hoofdzaak(BEZWAAR_DEADLINE);
		clockAt("2026-10-06T09:00:00+02:00");
		Map<String, Object> start = validStart(hoofdzaak);
		start.put(BezwaarVariabelen.ONTVANGST_DATUM, "2026-10-05");
		ProcessInstance bezwaar = startByKey(start);
		assertThat(bezwaar).isWaitingAtExactly(BEHANDELEN, "VerschoonbaarheidBeoordelen");

		complete(bezwaar, "VerschoonbaarheidBeoordelen", Map.of(BezwaarVariabelen.VERSCHOONBAAR, true));
		complete(bezwaar, "Horen", Map.of(GEHOORD, false, AFZIEN_REDEN, BezwaarVariabelen.AFGEZIEN));
		complete(bezwaar, "BeslissenOpBezwaar",
				Map.of(BESLISSING, BezwaarVariabelen.GEGROND, MOTIVERING, "U heeft gelijk: de hulp is te laag."));

		assertThat(bezwaar).hasPassed("IsTeLaatVerschoonbaar", "Horen", "IsHerroepen")
			.isWaitingAtExactly(BEHANDELEN, "NieuwBesluitNemen");
		assertThat(task("NieuwBesluitNemen", bezwaar)).hasCandidateGroup("juridisch")
			.hasDueDate(at("2026-11-13T23:59:59+01:00"));
		complete(bezwaar, "NieuwBesluitNemen", Map.of(BezwaarVariabelen.NIEUW_BESLUIT,
				"Wij geven u huishoudelijke hulp, 4 uur per week, vanaf 1 november 2026."));
		executeJob(bezwaar, "BeslissingVerzenden");

		assertThat(variable(bezwaar, BezwaarVariabelen.RESULTAAT)).isEqualTo(BezwaarVariabelen.GEGROND);
		String brief = brief(bezwaar, BezwaarVariabelen.BESLISSING_DOCUMENT);
		assertThat(brief).contains("Uw bezwaar is gegrond. Dat betekent: u heeft gelijk.", "Dat heet herroepen.",
				"Ons nieuwe besluit", "Wij geven u huishoudelijke hulp, 4 uur per week, vanaf 1 november 2026.",
				"U heeft ons laten weten dat u uw bezwaar niet aan ons wilde komen uitleggen.",
				"Dat geldt ook voor ons nieuwe besluit.");
		assertBeroepsclausule(brief, "6 oktober 2026", "17 november 2026");
		assertThat(brief).doesNotContain("Uw bezwaar was dus te laat", "Wij hebben met u gesproken");
	}

	@Test
	@DisplayName("a late bezwaar completed without an answer on excusability is niet-ontvankelijk")
	void teLaatZonderAntwoord() {
		String hoofdzaak = hoofdzaak(BEZWAAR_DEADLINE);
		clockAt("2026-10-20T09:00:00+02:00");
		ProcessInstance bezwaar = startByKey(validStart(hoofdzaak));

		complete(bezwaar, "VerschoonbaarheidBeoordelen", Map.of());
		executeJob(bezwaar, "BeslissingVerzenden");

		assertThat(bezwaar).hasPassed("BezwaarNietOntvankelijkVerklaard").isEnded();
		assertThat(variable(bezwaar, BezwaarVariabelen.RESULTAAT)).isEqualTo(BezwaarVariabelen.NIET_ONTVANKELIJK);
	}

	@Test
	@DisplayName("pro forma: a letter asks for the grounds; they come 4 days into the decision term, which is lengthened with the Atw once")
	void proFormaGrondenAangevuld() {
		// The bezwaar term ends Friday 13 November 2026; the bezwaar without grounds
		// arrives that day.
		String hoofdzaak = hoofdzaak("2026-11-13");
		clockAt("2026-11-13T10:00:00+01:00");
		Map<String, Object> start = validStart(hoofdzaak);
		start.remove(MOTIVERING);

		ProcessInstance bezwaar = startByMessage(start);

		// 13 November + 6 weeks: Friday 25 December, Eerste Kerstdag, so Monday 28
		// December
		assertThat(bezwaar).hasPassed("IsBezwaarGemotiveerd")
			.isWaitingAtExactly("GrondenOpvragen")
			.variables()
			.containsEntry(BESLIS_DEADLINE, "2026-12-28")
			.doesNotContainKey(BezwaarVariabelen.GRONDEN);
		executeJob(bezwaar, "GrondenOpvragen");

		// 13 November + 2 weeks: Friday 27 November
		assertThat(bezwaar).isWaitingAtExactly("GrondenAanvullen")
			.variables()
			.containsEntry(BezwaarVariabelen.GRONDEN_GEVRAAGD_OP, "2026-11-13")
			.containsEntry(BezwaarVariabelen.HERSTELTERMIJN_DEADLINE, "2026-11-27");
		assertThat(task("GrondenAanvullen", bezwaar)).hasCandidateGroup("juridisch")
			.hasDueDate(at("2026-11-27T23:59:59+01:00"));
		assertThat(timer(bezwaar, "HersteltermijnVerstreken").getDuedate()).isEqualTo(at("2026-11-28T00:00:00+01:00"));
		assertThat(verzondenAan(bezwaar.getBusinessKey() + "/bezwaar-gronden-verzoek")).isEqualTo("printpost");
		String verzoek = brief(bezwaar, BezwaarVariabelen.GRONDEN_VERZOEK_DOCUMENT);
		assertThat(verzoek).contains("Wij missen de reden van uw bezwaar", "Beste J. de Vries,",
				"In uw bezwaar staat niet waarom u het niet eens bent met ons besluit.",
				"Zorg dat wij uw brief uiterlijk op 27 november 2026 hebben.",
				"Dan behandelen wij uw bezwaar niet. Dat heet: uw bezwaar is niet-ontvankelijk.",
				"Zolang wij op uw reden wachten, telt die tijd niet mee.", bezwaar.getBusinessKey());
		assertThat(verzoek).doesNotContain("Stuur uw bezwaar uiterlijk", "beroep");

		// Registered on Thursday 19 November; the grounds came Wednesday 18 November.
		clockAt("2026-11-19T11:00:00+01:00");
		complete(bezwaar, "GrondenAanvullen",
				Map.of(MOTIVERING, GRONDEN, BezwaarVariabelen.GRONDEN_ONTVANGST_DATUM, "2026-11-18"));

		// Suspended 14, 15, 16 and 17 November: 4 days. 13 November + 6 weeks + 4 days is
		// Tuesday 29 December, a working day. (Not the Atw end 28 December + 4 days =
		// Nieuwjaarsdag, extended to Monday 4 January 2027.)
		assertThat(bezwaar).hasPassed("BeslistermijnHervatten", "IsGrondenAangevuld", "GrondenSamenvoegen")
			.isWaitingAtExactly(BEHANDELEN, "Horen")
			.variables()
			.containsEntry(BezwaarVariabelen.GRONDEN, GRONDEN)
			.containsEntry(BezwaarVariabelen.GRONDEN_AANGEVULD, true)
			.containsEntry(BezwaarVariabelen.OPGESCHORTE_DAGEN, 4L)
			.containsEntry(BESLIS_DEADLINE, "2026-12-29")
			.doesNotContainKey(MOTIVERING);
		assertThat(task("Horen", bezwaar)).hasDueDate(at("2026-12-29T23:59:59+01:00"));
		assertThat(timer(bezwaar, "BeslistermijnVerstreken").getDuedate()).isEqualTo(at("2026-12-30T00:00:00+01:00"));

		// Not heard: clearly unfounded (Awb 7:3 b); then only ongegrond fits.
		complete(bezwaar, "Horen", Map.of(GEHOORD, false, AFZIEN_REDEN, BezwaarVariabelen.KENNELIJK_ONGEGROND));
		String beslissen = task("BeslissenOpBezwaar", bezwaar).getId();
		List<Violation> refused = Weigering.van(() -> this.tasks.complete(beslissen,
				withVariables(BESLISSING, BezwaarVariabelen.GEGROND, MOTIVERING, "Toch gelijk.")));
		assertThat(refused).extracting(Violation::variable).containsExactly(BESLISSING);
		complete(bezwaar, "BeslissenOpBezwaar",
				Map.of(BESLISSING, BezwaarVariabelen.ONGEGROND, MOTIVERING, "Het besluit klopt."));
		executeJob(bezwaar, "BeslissingVerzenden");

		assertThat(variable(bezwaar, BezwaarVariabelen.RESULTAAT)).isEqualTo(BezwaarVariabelen.ONGEGROND);
		assertThat(brief(bezwaar, BezwaarVariabelen.BESLISSING_DOCUMENT)).contains(
				"Wij hebben u niet gehoord. Dat hoeft niet als meteen duidelijk is dat uw bezwaar ongegrond is",
				"Het besluit klopt.");
	}

	@Test
	@DisplayName("pro forma: the jurist closes the wait without grounds; the bezwaar is niet-ontvankelijk by letter")
	void proFormaZonderGronden() {
		String hoofdzaak = hoofdzaak("2026-11-13");
		clockAt("2026-11-13T10:00:00+01:00");
		Map<String, Object> start = validStart(hoofdzaak);
		start.put(MOTIVERING, " ");
		ProcessInstance bezwaar = startByKey(start);
		executeJob(bezwaar, "GrondenOpvragen");

		clockAt("2026-11-24T10:00:00+01:00");
		complete(bezwaar, "GrondenAanvullen", Map.of());

		// suspended 14 to 23 November: 10 days; 25 December + 10 days is Monday 4
		// January 2027
		assertThat(bezwaar).hasPassed("BeslistermijnHervatten", "IsGrondenAangevuld", "GrondenOntbreken")
			.hasNotPassed(BEHANDELEN)
			.isWaitingAtExactly("BeslissingVerzenden")
			.variables()
			.containsEntry(BezwaarVariabelen.GRONDEN_AANGEVULD, false)
			.containsEntry(BezwaarVariabelen.OPGESCHORTE_DAGEN, 10L)
			.containsEntry(BESLIS_DEADLINE, "2027-01-04")
			.containsEntry(BESLISSING, BezwaarVariabelen.NIET_ONTVANKELIJK);
		executeJob(bezwaar, "BeslissingVerzenden");

		assertThat(bezwaar).hasPassed("OpBezwaarBeslist").isEnded();
		assertThat(variable(bezwaar, BezwaarVariabelen.RESULTAAT)).isEqualTo(BezwaarVariabelen.NIET_ONTVANKELIJK);
		String brief = brief(bezwaar, BezwaarVariabelen.BESLISSING_DOCUMENT);
		assertThat(brief).contains("Wij behandelen uw bezwaar niet.",
				"In uw bezwaar stond niet waarom u het niet eens bent met ons besluit.",
				"Wij hebben u op 13 november 2026 gevraagd om ons dat uiterlijk op 27 november 2026 te laten weten.",
				"Wij hebben die reden niet van u gekregen.");
		// Tuesday 24 November + 6 weeks: Tuesday 5 January 2027
		assertBeroepsclausule(brief, "24 november 2026", "5 januari 2027");
		assertThat(brief).doesNotContain("Uw bezwaar was dus te laat", "gehoord", "gesproken");
	}

	@Test
	@DisplayName("pro forma: when the hersteltermijn passes unused the timer ends the wait, the term runs again and the bezwaar is niet-ontvankelijk")
	void proFormaHersteltermijnVerstreken() {
		String hoofdzaak = hoofdzaak("2026-11-13");
		clockAt("2026-11-13T10:00:00+01:00");
		Map<String, Object> start = validStart(hoofdzaak);
		start.remove(MOTIVERING);
		ProcessInstance bezwaar = startByKey(start);
		executeJob(bezwaar, "GrondenOpvragen");
		Job timer = timer(bezwaar, "HersteltermijnVerstreken");
		assertThat(timer.getDuedate()).isEqualTo(at("2026-11-28T00:00:00+01:00"));

		clockAt("2026-11-27T23:59:59+01:00");
		assertThat(executableJobs(bezwaar)).as("the last day of the hersteltermijn").isZero();
		clockAt("2026-11-28T00:00:00+01:00");
		assertThat(executableJobs(bezwaar)).isOne();
		this.management.executeJob(timer.getId());

		// suspended 14 to 27 November: 14 days; 13 November + 6 weeks + 14 days is Friday
		// 8 January 2027
		assertThat(this.history.createHistoricTaskInstanceQuery()
			.processInstanceId(bezwaar.getId())
			.taskDefinitionKey("GrondenAanvullen")
			.singleResult()
			.getDeleteReason()).as("the task was ended by the timer, not completed").isNotEqualTo("completed");
		assertThat(bezwaar).hasPassed("HersteltermijnVerstreken", "BeslistermijnHervatten", "GrondenOntbreken")
			.isWaitingAtExactly("BeslissingVerzenden")
			.variables()
			.containsEntry(BezwaarVariabelen.OPGESCHORTE_DAGEN, 14L)
			.containsEntry(BESLIS_DEADLINE, "2027-01-08");
		executeJob(bezwaar, "BeslissingVerzenden");
		assertThat(variable(bezwaar, BezwaarVariabelen.RESULTAAT)).isEqualTo(BezwaarVariabelen.NIET_ONTVANKELIJK);
	}

	@Test
	@DisplayName("with an adviescommissie: 12 weeks to Monday 28 December, the committee advises deels-gegrond, a new decision follows")
	void adviescommissieDeelsGegrond() {
		Map<String, Object> start = validStart(hoofdzaak(BEZWAAR_DEADLINE));
		start.put(BezwaarVariabelen.ADVIESCOMMISSIE, true);
		ProcessInstance bezwaar = startByKey(start);

		// 2 October + 12 weeks: Friday 25 December, so Monday 28 December
		assertThat(bezwaar).variables().containsEntry(BESLIS_DEADLINE, "2026-12-28");
		complete(bezwaar, "Horen", Map.of(GEHOORD, true));
		assertThat(bezwaar).isWaitingAtExactly(BEHANDELEN, "AdviesCommissie");
		assertThat(task("AdviesCommissie", bezwaar)).hasCandidateGroup("juridisch")
			.hasDueDate(at("2026-12-28T23:59:59+01:00"));
		String adviesTaak = task("AdviesCommissie", bezwaar).getId();
		assertThat(Weigering.van(() -> this.tasks.complete(adviesTaak))).extracting(Violation::variable)
			.containsExactly(ADVIES);
		complete(bezwaar, "AdviesCommissie", Map.of(ADVIES, BezwaarVariabelen.DEELS_GEGROND));
		complete(bezwaar, "BeslissenOpBezwaar", Map.of(BESLISSING, BezwaarVariabelen.DEELS_GEGROND, MOTIVERING,
				"De begeleiding klopt, de huishoudelijke hulp is te laag."));
		complete(bezwaar, "NieuwBesluitNemen",
				Map.of(BezwaarVariabelen.NIEUW_BESLUIT, "Wij geven u huishoudelijke hulp, 4 uur per week."));
		executeJob(bezwaar, "BeslissingVerzenden");

		assertThat(bezwaar).hasPassed("AdviesCommissie", "NieuwBesluitNemen").isEnded();
		assertThat(variable(bezwaar, BezwaarVariabelen.RESULTAAT)).isEqualTo(BezwaarVariabelen.DEELS_GEGROND);
		String brief = brief(bezwaar, BezwaarVariabelen.BESLISSING_DOCUMENT);
		assertThat(brief).contains("Uw bezwaar is voor een deel gegrond.", "Voor dat deel nemen wij een nieuw besluit.",
				"Ons nieuwe besluit", "Wij geven u huishoudelijke hulp, 4 uur per week.",
				"Een onafhankelijke commissie heeft ons advies gegeven over uw bezwaar.",
				"De commissie vond uw bezwaar voor een deel gegrond.", "Wij volgen dit advies.",
				"voor het deel dat wij herroepen");
		assertThat(brief).doesNotContain("Wij volgen dit advies niet");
	}

	@Test
	@DisplayName("a verdaging while the hearing waits moves the deadline across Christmas to Monday 28 December; a second is refused")
	void verdagingOverKerst() {
		ProcessInstance bezwaar = startByKey(validStart(hoofdzaak(BEZWAAR_DEADLINE)));
		Task first = task("Horen", bezwaar);

		complete(bezwaar, "Horen", Map.of(VERDAGEN, true));

		// 2 October + 6 + 6 weeks: Friday 25 December, so Monday 28 December
		assertThat(bezwaar)
			.hasPassed("IsTermijnVerlengingGekozen", "TermijnVerlengingGekozen", "IsVerlengingGekozen",
					"BeslistermijnVerlengen")
			.isWaitingAtExactly(BEHANDELEN, "Horen")
			.variables()
			.containsEntry(BESLIS_DEADLINE, "2026-12-28")
			.containsEntry(BezwaarVariabelen.VERDAAGD, true)
			.containsEntry(VERDAGEN, false);
		Task again = task("Horen", bezwaar);
		assertThat(again.getId()).isNotEqualTo(first.getId());
		assertThat(again).hasDueDate(at("2026-12-28T23:59:59+01:00"));
		assertThat(timer(bezwaar, "BeslistermijnVerstreken").getDuedate()).isEqualTo(at("2026-12-29T00:00:00+01:00"));
		clockAt("2026-11-20T09:00:00+01:00");
		assertThat(executableJobs(bezwaar)).as("the old deadline has passed, the postponed one has not").isZero();

		List<Violation> refused = Weigering
			.van(() -> this.tasks.complete(again.getId(), withVariables(VERDAGEN, true)));
		assertThat(refused).extracting(Violation::variable).containsExactly(VERDAGEN);
		assertThat(refused.get(0).message()).contains("al een keer verdaagd").contains("7:10 lid 3");

		complete(bezwaar, "Horen", Map.of(GEHOORD, true));
		complete(bezwaar, "BeslissenOpBezwaar",
				Map.of(BESLISSING, BezwaarVariabelen.NIET_ONTVANKELIJK, MOTIVERING, "U bent geen belanghebbende."));
		executeJob(bezwaar, "BeslissingVerzenden");
		assertThat(bezwaar).hasNotPassed("BeslistermijnVerstreken").isEnded();
		assertThat(variable(bezwaar, BezwaarVariabelen.RESULTAAT)).isEqualTo(BezwaarVariabelen.NIET_ONTVANKELIJK);
		assertThat(brief(bezwaar, BezwaarVariabelen.BESLISSING_DOCUMENT)).contains("U bent geen belanghebbende.")
			.doesNotContain("In uw bezwaar stond niet waarom", "Uw bezwaar was dus te laat");
	}

	@Test
	@DisplayName("after the verdaging an uitstel needs the indiener's consent and stays within the setting; then the deadline is the agreed day")
	void uitstelMetInstemming() {
		ProcessInstance bezwaar = startByKey(validStart(hoofdzaak(BEZWAAR_DEADLINE)));
		complete(bezwaar, "Horen", Map.of(GEHOORD, true));
		complete(bezwaar, "BeslissenOpBezwaar", Map.of(VERDAGEN, true));
		assertThat(bezwaar).isWaitingAtExactly(BEHANDELEN, "BeslissenOpBezwaar")
			.variables()
			.containsEntry(BESLIS_DEADLINE, "2026-12-28");
		String taskId = task("BeslissenOpBezwaar", bezwaar).getId();

		List<Violation> zonderInstemming = Weigering.van(() -> this.tasks.complete(taskId, withVariables(UITSTELLEN,
				true, UITSTEL_TOT, "2027-01-29", UITSTEL_INSTEMMING, false, UITSTEL_INSTEMMING_DATUM, "2026-09-15")));
		// 28 December + 3 months is 28 March 2027
		List<Violation> teVer = Weigering.van(() -> this.tasks.complete(taskId, withVariables(UITSTELLEN, true,
				UITSTEL_TOT, "2027-03-29", UITSTEL_INSTEMMING, true, UITSTEL_INSTEMMING_DATUM, "2026-09-15")));
		assertThat(zonderInstemming).extracting(Violation::variable).containsExactly(UITSTEL_INSTEMMING);
		assertThat(zonderInstemming.get(0).message()).contains("7:10 lid 4");
		assertThat(teVer).extracting(Violation::variable).containsExactly(UITSTEL_TOT);
		assertThat(teVer.get(0).message()).contains("28 maart 2027");

		complete(bezwaar, "BeslissenOpBezwaar", Map.of(UITSTELLEN, true, UITSTEL_TOT, "2027-01-29", UITSTEL_INSTEMMING,
				true, UITSTEL_INSTEMMING_DATUM, "2026-09-15"));

		assertThat(bezwaar).isWaitingAtExactly(BEHANDELEN, "BeslissenOpBezwaar")
			.variables()
			.containsEntry(BESLIS_DEADLINE, "2027-01-29")
			.containsEntry(BezwaarVariabelen.UITGESTELD, true)
			.containsEntry(UITSTELLEN, false);
		assertThat(task("BeslissenOpBezwaar", bezwaar)).hasDueDate(at("2027-01-29T23:59:59+01:00"));
		assertThat(timer(bezwaar, "BeslistermijnVerstreken").getDuedate()).isEqualTo(at("2027-01-30T00:00:00+01:00"));
		assertThat(bezwaar).hasPassed("Horen");
		assertThat(this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(bezwaar.getId())
			.activityId("Horen")
			.count()).as("the hearing is not done again").isOne();
	}

	@Test
	@DisplayName("not heard with a reason that does not fit the decision: the jurist hears the indiener after all, then decides")
	void alsnogHoren() {
		ProcessInstance bezwaar = startByKey(validStart(hoofdzaak(BEZWAAR_DEADLINE)));
		String horen = task("Horen", bezwaar).getId();
		assertThat(Weigering.van(() -> this.tasks.complete(horen, withVariables(GEHOORD, false))))
			.extracting(Violation::variable)
			.containsExactly(AFZIEN_REDEN);
		complete(bezwaar, "Horen", Map.of(GEHOORD, false, AFZIEN_REDEN, BezwaarVariabelen.KENNELIJK_NIET_ONTVANKELIJK));

		complete(bezwaar, "BeslissenOpBezwaar", Map.of(ALSNOG_HOREN, true));

		assertThat(bezwaar).isWaitingAtExactly(BEHANDELEN, "Horen");
		complete(bezwaar, "Horen", Map.of(GEHOORD, true));
		assertThat(bezwaar).variables().containsEntry(ALSNOG_HOREN, false);
		complete(bezwaar, "BeslissenOpBezwaar",
				Map.of(BESLISSING, BezwaarVariabelen.ONGEGROND, MOTIVERING, "Het besluit klopt."));
		assertThat(bezwaar).isWaitingAtExactly("BeslissingVerzenden");
	}

	@Test
	@DisplayName("herroeping of a Wmo beschikking: NieuwBesluitNemen goes to wmo-consulent, the letter goes by e-mail to the resident")
	void herroepingWmo() throws Exception {
		ProcessInstance intake = this.runtime.startProcessInstanceByKey("wmo-intake", Map.of("bsn", "123456782", "naam",
				"Fatima el Amrani", "hulpvraag", "Hulp bij het huishouden", "email", "f.elamrani@example.nl"));
		this.runtime.setVariable(intake.getId(), BezwaarVariabelen.BEZWAAR_DEADLINE, BEZWAAR_DEADLINE);
		ProcessInstance bezwaar = startByMessage(validStart(intake.getBusinessKey()));
		assertThat(bezwaar).variables().containsEntry(BezwaarVariabelen.NIEUW_BESLUIT_GROEP, "wmo-consulent");

		complete(bezwaar, "Horen", Map.of(GEHOORD, false, AFZIEN_REDEN, BezwaarVariabelen.VOLLEDIG_TEGEMOETGEKOMEN));
		complete(bezwaar, "BeslissenOpBezwaar",
				Map.of(BESLISSING, BezwaarVariabelen.GEGROND, MOTIVERING, "De hulp is te laag vastgesteld."));

		assertThat(task("NieuwBesluitNemen", bezwaar)).hasCandidateGroup("wmo-consulent");
		assertThat(this.tasks.createTaskQuery()
			.taskCandidateUser("wmo-consulent")
			.processInstanceId(bezwaar.getId())
			.count()).isOne();
		complete(bezwaar, "NieuwBesluitNemen",
				Map.of(BezwaarVariabelen.NIEUW_BESLUIT, "Wij geven u huishoudelijke hulp, 4 uur per week."));
		executeJob(bezwaar, "BeslissingVerzenden");

		assertThat(variable(bezwaar, BezwaarVariabelen.RESULTAAT)).isEqualTo(BezwaarVariabelen.GEGROND);
		MimeMessage[] mails = greenMail.getReceivedMessages();
		assertThat(mails).hasSize(1);
		assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("f.elamrani@example.nl");
		assertThat(mails[0].getSubject()).isEqualTo("Beslissing op uw bezwaar (" + bezwaar.getBusinessKey() + ")");
		String bijlage = PdfText.of(attachment(mails[0]));
		assertThat(bijlage).contains("Beste Fatima el Amrani,", "in zaak " + intake.getBusinessKey(),
				"Wij hebben u niet gehoord, omdat wij u helemaal gelijk geven");
		assertThat(bijlage).isEqualTo(brief(bezwaar, BezwaarVariabelen.BESLISSING_DOCUMENT));
	}

	@Test
	@DisplayName("herroeping of a schuldhulp toelating: NieuwBesluitNemen goes to schuldhulp; the letter reaches the resident of the intake it came from")
	void herroepingSchuldhulp() {
		ProcessInstance intake = this.runtime.startProcessInstanceByKey("wmo-intake",
				Map.of("bsn", "123456782", "naam", "Fatima el Amrani", "hulpvraag", "Hulp bij geldzaken", "postadres",
						"Dorpsstraat 1, 1234 AB Voorbeeld"));
		ProcessInstance verwijzing = this.runtime.startProcessInstanceByKey("verwijzing",
				Map.of("bsn", "123456782", "verwijzerType", "wmo-consulent", "verwijsdoel", "schuldhulp", "reden",
						"Schulden na ontslag", "toestemmingClient", true, "hoofdzaak", intake.getBusinessKey()));
		this.runtime.setVariable(verwijzing.getId(), BezwaarVariabelen.BEZWAAR_DEADLINE, BEZWAAR_DEADLINE);
		ProcessInstance bezwaar = startByKey(validStart(verwijzing.getBusinessKey()));

		complete(bezwaar, "Horen", Map.of(GEHOORD, true));
		complete(bezwaar, "BeslissenOpBezwaar",
				Map.of(BESLISSING, BezwaarVariabelen.GEGROND, MOTIVERING, "U komt wel in aanmerking."));

		assertThat(task("NieuwBesluitNemen", bezwaar)).hasCandidateGroup("schuldhulp");
		complete(bezwaar, "NieuwBesluitNemen",
				Map.of(BezwaarVariabelen.NIEUW_BESLUIT, "U wordt toegelaten tot de schuldhulpverlening."));
		executeJob(bezwaar, "BeslissingVerzenden");

		assertThat(verzondenAan(bezwaar.getBusinessKey() + "/beslissing-op-bezwaar")).isEqualTo("printpost");
		assertThat(brief(bezwaar, BezwaarVariabelen.BESLISSING_DOCUMENT)).contains("Fatima el Amrani",
				"Dorpsstraat 1, 1234 AB Voorbeeld", "U wordt toegelaten tot de schuldhulpverlening.");
	}

	@Test
	@DisplayName("BezwaarIngetrokken by zaaknummer ends the case at once with resultaat ingetrokken")
	void ingetrokken() {
		ProcessInstance bezwaar = startByKey(validStart(hoofdzaak(BEZWAAR_DEADLINE)));

		this.runtime.createMessageCorrelation(BezwaarVariabelen.MESSAGE_BEZWAAR_INGETROKKEN)
			.processInstanceBusinessKey(bezwaar.getBusinessKey())
			.correlate();

		assertThat(bezwaar).hasPassed("BezwaarIngetrokken", "IsBeslissingVerzonden", "Ingetrokken")
			.hasNotPassed("IntrekkingNaBeslissing")
			.isEnded();
		assertThat(variable(bezwaar, BezwaarVariabelen.RESULTAAT)).isEqualTo(BezwaarVariabelen.INGETROKKEN);
		assertThat(this.tasks.createTaskQuery().processInstanceId(bezwaar.getId()).count()).isZero();
	}

	@Test
	@DisplayName("the decision term passes: a task for juridisch beside the open hearing; no verdaging then; a withdrawal after the letter keeps the beslissing")
	void beslistermijnVerstreken() {
		ProcessInstance bezwaar = startByKey(validStart(hoofdzaak(BEZWAAR_DEADLINE)));
		assertThat(timer(bezwaar, "BeslistermijnVerstreken").getDuedate()).isEqualTo(at("2026-11-14T00:00:00+01:00"));
		clockAt("2026-11-13T23:59:59+01:00");
		assertThat(executableJobs(bezwaar)).as("not passed on the last day of the term").isZero();

		clockAt("2026-11-14T00:00:00+01:00");
		assertThat(executableJobs(bezwaar)).isOne();
		this.management.executeJob(timer(bezwaar, "BeslistermijnVerstreken").getId());

		assertThat(bezwaar).hasPassed("BeslistermijnVerstreken")
			.isWaitingAtExactly(BEHANDELEN, "Horen", "TermijnoverschrijdingAfhandelen")
			.variables()
			.containsEntry(BezwaarVariabelen.BESLIS_TERMIJN_OVERSCHREDEN, true);
		assertThat(task("TermijnoverschrijdingAfhandelen", bezwaar)).hasCandidateGroup("juridisch");
		String horen = task("Horen", bezwaar).getId();
		List<Violation> refused = Weigering.van(() -> this.tasks.complete(horen, withVariables(VERDAGEN, true)));
		assertThat(refused).extracting(Violation::message)
			.singleElement()
			.asString()
			.contains("op 13 november 2026 verstreken");

		complete(bezwaar, "Horen", Map.of(GEHOORD, true));
		complete(bezwaar, "BeslissenOpBezwaar",
				Map.of(BESLISSING, BezwaarVariabelen.ONGEGROND, MOTIVERING, "Het besluit klopt."));
		executeJob(bezwaar, "BeslissingVerzenden");
		assertThat(bezwaar).hasPassed("OpBezwaarBeslist").isWaitingAtExactly("TermijnoverschrijdingAfhandelen");

		this.runtime.createMessageCorrelation(BezwaarVariabelen.MESSAGE_BEZWAAR_INGETROKKEN)
			.processInstanceBusinessKey(bezwaar.getBusinessKey())
			.correlate();

		assertThat(bezwaar).hasPassed("IsBeslissingVerzonden", "IntrekkingNaBeslissing")
			.hasNotPassed("Ingetrokken")
			.isEnded();
		assertThat(variable(bezwaar, BezwaarVariabelen.RESULTAAT)).isEqualTo(BezwaarVariabelen.ONGEGROND);
	}

	@Test
	@DisplayName("the overdue task done, the case ends with the beslissing")
	void overschrijdingAfgehandeld() {
		ProcessInstance bezwaar = startByKey(validStart(hoofdzaak(BEZWAAR_DEADLINE)));
		assertThat(timer(bezwaar, "BeslistermijnVerstreken").getDuedate()).isEqualTo(at("2026-11-14T00:00:00+01:00"));
		clockAt("2026-11-14T00:00:00+01:00");
		this.management.executeJob(timer(bezwaar, "BeslistermijnVerstreken").getId());
		complete(bezwaar, "TermijnoverschrijdingAfhandelen", Map.of("indienerGeinformeerd", true));
		complete(bezwaar, "Horen", Map.of(GEHOORD, true));
		complete(bezwaar, "BeslissenOpBezwaar",
				Map.of(BESLISSING, BezwaarVariabelen.ONGEGROND, MOTIVERING, "Het besluit klopt."));
		executeJob(bezwaar, "BeslissingVerzenden");

		assertThat(bezwaar).hasPassed("TermijnoverschrijdingAfgehandeld", "OpBezwaarBeslist").isEnded();
	}

	@Test
	@DisplayName("a start without hoofdzaak, with an unknown one or one without a bezwaar term is refused naming hoofdzaak, and leaves nothing behind")
	void hoofdzaakGeweigerd() {
		long before = bezwaarCount();
		ProcessInstance zonderBeschikking = this.runtime.startProcessInstanceByKey(ProefZaak.KEY,
				ProefZaak.validStart());
		Map<String, Object> zonder = validStart(hoofdzaak(BEZWAAR_DEADLINE));
		zonder.remove(BezwaarVariabelen.HOOFDZAAK);

		assertThat(Weigering.van(() -> startByKey(zonder))).extracting(Violation::variable)
			.containsExactly(BezwaarVariabelen.HOOFDZAAK);
		assertThat(Weigering.van(() -> startByKey(validStart("PRF-2026-999999")))).extracting(Violation::message)
			.singleElement()
			.asString()
			.contains("Er is geen zaak met zaaknummer PRF-2026-999999");
		assertThat(Weigering.van(() -> startByMessage(validStart(zonderBeschikking.getBusinessKey()))))
			.extracting(Violation::message)
			.singleElement()
			.asString()
			.contains("heeft geen bezwaartermijn");
		assertThat(bezwaarCount()).isEqualTo(before);
	}

	@Test
	@DisplayName("a bad BSN, an ontvangstDatum in the future or not ISO, a postmark after receipt or in the future are refused naming each")
	void startGeweigerd() {
		String hoofdzaak = hoofdzaak(BEZWAAR_DEADLINE);
		Map<String, Object> bsn = validStart(hoofdzaak);
		bsn.put(BezwaarVariabelen.BSN, "123456789");
		Map<String, Object> toekomst = validStart(hoofdzaak);
		toekomst.put(BezwaarVariabelen.ONTVANGST_DATUM, "2026-09-16");
		Map<String, Object> notIso = validStart(hoofdzaak);
		notIso.put(BezwaarVariabelen.ONTVANGST_DATUM, "15-09-2026");
		Map<String, Object> naOntvangst = validStart(hoofdzaak);
		naOntvangst.put(BezwaarVariabelen.ONTVANGST_DATUM, "2026-09-10");
		naOntvangst.put(BezwaarVariabelen.VERZEND_DATUM, "2026-09-11");
		Map<String, Object> verzendToekomst = validStart(hoofdzaak);
		verzendToekomst.put(BezwaarVariabelen.VERZEND_DATUM, "2026-09-16");
		Map<String, Object> types = validStart(hoofdzaak);
		types.put(MOTIVERING, 42L);
		types.put(BezwaarVariabelen.ADVIESCOMMISSIE, "ja");

		assertThat(fields(Weigering.van(() -> startByMessage(bsn)))).containsExactly(BezwaarVariabelen.BSN);
		assertThat(Weigering.van(() -> startByKey(toekomst))).extracting(Violation::variable, Violation::message)
			.containsExactly(tuple(BezwaarVariabelen.ONTVANGST_DATUM, "De datum mag niet in de toekomst liggen."));
		assertThat(fields(Weigering.van(() -> startByMessage(notIso))))
			.containsExactly(BezwaarVariabelen.ONTVANGST_DATUM);
		assertThat(Weigering.van(() -> startByKey(naOntvangst))).extracting(Violation::variable, Violation::message)
			.containsExactly(tuple(BezwaarVariabelen.VERZEND_DATUM,
					"De verzenddatum (poststempel) kan niet na de datum van ontvangst liggen."));
		assertThat(Weigering.van(() -> startByKey(verzendToekomst))).extracting(Violation::message)
			.containsExactly("De datum mag niet in de toekomst liggen.");
		assertThat(fields(Weigering.van(() -> startByMessage(types)))).containsExactly(MOTIVERING,
				BezwaarVariabelen.ADVIESCOMMISSIE);
	}

	@Test
	@DisplayName("message BezwaarOntvangen starts a bezwaar while the hoofdzaak runs and after it has ended, and leaves it alone")
	void bijLopendeEnAfgerondeHoofdzaak() {
		ProcessInstance lopend = this.runtime.startProcessInstanceByKey(ProefZaak.KEY, ProefZaak.validStart());
		this.runtime.setVariable(lopend.getId(), BezwaarVariabelen.BEZWAAR_DEADLINE, BEZWAAR_DEADLINE);
		ProcessInstance afgerond = this.runtime.startProcessInstanceByKey(ProefZaak.KEY, ProefZaak.validStart());
		this.runtime.setVariable(afgerond.getId(), BezwaarVariabelen.BEZWAAR_DEADLINE, BEZWAAR_DEADLINE);
		this.tasks.complete(task("ZaakBeoordelen", afgerond).getId(), withVariables("besluit", "afwijzen"));
		this.tasks.complete(task("BesluitAccorderen", afgerond).getId(), withVariables("akkoord", true));
		assertThat(afgerond).isEnded();

		ProcessInstance bijLopend = startByMessage(validStart(lopend.getBusinessKey()));
		ProcessInstance bijAfgerond = startByMessage(validStart(afgerond.getBusinessKey()));

		assertThat(bijLopend).isWaitingAtExactly(BEHANDELEN, "Horen")
			.variables()
			.containsEntry(BezwaarVariabelen.HOOFDZAAK, lopend.getBusinessKey());
		assertThat(lopend).isWaitingAtExactly("ZaakBeoordelen");
		assertThat(bijAfgerond).isWaitingAtExactly(BEHANDELEN, "Horen")
			.variables()
			.containsEntry(BezwaarVariabelen.BEZWAAR_DEADLINE, BEZWAAR_DEADLINE);
	}

	private static void assertBeroepsclausule(String brief, String verzonden, String beroepDeadline) {
		assertThat(brief).contains("Bent u het niet eens met deze beslissing?",
				"Dan kunt u beroep instellen bij de Rechtbank Voorbeeld.",
				"Die 6 weken beginnen op de dag nadat wij deze brief hebben verstuurd.",
				"Wij hebben deze brief verstuurd op " + verzonden + ".",
				"U kunt beroep instellen tot en met " + beroepDeadline + ".", "Stuur ook een kopie van deze brief mee.",
				"griffierecht", "Dat heet een voorlopige voorziening. Dat kan alleen als u ook beroep instelt.");
	}

	private ProcessInstance startByKey(Map<String, Object> variables) {
		return this.runtime.startProcessInstanceByKey(BezwaarVariabelen.PROCESS_KEY, variables);
	}

	private ProcessInstance startByMessage(Map<String, Object> variables) {
		return this.runtime.createMessageCorrelation(BezwaarVariabelen.MESSAGE_BEZWAAR_ONTVANGEN)
			.setVariables(variables)
			.correlateWithResult()
			.getProcessInstance();
	}

	/** A running case of the test process whose beschikking has this bezwaar term. */
	private String hoofdzaak(String bezwaarDeadline) {
		ProcessInstance hoofdzaak = this.runtime.startProcessInstanceByKey(ProefZaak.KEY, ProefZaak.validStart());
		this.runtime.setVariable(hoofdzaak.getId(), BezwaarVariabelen.BEZWAAR_DEADLINE, bezwaarDeadline);
		return hoofdzaak.getBusinessKey();
	}

	private static Map<String, Object> validStart(String hoofdzaak) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(BezwaarVariabelen.HOOFDZAAK, hoofdzaak);
		variables.put(BezwaarVariabelen.BSN, "123456782");
		variables.put(MOTIVERING, GRONDEN);
		return variables;
	}

	private Task task(String key, ProcessInstance instance) {
		return this.tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
	}

	private void complete(ProcessInstance instance, String key, Map<String, Object> variables) {
		Task task = task(key, instance);
		assertThat(task).as("open task " + key).isNotNull();
		this.tasks.complete(task.getId(), variables);
	}

	/** Runs the asynchronous step waiting at this activity, as the job executor would. */
	private void executeJob(ProcessInstance instance, String activityId) {
		Job job = this.management.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(activityId)
			.singleResult();
		assertThat(job).as("job at " + activityId).isNotNull();
		assertThat(job.getDuedate()).as("an asynchronous step, not a timer").isNull();
		this.management.executeJob(job.getId());
	}

	private Job timer(ProcessInstance instance, String activityId) {
		return this.management.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(activityId)
			.timers()
			.singleResult();
	}

	private long executableJobs(ProcessInstance instance) {
		return this.management.createJobQuery().processInstanceId(instance.getId()).executable().count();
	}

	private Object variable(ProcessInstance instance, String name) {
		return historic(instance, name).getValue();
	}

	private HistoricVariableInstance historic(ProcessInstance instance, String name) {
		return this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(name)
			.singleResult();
	}

	/** The text of a letter the case kept as it was sent. */
	private String brief(ProcessInstance instance, String name) {
		FileValue document = (FileValue) historic(instance, name).getTypedValue();
		try (InputStream pdf = document.getValue()) {
			assertThat(document.getMimeType()).isEqualTo("application/pdf");
			return PdfText.of(pdf.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String verzondenAan(String sleutel) {
		return this.jdbc.queryForObject("select ontvanger from verzonden_bericht where sleutel = ?", String.class,
				sleutel);
	}

	private long bezwaarCount() {
		return this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(BezwaarVariabelen.PROCESS_KEY)
			.count();
	}

	private static byte[] attachment(MimeMessage mail) throws Exception {
		Multipart parts = (Multipart) mail.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			Part part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				return part.getInputStream().readAllBytes();
			}
		}
		throw new AssertionError("Geen bijlage in de mail");
	}

	private static List<String> fields(List<Violation> violations) {
		return violations.stream().map(Violation::variable).toList();
	}

	private static void clockAt(String offsetDateTime) {
		ClockUtil.setCurrentTime(at(offsetDateTime));
	}

	private static Date at(String offsetDateTime) {
		return Date.from(OffsetDateTime.parse(offsetDateTime).toInstant());
	}

}
