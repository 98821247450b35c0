package nl.kantel.verwijzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

import nl.kantel.KantelRest;
import nl.kantel.KantelRest.Answer;

/**
 * What referrers, portals and teams rely on over REST: a team reads only the referrals it
 * received, and only after consent; nobody but an administrator changes a case outside
 * its steps (here the receiving team, the thing most worth forging); the referrer gets
 * one mail per status with nothing of the case in it; bad input answers 400 naming the
 * variable.
 */
abstract class VerwijzingRestContract {

	private static final String START = "/engine-rest/process-definition/key/verwijzing/start";

	private static final String BSN = "123456782";

	private static final String REDEN = "Mevrouw is sinds het overlijden van haar man erg eenzaam.";

	private static final String VERWIJZER_EMAIL = "praktijk@delinde.example";

	private static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	TestRestTemplate template;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("schuldhulp does not see a welzijn referral, the welzijnscoach not a schuldhulp one; each sees its own")
	void elkTeamZiesAlleenZijnEigenVerwijzingen() {
		String welzijn = start(verwijzing("welzijn", true));
		String schuldhulp = start(verwijzing("schuldhulp", true));

		for (String team : List.of("schuldhulp", "coordinator-schuldhulp")) {
			assertSees(team, schuldhulp);
			assertDoesNotSee(team, welzijn);
		}
		for (String team : List.of("welzijnscoach", "coordinator-welzijn")) {
			assertSees(team, welzijn);
			assertDoesNotSee(team, schuldhulp);
		}
		for (String outsider : List.of("wmo-consulent", "werk-en-inkomen", "wijkteam", "portaal")) {
			assertDoesNotSee(outsider, welzijn);
			assertDoesNotSee(outsider, schuldhulp);
		}
		assertThat(processInstanceIdsOfTasks("schuldhulp")).contains(schuldhulp).doesNotContain(welzijn);
		assertThat(processInstanceIdsOfTasks("welzijnscoach")).contains(welzijn).doesNotContain(schuldhulp);
		assertThat(instanceIds("manager", "/engine-rest/history/process-instance?processDefinitionKey=verwijzing"))
			.contains(welzijn, schuldhulp);
	}

	@Test
	@DisplayName("without consent the receiving team sees nothing; the wijkteam asks, and only then the team reads the case")
	void geenInzageZonderToestemming() {
		String id = start(verwijzing("welzijn", false));

		assertDoesNotSee("welzijnscoach", id);
		assertThat(processInstanceIdsOfTasks("welzijnscoach")).doesNotContain(id);
		assertDoesNotSee("wijkteam", id);

		as("wijkteam").completeTask(id, "ToestemmingVragen", Map.of("toestemmingClient", true));

		assertSees("welzijnscoach", id);
		assertDoesNotSee("wijkteam", id);
	}

	@Test
	@DisplayName("before consent the wijkteam reads who is referred to which goal, and the reason through no endpoint it may call")
	void wijkteamLeestDeRedenNietVoorToestemming() {
		String id = start(verwijzing("schuldhulp", false));
		KantelRest wijkteam = as("wijkteam");
		String task = wijkteam.get("/engine-rest/task?processInstanceId=" + id).body().get(0).path("id").asText();

		JsonNode variabelen = wijkteam.get("/engine-rest/task/" + task + "/variables").body();
		JsonNode formulier = wijkteam.get("/engine-rest/task/" + task + "/form-variables").body();
		assertThat(variabelen.path("bsn").path("value").asText()).isEqualTo(BSN);
		assertThat(variabelen.path("verwijsdoel").path("value").asText()).isEqualTo("schuldhulp");
		assertThat(variabelen.has("reden")).isFalse();
		assertThat(formulier.path("verwijsdoel").path("value").asText()).isEqualTo("schuldhulp");
		assertThat(formulier.has("reden")).isFalse();
		String zoekterm = "%25eenzaam%25";
		for (String path : List.of("/engine-rest/task/" + task + "/variables",
				"/engine-rest/task/" + task + "/variables/reden", "/engine-rest/task/" + task + "/form-variables",
				"/engine-rest/task/" + task + "/form-variables?variableNames=reden",
				"/engine-rest/task/" + task + "/localVariables", "/engine-rest/task/" + task + "/localVariables/reden",
				"/engine-rest/variable-instance?processInstanceIdIn=" + id,
				"/engine-rest/variable-instance?variableName=reden",
				"/engine-rest/history/variable-instance?processInstanceId=" + id,
				"/engine-rest/history/variable-instance?variableName=reden",
				"/engine-rest/history/variable-instance?variableName=reden&includeDeleted=true",
				"/engine-rest/history/detail?processInstanceId=" + id,
				"/engine-rest/history/detail?processInstanceId=" + id + "&variableUpdates=true",
				"/engine-rest/process-instance/" + id + "/variables",
				"/engine-rest/process-instance/" + id + "/variables/reden",
				"/engine-rest/history/process-instance?processInstanceId=" + id)) {
			Answer answer = wijkteam.get(path);
			assertThat(answer.status()).as(path).isIn(200, 403, 404);
			assertThat(answer.body().toString()).as(path).doesNotContain("eenzaam");
		}
		assertThat(wijkteam.get("/engine-rest/task/" + task + "/variables/reden").status()).isEqualTo(404);
		assertThat(wijkteam.get("/engine-rest/process-instance/" + id + "/variables").status()).isEqualTo(403);
		// A search on the reason must not find the task either: that would tell the
		// reason
		// one guess at a time.
		assertThat(
				wijkteam.get("/engine-rest/task?processInstanceId=" + id + "&processVariables=reden_like_" + zoekterm)
					.body())
			.isEmpty();
		assertThat(wijkteam.get("/engine-rest/task?processInstanceId=" + id + "&processVariables=reden_neq_x").body())
			.isEmpty();
		Answer gezocht = wijkteam.post("/engine-rest/task", Map.of("processInstanceId", id, "processVariables",
				List.of(Map.of("name", "reden", "operator", "like", "value", "%eenzaam%"))));
		assertThat(gezocht.status()).isEqualTo(200);
		assertThat(gezocht.body()).isEmpty();

		wijkteam.completeTask(id, "ToestemmingVragen", Map.of("toestemmingClient", true));

		assertThat(as("schuldhulp").get("/engine-rest/process-instance/" + id + "/variables/reden")
			.body()
			.path("value")
			.asText()).isEqualTo(REDEN);
	}

	@Test
	@DisplayName("a refusal of schuldhulp without its reasons answers 400 naming motivering; with them the beschikking is sent and the case carries its bezwaar term")
	void toelatingZonderMotivering() {
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-16T09:00:00Z")));
		String id = start(verwijzing("schuldhulp", true));
		KantelRest schuldhulp = as("schuldhulp");
		schuldhulp.completeTask(id, "VerwijzingAccepteren", Map.of("geaccepteerd", true));
		schuldhulp.completeTask(id, "EersteGesprekVoeren", Map.of("vervolg", "ondersteuning"));
		String task = schuldhulp
			.get("/engine-rest/task?processInstanceId=" + id + "&taskDefinitionKey=ToelatingBeschikken")
			.body()
			.get(0)
			.path("id")
			.asText();

		Answer zonder = complete(task, Map.of("toegelaten", false));
		Answer leeg = complete(task, Map.of("toegelaten", false, "motivering", "  "));

		assertThat(zonder.status()).isEqualTo(400);
		assertThat(zonder.message()).startsWith("motivering: ");
		assertThat(leeg.status()).isEqualTo(400);
		assertThat(leeg.message()).startsWith("motivering: ");
		Answer weigering = complete(task, Map.of("toegelaten", false, "motivering", "Uw schulden zijn al geregeld."));
		assertThat(weigering.status()).as(weigering.message()).isEqualTo(204);
		as("camunda-admin").executeJob(id, "ToelatingsbeschikkingVerzenden");
		KantelRest manager = as("manager");
		assertThat(manager
			.get("/engine-rest/history/variable-instance?processInstanceId=" + id + "&variableName=bezwaarDeadline")
			.body()
			.get(0)
			.path("value")
			.asText()).as("Monday 16 November + 6 weeks = Monday 28 December").isEqualTo("2026-12-28");
		assertThat(manager
			.get("/engine-rest/history/variable-instance?processInstanceId=" + id
					+ "&variableName=beschikkingVerzonden")
			.body()
			.get(0)
			.path("value")
			.asText()).isEqualTo("2026-11-16");
		assertThat(manager.get("/engine-rest/history/process-instance/" + id).body().path("state").asText())
			.isEqualTo("COMPLETED");
	}

	@Test
	@DisplayName("the wijkteam that asked for consent reads nothing of the case afterwards, history included")
	void toestemmingGeeftGeenBlijvendeInzage() {
		String id = start(verwijzing("schuldhulp", false));
		as("wijkteam").completeTask(id, "ToestemmingVragen", Map.of("toestemmingClient", true));
		as("schuldhulp").completeTask(id, "VerwijzingAccepteren", Map.of("geaccepteerd", true));

		for (String history : List.of("/engine-rest/history/variable-instance?processInstanceId=" + id,
				"/engine-rest/history/detail?processInstanceId=" + id,
				"/engine-rest/history/task?processInstanceId=" + id,
				"/engine-rest/history/process-instance?processInstanceId=" + id)) {
			Answer answer = as("wijkteam").get(history);
			assertThat(answer.status()).as(history).isEqualTo(200);
			assertThat(answer.body()).as(history).isEmpty();
		}
		assertThat(as("schuldhulp").get("/engine-rest/history/variable-instance?processInstanceId=" + id).body())
			.isNotEmpty();
	}

	@Test
	@DisplayName("completing a task hands in only the form's fields: the receiving team or a read-only deadline cannot be rewritten")
	void taakNeemtAlleenFormulierveldenAan() {
		String id = start(verwijzing("schuldhulp", true));
		String task = as("schuldhulp").get("/engine-rest/task?processInstanceId=" + id)
			.body()
			.get(0)
			.path("id")
			.asText();

		Answer herleid = complete(task, Map.of("geaccepteerd", true, "ontvangendTeam", "welzijnscoach"));
		Answer deadline = complete(task, Map.of("geaccepteerd", true, "eersteContactDeadline", "2099-01-01"));

		assertThat(herleid.status()).isEqualTo(400);
		assertThat(herleid.message()).contains("ontvangendTeam").contains("hoort niet bij het formulier");
		assertThat(deadline.status()).isEqualTo(400);
		assertThat(deadline.message()).contains("eersteContactDeadline").contains("alleen te lezen");
		String echoedDeadline = as("manager")
			.get("/engine-rest/process-instance/" + id + "/variables/eersteContactDeadline")
			.body()
			.path("value")
			.asText();
		Answer accepted = complete(task, Map.of("geaccepteerd", true, "zaaknummer", zaaknummer(id),
				"eersteContactDeadline", echoedDeadline, "reden", REDEN));
		assertThat(accepted.status()).as("Tasklist sends read-only fields back unchanged").isEqualTo(204);
		assertThat(processInstanceIdsOfTasks("schuldhulp")).contains(id);
		assertThat(processInstanceIdsOfTasks("welzijnscoach")).doesNotContain(id);
	}

	@Test
	@DisplayName("a case changes through its steps only: a portal or a team setting variables, moving or suspending it gets 403; an administrator may")
	void variabelenNietRechtstreeks() {
		String id = start(verwijzing("schuldhulp", true));
		Map<String, Object> team = Map.of("value", "welzijnscoach", "type", "String");

		Answer portaal = as("portaal").exchange(HttpMethod.PUT,
				"/engine-rest/process-instance/" + id + "/variables/ontvangendTeam", team);
		Answer schuldhulp = as("schuldhulp").post("/engine-rest/process-instance/" + id + "/variables",
				Map.of("modifications", Map.of("ontvangendTeam", team)));
		Answer admin = as("camunda-admin").post("/engine-rest/process-instance/" + id + "/variables",
				Map.of("modifications", Map.of("evaluatieDatum", Map.of("value", "2027-01-15", "type", "String"))));

		Answer skip = as("portaal").post("/engine-rest/process-instance/" + id + "/modification", Map.of("instructions",
				List.of(Map.of("type", "startBeforeActivity", "activityId", "VerwijzingEvalueren"))));
		Answer suspend = as("portaal").exchange(HttpMethod.PUT, "/engine-rest/process-instance/" + id + "/suspended",
				Map.of("suspended", true));

		assertThat(portaal.status()).isEqualTo(403);
		assertThat(portaal.message()).isEqualTo("Dat mag u met uw rol niet doen.");
		assertThat(skip.status()).as("a portal cannot move the case to a later step").isEqualTo(403);
		assertThat(suspend.status()).isEqualTo(403);
		assertThat(schuldhulp.status()).isEqualTo(403);
		assertThat(admin.status()).isEqualTo(204);
		assertThat(as("manager").get("/engine-rest/process-instance/" + id + "/variables/ontvangendTeam")
			.body()
			.path("value")
			.asText()).isEqualTo("schuldhulp");
	}

	@Test
	@DisplayName("the referrer gets one mail per status, with the zaaknummer and a contact and nothing of the case")
	void eenMailPerStatus() throws Exception {
		Map<String, Object> start = verwijzing("welzijn", true);
		String id = start(start);
		String zaaknummer = zaaknummer(id);
		verstuurPost(id);
		as("welzijnscoach").completeTask(id, "VerwijzingAccepteren", Map.of("geaccepteerd", true));
		verstuurPost(id);
		as("welzijnscoach").completeTask(id, "EersteGesprekVoeren",
				Map.of("vervolg", "activiteit", "activiteit", "Wandelgroep Buurtkamer De Vlinder"));
		verstuurPost(id);
		as("camunda-admin").executeJob(id, "EvaluatiemomentAfwachten");
		as("welzijnscoach").completeTask(id, "VerwijzingEvalueren",
				Map.of("deelname", true, "effect", "Gaat elke week, heeft nieuwe contacten."));
		verstuurPost(id);

		MimeMessage[] mails = greenMail.getReceivedMessages();
		assertThat(mails).extracting(MimeMessage::getSubject)
			.containsExactly("Verwijzing " + zaaknummer + ": ontvangen", "Verwijzing " + zaaknummer + ": aangenomen",
					"Verwijzing " + zaaknummer + ": in behandeling", "Verwijzing " + zaaknummer + ": afgerond");
		for (MimeMessage mail : mails) {
			assertThat(mail.getAllRecipients()[0]).hasToString(VERWIJZER_EMAIL);
			String body = GreenMailUtil.getBody(mail);
			assertThat(body).contains(zaaknummer, "Beste Huisartsenpraktijk De Linde", "14 0123",
					"info@gemeente.example");
			assertThat(body).doesNotContain(BSN, REDEN, "eenzaam", "Wandelgroep", "Vlinder", "nieuwe contacten",
					"welzijnscoach");
		}
		assertThat(GreenMailUtil.getBody(mails[3])).contains("De verwijzing is afgerond.");
	}

	@Test
	@DisplayName("a mail server that is down: the attempt counts, the next waits ten minutes, then the mail goes out once")
	void mailserverOnbereikbaar() {
		String id = start(verwijzing("welzijn", true));
		String job = postJobs(id).get(0);
		greenMail.stop();

		Answer failed = as("camunda-admin").post("/engine-rest/job/" + job + "/execute", null);

		assertThat(failed.status()).isEqualTo(500);
		JsonNode waiting = as("camunda-admin").get("/engine-rest/job/" + job).body();
		assertThat(waiting.path("retries").asInt()).isEqualTo(2);
		assertThat(OffsetDateTime.parse(waiting.path("dueDate").asText(), CAMUNDA_DATE))
			.isAfter(OffsetDateTime.now().plusMinutes(9));
		greenMail.start();
		verstuurPost(id);
		verstuurPost(id);
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
	}

	@Test
	@DisplayName("not accepted: the referrer hears it with the reason written for the referrer, and the case ends")
	void nietGeaccepteerdMetToelichting() {
		String id = start(verwijzing("werk-en-inkomen", true));
		as("werk-en-inkomen").completeTask(id, "VerwijzingAccepteren",
				Map.of("geaccepteerd", false, "afwijsReden", "Past beter bij het sociaal wijkteam."));
		verstuurPost(id);

		MimeMessage[] mails = greenMail.getReceivedMessages();
		assertThat(mails).extracting(MimeMessage::getSubject).last().asString().endsWith(": niet aangenomen");
		assertThat(GreenMailUtil.getBody(mails[mails.length - 1]))
			.contains("niet aangenomen", "Toelichting van het team: Past beter bij het sociaal wijkteam.")
			.doesNotContain(BSN, REDEN);
		assertThat(as("manager").get("/engine-rest/history/process-instance/" + id).body().path("state").asText())
			.isEqualTo("COMPLETED");
	}

	@Test
	@DisplayName("refused consent: the referrer hears only geen-toestemming; no team ever saw the case")
	void geenToestemming() {
		String id = start(verwijzing("schuldhulp", false));
		as("wijkteam").completeTask(id, "ToestemmingVragen", Map.of("toestemmingClient", false));
		verstuurPost(id);

		assertThat(greenMail.getReceivedMessages()).extracting(MimeMessage::getSubject)
			.containsExactly("Verwijzing " + zaaknummer(id) + ": ontvangen",
					"Verwijzing " + zaaknummer(id) + ": geen toestemming van de inwoner");
		assertThat(instanceIds("schuldhulp", "/engine-rest/history/process-instance?processDefinitionKey=verwijzing"))
			.doesNotContain(id);
	}

	@Test
	@DisplayName("without an e-mail address the referrer's feedback stays in terugkoppelingen and no mail is planned")
	void zonderEmailGeenPost() {
		Map<String, Object> start = verwijzing("welzijn", true);
		start.remove("verwijzerEmail");
		String id = start(start);

		assertThat(postJobs(id)).isEmpty();
		JsonNode terugkoppelingen = as("manager")
			.get("/engine-rest/history/variable-instance?processInstanceId=" + id
					+ "&variableName=terugkoppelingen&deserializeValues=false")
			.body();
		assertThat(terugkoppelingen.get(0).path("value").asText()).contains("\"status\":\"ontvangen\"");
	}

	@Test
	@DisplayName("a referrer's address that mail cannot reach gets 400 naming verwijzerEmail, and no case")
	void ongeldigEmailadres() {
		Map<String, Object> start = verwijzing("welzijn", true);
		start.put("verwijzerEmail", "praktijk at delinde");
		int before = instanceIds("manager", "/engine-rest/history/process-instance?processDefinitionKey=verwijzing")
			.size();

		Answer answer = as("portaal").post(START, Map.of("variables", KantelRest.typed(start)));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.message()).contains("verwijzerEmail");
		assertThat(instanceIds("manager", "/engine-rest/history/process-instance?processDefinitionKey=verwijzing"))
			.hasSize(before);
	}

	private void assertSees(String user, String id) {
		assertThat(instanceIds(user, "/engine-rest/process-instance?processDefinitionKey=verwijzing")).as(user)
			.contains(id);
		assertThat(instanceIds(user, "/engine-rest/history/process-instance?processDefinitionKey=verwijzing")).as(user)
			.contains(id);
		assertThat(as(user).get("/engine-rest/process-instance/" + id + "/variables").status()).as(user).isEqualTo(200);
	}

	/**
	 * Not in the lists of cases, running or finished, and not its variables. (A team that
	 * works one of its tasks reads the task's variables through the task.)
	 */
	private void assertDoesNotSee(String user, String id) {
		assertThat(instanceIds(user, "/engine-rest/process-instance?processDefinitionKey=verwijzing")).as(user)
			.doesNotContain(id);
		assertThat(instanceIds(user, "/engine-rest/history/process-instance?processDefinitionKey=verwijzing")).as(user)
			.doesNotContain(id);
		assertThat(as(user).get("/engine-rest/process-instance/" + id + "/variables").status()).as(user).isEqualTo(403);
	}

	private List<String> processInstanceIdsOfTasks(String user) {
		List<String> ids = new ArrayList<>();
		as(user).get("/engine-rest/task?processDefinitionKey=verwijzing")
			.body()
			.forEach((task) -> ids.add(task.path("processInstanceId").asText()));
		return ids;
	}

	private List<String> instanceIds(String user, String path) {
		Answer answer = as(user).get(path);
		// A portal may read no list of cases at all.
		int allowed = "portaal".equals(user) ? 403 : 200;
		assertThat(answer.status()).as(user + " " + path + ": " + answer.message()).isEqualTo(allowed);
		List<String> ids = new ArrayList<>();
		answer.body().forEach((instance) -> ids.add(instance.path("id").asText()));
		return ids;
	}

	private static Map<String, Object> verwijzing(String verwijsdoel, boolean toestemming) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("bsn", BSN);
		variables.put("verwijzerType", "huisarts");
		variables.put("verwijzerNaam", "Huisartsenpraktijk De Linde");
		variables.put("verwijzerEmail", VERWIJZER_EMAIL);
		variables.put("verwijsdoel", verwijsdoel);
		variables.put("reden", REDEN);
		variables.put("toestemmingClient", toestemming);
		return variables;
	}

	private String start(Map<String, Object> variables) {
		Answer answer = as("portaal").post(START, Map.of("variables", KantelRest.typed(variables)));
		assertThat(answer.status()).as(answer.message()).isEqualTo(200);
		return answer.body().path("id").asText();
	}

	private String zaaknummer(String id) {
		return as("manager").get("/engine-rest/history/process-instance/" + id).body().path("businessKey").asText();
	}

	private Answer complete(String taskId, Map<String, Object> values) {
		return as("schuldhulp").post("/engine-rest/task/" + taskId + "/complete",
				Map.of("variables", KantelRest.typed(values)));
	}

	/**
	 * The mail jobs of a case: jobs without a job definition, as no model step made them.
	 */
	private List<String> postJobs(String instanceId) {
		List<String> ids = new ArrayList<>();
		as("camunda-admin").get("/engine-rest/job?processInstanceId=" + instanceId).body().forEach((job) -> {
			if (job.path("jobDefinitionId").isNull()) {
				ids.add(job.path("id").asText());
			}
		});
		return ids;
	}

	/**
	 * The job executor is off in tests; an administrator runs the mail jobs, as from
	 * Cockpit.
	 */
	private void verstuurPost(String instanceId) {
		for (String job : postJobs(instanceId)) {
			Answer executed = as("camunda-admin").post("/engine-rest/job/" + job + "/execute", null);
			assertThat(executed.status()).as(executed.message()).isEqualTo(204);
		}
	}

	private KantelRest as(String user) {
		return KantelRest.as(this.template, user);
	}

}
