package nl.kantel.transformatiefonds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import nl.kantel.KantelRest;
import nl.kantel.KantelRest.Answer;
import nl.kantel.Zaakverloop;

/**
 * A whole application to the Transformatiefonds over the REST API of the running
 * application, as a portal and the fund's staff would do it: the programmamanager gives
 * the fund room, a portal applies, the team, the committee, the programmamanager and the
 * wethouder work their tasks, the portal brings the progress report and the
 * eindverantwoording, and the team sets the final amount lower than granted. The engine
 * clock stands on Monday 2 November 2026 when the application arrives; no timer runs. The
 * fund's balances are shared with other tests in the same database, so the scenario gives
 * itself exactly the room it needs and asserts what its own case moved.
 */
abstract class FondsAanvraagRestContract {

	private static final String FONDS = "/api/fondsen/transformatiefonds";

	private static final String START = "/engine-rest/process-definition/key/transformatiefonds-aanvraag/start";

	private static final String MESSAGE = "/engine-rest/message";

	private static final String EMAIL = "info@buurtkeuken.example";

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	TestRestTemplate template;

	@BeforeEach
	void applicationArrivesOnMonday() {
		Zaakverloop.vandaag("2026-11-02");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("a portal applies for 80,000, 60,000 is granted and accorded by the wethouder, reports come by message, vastgesteld at 45,000")
	void aanvraagTotVaststelling() {
		KantelRest programmamanager = as("programmamanager");
		JsonNode voor = ruimteInFonds(programmamanager, 80_000);

		KantelRest portaal = as("portaal");
		Answer started = portaal.post(START,
				Map.of("variables", KantelRest.typed(AanvraagProcessContract.aanvraag(80_000L, 6L))));
		assertThat(started.status()).as(started.message()).isEqualTo(200);
		String id = started.body().path("id").asText();
		String zaaknummer = started.body().path("businessKey").asText();
		assertThat(zaaknummer).matches("TF-2026-\\d{6}");
		assertThat(portaal.get("/engine-rest/process-instance?businessKey=" + zaaknummer))
			.as("the portal does not read the case it started")
			.satisfiesAnyOf((answer) -> assertThat(answer.status()).isEqualTo(403),
					(answer) -> assertThat(answer.body()).isEmpty());
		assertThat(portaal.get("/engine-rest/process-instance/" + id + "/variables").status()).isIn(403, 404);
		KantelRest admin = as("camunda-admin");
		admin.executeJob(id, "OntvangstBevestigen");
		KantelRest manager = as("manager");
		// 2 November 2026 + 8 weeks: Monday 28 December
		assertThat(historic(manager, id, AanvraagVariabelen.BESLIS_DEADLINE).asText()).isEqualTo("2026-12-28");

		KantelRest team = as("transformatieteam");
		complete(team, zaaknummer, "OntvankelijkheidToetsen", "transformatieteam",
				Map.of(AanvraagVariabelen.VOLLEDIG, true));
		admin.executeJob(id, "BedragReserveren");
		assertThat(saldo(programmamanager).path("beschikbaar").asLong()).as("the whole room reserved").isZero();
		assertThat(historic(manager, id, AanvraagVariabelen.CRITERIA_SCORE).asInt()).isEqualTo(4);

		complete(as("adviescommissie"), zaaknummer, "AdviesCommissie", "adviescommissie",
				Map.of(AanvraagVariabelen.ADVIES_COMMISSIE, "positief", AanvraagVariabelen.ADVIES_TOELICHTING,
						"De buurt vroeg er zelf om."));
		complete(team, zaaknummer, "ProgrammateamToets", "transformatieteam",
				Map.of(AanvraagVariabelen.ADVIES_PROGRAMMATEAM, "Past in het programma."));

		String besluitNemen = taskId(programmamanager, zaaknummer, "BesluitNemen", "programmamanager");
		Answer commissie = as("adviescommissie").post("/engine-rest/task/" + besluitNemen + "/complete",
				Map.of("variables", KantelRest.typed(toekennen(60_000L))));
		assertThat(commissie.status()).as("adviescommissie completes BesluitNemen: " + commissie.message())
			.isIn(403, 404);
		Answer besluit = programmamanager.post("/engine-rest/task/" + besluitNemen + "/submit-form",
				Map.of("variables", KantelRest.typed(toekennen(60_000L))));
		assertThat(besluit.status()).as(besluit.message()).isEqualTo(204);
		// 60,000 is above the accorderingsgrens of 50,000
		// Tasklist sends the read-only amount back, as an Integer: it is left out, the
		// case
		// keeps its Long
		complete(as("wethouder"), zaaknummer, "BesluitAccorderen", "wethouder",
				Map.of(AanvraagVariabelen.AKKOORD, true, AanvraagVariabelen.TOEGEKEND_BEDRAG, 60_000));
		assertThat(manager
			.get("/engine-rest/history/variable-instance?processInstanceId=" + id + "&variableName="
					+ AanvraagVariabelen.TOEGEKEND_BEDRAG)
			.body()
			.get(0)
			.path("type")
			.asText()).isEqualTo("Long");
		admin.executeJob(id, "BesluitVastleggen");
		admin.executeJob(id, "BesluitVersturen");

		// 80,000 reserved, 60,000 granted, 20,000 released; 80% of 60,000 paid as
		// voorschot
		JsonNode naVerlening = saldo(programmamanager);
		assertThat(naVerlening.path("beschikbaar").asLong()).isEqualTo(20_000);
		assertThat(verschil(voor, naVerlening, "gereserveerd")).isZero();
		assertThat(verschil(voor, naVerlening, "toegekend")).isEqualTo(60_000);
		assertThat(verschil(voor, naVerlening, "uitbetaald")).isEqualTo(48_000);
		assertThat(verschil(voor, naVerlening, "vrijgevallen")).isEqualTo(20_000);
		assertThat(historic(manager, id, AanvraagVariabelen.VOORSCHOT_BEDRAG).asLong()).isEqualTo(48_000);
		// six months' looptijd from 2 November 2026: until Sunday 2 May 2027; one report
		// after three months, Tuesday 2 February 2027
		assertThat(historic(manager, id, AanvraagVariabelen.PROJECT_EINDE).asText()).isEqualTo("2027-05-02");
		assertThat(historic(manager, id, AanvraagVariabelen.VOORTGANG_DEADLINE).asText()).isEqualTo("2027-02-02");

		Zaakverloop.vandaag("2027-01-29");
		bericht(portaal, "VoortgangsrapportageOntvangen", zaaknummer,
				Map.of(AanvraagVariabelen.VOORTGANG, "Twintig bewoners koken wekelijks samen."));
		Zaakverloop.vandaag("2027-06-01");
		bericht(portaal, "EindverantwoordingOntvangen", zaaknummer,
				Map.of(AanvraagVariabelen.VERANTWOORDING, "De helft van de activiteiten is uitgevoerd."));
		complete(team, zaaknummer, "SubsidieVaststellen", "transformatieteam",
				Map.of(AanvraagVariabelen.VASTGESTELD_BEDRAG, 45_000L, AanvraagVariabelen.VASTSTELLING_MOTIVERING,
						"De kookcursus voor jongeren is niet gegeven."));
		admin.executeJob(id, "VaststellingVastleggen");
		admin.executeJob(id, "VaststellingVersturen");

		assertThat(manager.get("/engine-rest/history/process-instance/" + id).body().path("state").asText())
			.isEqualTo("COMPLETED");
		assertThat(historic(manager, id, AanvraagVariabelen.RESULTAAT).asText()).isEqualTo("vastgesteld");
		assertThat(historic(manager, id, AanvraagVariabelen.VOORTGANGSRAPPORTAGES).asLong()).isEqualTo(1);
		assertThat(historic(manager, id, AanvraagVariabelen.VERANTWOORDING_UITGEBLEVEN).asBoolean()).isFalse();
		// 48,000 voorschot paid, vastgesteld 45,000: 3,000 claimed back, 15,000 back to
		// the fund
		assertThat(historic(manager, id, AanvraagVariabelen.TERUGVORDERING).asLong()).isEqualTo(3_000);
		assertThat(historic(manager, id, AanvraagVariabelen.NABETALING).asLong()).isZero();
		JsonNode naVaststelling = saldo(team);
		assertThat(naVaststelling.path("beschikbaar").asLong()).isEqualTo(35_000);
		assertThat(verschil(voor, naVaststelling, "gereserveerd")).isZero();
		assertThat(verschil(voor, naVaststelling, "toegekend")).isEqualTo(45_000);
		assertThat(verschil(voor, naVaststelling, "uitbetaald")).isEqualTo(45_000);
		assertThat(verschil(voor, naVaststelling, "vrijgevallen")).isEqualTo(35_000);
		assertThat(verschil(voor, naVaststelling, "budget")).as("the budget set at the start").isZero();
		assertThat(greenMail.getReceivedMessagesForDomain(EMAIL)).as("receipt, beschikking and vaststelling by e-mail")
			.hasSize(3);
	}

	@Test
	@DisplayName("a start with a looptijd of 30 months and an e-mail that is none answers 400 naming both, and leaves no case")
	void slechteStartGeweigerd() {
		KantelRest manager = as("manager");
		String cases = "/engine-rest/history/process-instance/count?processDefinitionKey="
				+ AanvraagVariabelen.PROCESS_KEY;
		long voor = manager.get(cases).body().path("count").asLong();
		Map<String, Object> aanvraag = AanvraagProcessContract.aanvraag(20_000L, 30L);
		aanvraag.put(AanvraagVariabelen.EMAIL, "x");

		Answer refused = as("portaal").post(START, Map.of("variables", KantelRest.typed(aanvraag)));

		assertThat(refused.status()).as(refused.message()).isEqualTo(400);
		assertThat(refused.message()).contains(AanvraagVariabelen.LOOPTIJD_MAANDEN + ": ")
			.contains(AanvraagVariabelen.EMAIL + ": ")
			.doesNotContain(AanvraagVariabelen.GEVRAAGD_BEDRAG);
		assertThat(manager.get(cases).body().path("count").asLong()).isEqualTo(voor);
	}

	@Test
	@DisplayName("only the programmamanager sets the budget: the wethouder and the portal get 403, and the budget stays")
	void budgetAlleenDoorDeProgrammamanager() {
		KantelRest programmamanager = as("programmamanager");
		long budget = saldo(programmamanager).path("budget").asLong();
		Map<String, Object> verhoging = Map.of("bedrag", budget + 1_000_000L, "reden", "Zelf meer geld");

		Answer wethouder = as("wethouder").post(FONDS + "/budget", verhoging);
		Answer portaal = as("portaal").post(FONDS + "/budget", verhoging);

		assertThat(wethouder.status()).isEqualTo(403);
		assertThat(portaal.status()).isEqualTo(403);
		assertThat(as("portaal").get(FONDS).status()).as("the portal reads no balances").isEqualTo(403);
		assertThat(saldo(programmamanager).path("budget").asLong()).isEqualTo(budget);
	}

	/**
	 * Sets the budget, as the programmamanager over REST, so that exactly {@code bedrag}
	 * is free for new reservations; answers the balances after.
	 */
	private static JsonNode ruimteInFonds(KantelRest programmamanager, long bedrag) {
		JsonNode saldo = saldo(programmamanager);
		long budget = saldo.path("gereserveerd").asLong() + saldo.path("toegekend").asLong() + bedrag;
		Answer gezet = programmamanager.post(FONDS + "/budget",
				Map.of("bedrag", budget, "reden", "Ruimte voor de aanvraag van de buurtkeuken"));
		assertThat(gezet.status()).as(gezet.message()).isEqualTo(200);
		assertThat(gezet.body().path("budget").asLong()).isEqualTo(budget);
		assertThat(gezet.body().path("beschikbaar").asLong()).isEqualTo(bedrag);
		return gezet.body();
	}

	private static JsonNode saldo(KantelRest user) {
		Answer saldo = user.get(FONDS);
		assertThat(saldo.status()).as(saldo.message()).isEqualTo(200);
		return saldo.body();
	}

	private static long verschil(JsonNode voor, JsonNode na, String veld) {
		return na.path(veld).asLong() - voor.path(veld).asLong();
	}

	/**
	 * The one open task of this key in the case, as its candidate group finds it by
	 * zaaknummer.
	 */
	private static String taskId(KantelRest user, String zaaknummer, String taskKey, String group) {
		Answer tasks = user.get("/engine-rest/task?processInstanceBusinessKey=" + zaaknummer + "&taskDefinitionKey="
				+ taskKey + "&candidateGroup=" + group);
		assertThat(tasks.status()).as(tasks.message()).isEqualTo(200);
		assertThat(tasks.body()).as(user.user() + " sees " + taskKey).hasSize(1);
		return tasks.body().get(0).path("id").asText();
	}

	/** Finds, claims and completes the task through its form's fields. */
	private static void complete(KantelRest user, String zaaknummer, String taskKey, String group,
			Map<String, Object> values) {
		String taskId = taskId(user, zaaknummer, taskKey, group);
		Answer claimed = user.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user.user()));
		assertThat(claimed.status()).as(user.user() + " claims " + taskKey + ": " + claimed.message()).isEqualTo(204);
		Answer completed = user.post("/engine-rest/task/" + taskId + "/complete",
				Map.of("variables", KantelRest.typed(values)));
		assertThat(completed.status()).as(taskKey + ": " + completed.message()).isEqualTo(204);
	}

	private static void bericht(KantelRest portaal, String messageName, String zaaknummer, Map<String, Object> values) {
		Answer answer = portaal.post(MESSAGE, Map.of("messageName", messageName, "businessKey", zaaknummer,
				"processVariables", KantelRest.typed(values)));
		assertThat(answer.status()).as(messageName + ": " + answer.message()).isEqualTo(204);
	}

	private static JsonNode historic(KantelRest manager, String instanceId, String name) {
		JsonNode variables = manager
			.get("/engine-rest/history/variable-instance?processInstanceId=" + instanceId + "&variableName=" + name)
			.body();
		assertThat(variables).as(name).hasSize(1);
		return variables.get(0).path("value");
	}

	private static Map<String, Object> toekennen(long bedrag) {
		return Map.of(AanvraagVariabelen.BESLUIT, AanvraagVariabelen.TOEKENNEN, AanvraagVariabelen.TOEGEKEND_BEDRAG,
				bedrag);
	}

	private KantelRest as(String user) {
		return KantelRest.as(this.template, user);
	}

}
