package nl.kantel.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import nl.kantel.KantelRest;
import nl.kantel.KantelRest.Answer;
import nl.kantel.ProefZaak;
import nl.kantel.TasklistSession;

/**
 * What an attacker found with the demo accounts of a portal, a caseworker and a designer
 * (issue "Default deny"), each tried again as its own test.
 */
abstract class BevindingenContract {

	private static final String INTAKE_START = "/engine-rest/process-definition/key/wmo-intake/start";

	private static final String CMMN_MET_KLASSE = """
			<definitions xmlns="http://www.omg.org/spec/CMMN/20151109/MODEL"
			    xmlns:camunda="http://camunda.org/schema/1.0/cmmn" targetNamespace="https://kantel.nl/proef">
			  <case id="zaakMetKlasse">
			    <casePlanModel id="Plan">
			      <extensionElements>
			        <camunda:caseExecutionListener event="create" class="java.lang.Object" />
			      </extensionElements>
			    </casePlanModel>
			  </case>
			</definitions>
			""";

	@Autowired
	TestRestTemplate template;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	RepositoryService repository;

	@Autowired
	HistoryService history;

	private final List<String> ontwerpen = new ArrayList<>();

	private String intake;

	private String zaaknummer;

	@BeforeEach
	void eenMelding() {
		Answer started = as("portaal").post(INTAKE_START, Map.of("variables", KantelRest.typed(melding())));
		assertThat(started.status()).as(started.message()).isEqualTo(200);
		this.intake = started.body().path("id").asText();
		this.zaaknummer = started.body().path("businessKey").asText();
	}

	@Test
	@DisplayName("a portal cannot start a case at another activity or skip its listeners; nothing is left behind")
	void portaalStartNietHalverwege() {
		long before = intakes();
		Answer skip = as("portaal").post(INTAKE_START,
				Map.of("variables", KantelRest.typed(melding()), "skipCustomListeners", true, "startInstructions",
						List.of(Map.of("type", "startBeforeActivity", "activityId", "AanvraagOntvangen"))));
		Answer skipOnly = as("portaal").post(INTAKE_START,
				Map.of("variables", KantelRest.typed(melding()), "skipCustomListeners", true));

		assertThat(skip.status()).isEqualTo(403);
		assertThat(skip.message()).contains("startinstructies");
		assertThat(skipOnly.status()).isEqualTo(403);
		assertThat(intakes()).isEqualTo(before);
	}

	@Test
	@DisplayName("even an administrator who starts a case at an activity skipping listeners gets the start checks, the form's checks and a zaaknummer: they are built in")
	void ingebouwdeControlesBijBeheerder() {
		Map<String, Object> ongeldig = melding();
		ongeldig.put("bsn", "123456789");
		Answer refused = as("camunda-admin").post(INTAKE_START, Map.of("variables", KantelRest.typed(ongeldig),
				"skipCustomListeners", true, "startInstructions", halverwege("KeukentafelgesprekPlannen")));
		Answer started = as("camunda-admin").post(ProefZaak.START,
				Map.of("variables", KantelRest.typed(ProefZaak.validStart()), "skipCustomListeners", true,
						"startInstructions", halverwege("BesluitAccorderen")));

		Map<String, Object> buitenFormulier = ProefZaak.validStart();
		buitenFormulier.put("soort", "geen-keuze-van-het-formulier");
		Answer formulier = as("camunda-admin").post(ProefZaak.START,
				Map.of("variables", KantelRest.typed(buitenFormulier), "skipCustomListeners", true, "startInstructions",
						halverwege("ZaakGemeld")));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.message()).startsWith("bsn: ");
		assertThat(formulier.status()).isEqualTo(400);
		assertThat(formulier.message()).startsWith("soort: ");
		assertThat(started.status()).as(started.message()).isEqualTo(200);
		assertThat(started.body().path("businessKey").asText()).matches("PRF-\\d{4}-\\d{6}");
	}

	private static List<Map<String, String>> halverwege(String activiteit) {
		return List.of(Map.of("type", "startBeforeActivity", "activityId", activiteit));
	}

	@Test
	@DisplayName("a portal cannot choose a zaaknummer: another case's key answers 400 and no second case exists")
	void portaalKiestGeenZaaknummer() {
		Answer answer = as("portaal").post(INTAKE_START,
				Map.of("businessKey", this.zaaknummer, "variables", KantelRest.typed(melding())));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.message()).startsWith("businessKey: ");
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(this.zaaknummer).count())
			.isEqualTo(1);
	}

	@Test
	@DisplayName("a start cannot hand in what the process sets itself (resultaat, deadlines, hoofdzaak of an intake): 400 naming each, no case")
	void procesEigenGegevensNietBijStart() {
		long before = intakes();
		Map<String, Object> start = melding();
		start.put("resultaat", "toegekend");
		start.put("onderzoekDeadline", "2099-01-01");
		start.put("hoofdzaak", "WMO-2020-000001");

		Answer answer = as("portaal").post(INTAKE_START, Map.of("variables", KantelRest.typed(start)));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.message()).contains("hoofdzaak: ", "onderzoekDeadline: ", "resultaat: ");
		assertThat(intakes()).isEqualTo(before);
	}

	@Test
	@DisplayName("a portal reads no case through a correlation: no variables in the result, no correlation to all")
	void portaalLeestNietsViaEenBericht() {
		Answer variables = as("portaal").post("/engine-rest/message", Map.of("messageName", "PersoonlijkPlanOntvangen",
				"businessKey", this.zaaknummer, "resultEnabled", true, "variablesInResultEnabled", true));
		Answer all = as("portaal").post("/engine-rest/message",
				Map.of("messageName", "PersoonlijkPlanOntvangen", "all", true));

		assertThat(variables.status()).isEqualTo(403);
		assertThat(variables.body().toString()).doesNotContain("123456782", "J. de Vries");
		assertThat(all.status()).isEqualTo(403);
		assertThat(this.runtime.getVariable(this.intake, "persoonlijkPlan")).isNull();
	}

	@Test
	@DisplayName("a portal cannot trigger an execution's message subscription directly")
	void portaalTriggertGeenAbonnement() {
		String execution = this.runtime.createExecutionQuery()
			.processInstanceId(this.intake)
			.messageEventSubscriptionName("PersoonlijkPlanOntvangen")
			.singleResult()
			.getId();
		Answer answer = as("portaal").post(
				"/engine-rest/execution/" + execution + "/messageSubscriptions/PersoonlijkPlanOntvangen/trigger",
				Map.of("variables", KantelRest.typed(Map.of("bsn", "111222333", "onderzoekDeadline", "2099-01-01"))));

		assertThat(answer.status()).isEqualTo(403);
		assertThat(this.runtime.getVariable(this.intake, "bsn")).isEqualTo("123456782");
	}

	@Test
	@DisplayName("neither a portal nor a consulent suspends jobs or changes job definitions; the legal timers and the history cleanup keep running")
	void niemandLegtTimersStil() {
		String definition = this.management.createJobDefinitionQuery()
			.processDefinitionKey("wmo-intake")
			.list()
			.get(0)
			.getId();
		for (String user : List.of("portaal", "wmo-consulent")) {
			Answer jobs = as(user).exchange(HttpMethod.PUT, "/engine-rest/job/suspended",
					Map.of("processDefinitionKey", "wmo-intake", "suspended", true));
			Answer retries = as(user).exchange(HttpMethod.PUT, "/engine-rest/job-definition/" + definition + "/retries",
					Map.of("retries", 0));
			assertThat(jobs.status()).as(user).isEqualTo(403);
			assertThat(retries.status()).as(user).isEqualTo(403);
		}
		assertThat(this.management.createJobQuery().processInstanceId(this.intake).suspended().count()).isZero();

		String cleanup = this.history.findHistoryCleanupJobs().get(0).getId();
		Answer stilgelegd = as("wmo-consulent").exchange(HttpMethod.PUT, "/engine-rest/job/" + cleanup + "/suspended",
				Map.of("suspended", true));
		assertThat(stilgelegd.status()).isEqualTo(403);
		assertThat(this.management.createJobQuery().jobId(cleanup).singleResult().isSuspended()).isFalse();
	}

	@Test
	@DisplayName("a consulent cannot throw a BPMN error or escalation on a task, nor change its due date; the task stays")
	void consulentGooitGeenFoutOpEenTaak() {
		Task task = task();
		KantelRest consulent = as("wmo-consulent");
		Answer error = consulent.post("/engine-rest/task/" + task.getId() + "/bpmnError",
				Map.of("errorCode", "x", "variables", KantelRest.typed(Map.of("resultaat", "toegekend"))));
		Answer escalation = consulent.post("/engine-rest/task/" + task.getId() + "/bpmnEscalation",
				Map.of("escalationCode", "x"));
		Answer due = consulent.exchange(HttpMethod.PUT, "/engine-rest/task/" + task.getId(),
				Map.of("name", task.getName(), "due", "2099-01-01T00:00:00.000+0100"));

		assertThat(List.of(error.status(), escalation.status(), due.status())).containsOnly(403);
		assertThat(this.tasks.createTaskQuery().taskId(task.getId()).singleResult().getDueDate())
			.isEqualTo(task.getDueDate());
		assertThat(this.runtime.getVariable(this.intake, "resultaat")).isNull();
	}

	@Test
	@DisplayName("a task goes to a colleague of its group, never to an outsider or another group; claiming is for oneself")
	void taakBlijftBinnenDeGroep() {
		String id = task().getId();
		KantelRest consulent = as("wmo-consulent");

		Answer outsider = consulent.post("/engine-rest/task/" + id + "/assignee", Map.of("userId", "schuldhulp"));
		Answer group = consulent.post("/engine-rest/task/" + id + "/identity-links",
				Map.of("groupId", "schuldhulp", "type", "candidate"));
		Answer claimForOther = consulent.post("/engine-rest/task/" + id + "/claim",
				Map.of("userId", "wmo-consulent-2"));
		Answer colleague = consulent.post("/engine-rest/task/" + id + "/assignee", Map.of("userId", "wmo-consulent-2"));

		assertThat(List.of(outsider.status(), group.status(), claimForOther.status())).containsOnly(403);
		assertThat(colleague.status()).isEqualTo(204);
		assertThat(this.tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo("wmo-consulent-2");
		assertThat(as("schuldhulp").get("/engine-rest/task/" + id).status()).isEqualTo(404);
	}

	@Test
	@DisplayName("the webapps' own APIs serve only their app's groups: a consulent logged in to Tasklist cannot use Cockpit's")
	void webappApisPerApp() {
		String cockpit = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
		ResponseEntity<String> consulent = TasklistSession.login(this.template, "wmo-consulent").get(cockpit);
		ResponseEntity<String> manager = TasklistSession.login(this.template, "manager").get(cockpit);
		ResponseEntity<String> tasklist = TasklistSession.login(this.template, "wmo-consulent")
			.get("/camunda/api/engine/engine/default/task?processInstanceId=" + this.intake);

		assertThat(consulent.getStatusCode().value()).isEqualTo(403);
		assertThat(consulent.getBody()).contains("Dat mag u met uw rol niet doen.");
		assertThat(manager.getStatusCode().value()).isNotEqualTo(403);
		assertThat(tasklist.getStatusCode().value()).isEqualTo(200);
	}

	@Test
	@DisplayName("the manager reads everything and changes nothing, not even a comment")
	void managerSchrijftGeenOpmerking() {
		String id = task().getId();
		Answer comment = as("manager").post("/engine-rest/task/" + id + "/comment/create",
				Map.of("message", "Even kijken"));
		Answer read = as("manager").get("/engine-rest/process-instance/" + this.intake + "/variables");

		assertThat(comment.status()).isEqualTo(403);
		assertThat(this.tasks.getTaskComments(id)).isEmpty();
		assertThat(read.status()).isEqualTo(200);
	}

	@Test
	@DisplayName("a designer cannot delete a deployment with its cases (cascade)")
	void ontwerperVerwijdertGeenZaken() {
		String deployment = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey("wmo-intake")
			.latestVersion()
			.singleResult()
			.getDeploymentId();

		Answer answer = as("procesontwerper").exchange(HttpMethod.DELETE,
				"/engine-rest/deployment/" + deployment + "?cascade=true", null);

		assertThat(answer.status()).isEqualTo(403);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(this.intake).count()).isEqualTo(1);
	}

	@Test
	@DisplayName("bad input answers 4xx in Dutch without Java class names or engine codes: a date in year 1, a long text or name, a task that does not exist, an empty signal or condition")
	void slechteInvoerGeeftGeen500() {
		Map<String, Object> jaarEen = melding();
		jaarEen.put("meldingDatum", "0001-01-01");
		Answer datum = as("portaal").post(INTAKE_START, Map.of("variables", KantelRest.typed(jaarEen)));
		Answer claim = as("camunda-admin").post("/engine-rest/task/bestaat-niet/claim",
				Map.of("userId", "camunda-admin"));
		Answer signal = as("camunda-admin").post("/engine-rest/execution/bestaat-niet/signal", Map.of());

		Map<String, Object> lang = melding();
		lang.put("hulpvraag", "x".repeat(4001));
		Answer tekst = as("portaal").post(INTAKE_START, Map.of("variables", KantelRest.typed(lang)));
		Answer naam = as("portaal").post(INTAKE_START,
				Map.of("variables", Map.of("n".repeat(300), Map.of("value", "x", "type", "String"))));
		Answer conditie = as("camunda-admin").post("/engine-rest/condition", Map.of());

		assertThat(datum.status()).isEqualTo(400);
		assertThat(datum.message()).isEqualTo("meldingDatum: De datum mag niet voor 2000 liggen.");
		assertThat(tekst.status()).isEqualTo(400);
		assertThat(tekst.message()).isEqualTo("hulpvraag: Een tekst is hooguit 4000 tekens.");
		assertThat(naam.status()).isEqualTo(400);
		assertThat(naam.message()).contains("hooguit 255 tekens");
		assertThat(conditie.status()).isBetween(400, 499);
		assertThat(claim.status()).isEqualTo(404);
		assertThat(signal.status()).isBetween(400, 499);
		for (Answer answer : List.of(datum, claim, signal, tekst, naam, conditie)) {
			assertThat(answer.body().toString()).doesNotContain("Exception", "ENGINE-", "org.camunda");
		}
	}

	@Test
	@DisplayName("a designer's model reaches no engine service, class or other Spring bean through an expression, and names no Java class")
	void ontwerpModelIsAfgeschermd() {
		String key = "afgeschermd-" + UUID.randomUUID().toString().substring(0, 8);
		Answer klasse = deploy(key + "-klasse",
				Bpmn.createExecutableProcess(key + "-klasse")
					.camundaHistoryTimeToLive(5)
					.startEvent()
					.serviceTask("RoepKlasseAan")
					.camundaClass("java.lang.Object")
					.endEvent()
					.done());
		assertThat(klasse.status()).isEqualTo(400);
		assertThat(klasse.message()).contains("RoepKlasseAan", "Java-klasse");
		Answer cmmn = deploy(key + "-zaak", "cmmn", CMMN_MET_KLASSE.getBytes());
		assertThat(cmmn.status()).isEqualTo(400);
		assertThat(cmmn.message()).contains("CMMN");

		for (String expressie : List.of("${execution.getProcessEngineServices().getIdentityService()}",
				"${''.getClass().forName('java.lang.Runtime')}", "${dataSource.getConnection()}",
				"${execution.processEngine}")) {
			String model = key + "-" + Math.abs(expressie.hashCode());
			assertThat(deploy(model,
					Bpmn.createExecutableProcess(model)
						.camundaHistoryTimeToLive(5)
						.startEvent()
						.serviceTask("Probeer")
						.camundaExpression(expressie)
						.endEvent()
						.done())
				.status()).isEqualTo(200);
			Answer start = as("camunda-admin").post("/engine-rest/process-definition/key/" + model + "/start",
					Map.of());
			assertThat(start.status()).as(expressie + ": " + start.message()).isEqualTo(400);
			assertThat(this.runtime.createProcessInstanceQuery().processDefinitionKey(model).count()).isZero();
		}
	}

	@Test
	@DisplayName("a model whose message start has the name of the intake's plan message does not widen what that message brings into an intake")
	void berichtcontroleBlijftPerProces() {
		String key = "plan-start-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(deploy(key,
				Bpmn.createExecutableProcess(key)
					.camundaHistoryTimeToLive(5)
					.startEvent()
					.message("PersoonlijkPlanOntvangen")
					.endEvent()
					.done())
			.status()).isEqualTo(200);

		Answer answer = as("portaal").post("/engine-rest/message",
				Map.of("messageName", "PersoonlijkPlanOntvangen", "businessKey", this.zaaknummer, "processVariables",
						KantelRest.typed(Map.of("persoonlijkPlan", "Mijn plan", "onderzoekDeadline", "2099-01-01"))));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.message()).startsWith("onderzoekDeadline: ");
		assertThat(this.runtime.getVariable(this.intake, "onderzoekDeadline")).isNotEqualTo("2099-01-01");
	}

	@AfterEach
	void ontwerpenOpruimen() {
		this.ontwerpen.forEach((id) -> this.repository.deleteDeployment(id, true));
		this.ontwerpen.clear();
	}

	private Answer deploy(String name, BpmnModelInstance model) {
		return deploy(name, "bpmn", Bpmn.convertToString(model).getBytes());
	}

	/** As Camunda Modeler deploys, as the designer; removed after the test. */
	private Answer deploy(String name, String extension, byte[] content) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("deployment-name", name);
		body.add(name + "." + extension, new ByteArrayResource(content) {

			@Override
			public String getFilename() {
				return name + "." + extension;
			}

		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.setBasicAuth("procesontwerper", KantelRest.DEMO_PASSWORD);
		ResponseEntity<String> response = this.template.postForEntity("/engine-rest/deployment/create",
				new HttpEntity<>(body, headers), String.class);
		Answer answer = KantelRest.answer(response);
		if (answer.status() == 200) {
			this.ontwerpen.add(answer.body().path("id").asText());
		}
		return answer;
	}

	private Task task() {
		return this.tasks.createTaskQuery().processInstanceId(this.intake).list().get(0);
	}

	private long intakes() {
		return this.runtime.createProcessInstanceQuery().processDefinitionKey("wmo-intake").count();
	}

	private static Map<String, Object> melding() {
		Map<String, Object> melding = new HashMap<>();
		melding.put("bsn", "123456782");
		melding.put("naam", "J. de Vries");
		melding.put("hulpvraag", "Hulp bij het huishouden");
		return melding;
	}

	private KantelRest as(String user) {
		return KantelRest.as(this.template, user);
	}

}
