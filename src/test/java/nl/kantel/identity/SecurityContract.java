package nl.kantel.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import nl.kantel.KantelRest;
import nl.kantel.KantelRest.Answer;
import nl.kantel.ProefZaak;

/** Each group sees and works only its own processes and tasks; only designers deploy. */
abstract class SecurityContract {

	@Autowired
	TestRestTemplate template;

	@Autowired
	TaskService tasks;

	@Autowired
	AuthorizationService authorizations;

	@Autowired
	AccessSetup accessSetup;

	@Autowired
	ProcessEngine engine;

	String instanceId;

	@BeforeEach
	void startCase() {
		this.instanceId = ProefZaak.start(as("wmo-consulent"), ProefZaak.validStart()).body().path("id").asText();
	}

	@Test
	@DisplayName("a consulent sees the consulent's task but not the teamleider's, which for the consulent does not exist (404)")
	void consulentCannotWorkTeamleiderTask() {
		KantelRest consulent = as("wmo-consulent-2");
		Task assessment = task();
		assertThat(consulent.get(tasksOfCase()).body().findValuesAsText("id")).containsExactly(assessment.getId());
		ProefZaak.completeTask(consulent, assessment.getId(), Map.of("besluit", "toekennen"));
		Task approval = task();
		assertThat(approval.getTaskDefinitionKey()).isEqualTo("BesluitAccorderen");

		assertThat(consulent.get(tasksOfCase()).body()).isEmpty();
		assertThat(ProefZaak.completeTask(consulent, approval.getId(), Map.of("akkoord", true)).status())
			.isEqualTo(404);

		KantelRest teamleider = as("teamleider-wmo");
		assertThat(teamleider.get(tasksOfCase()).body().findValuesAsText("id")).containsExactly(approval.getId());
		assertThat(ProefZaak.completeTask(teamleider, approval.getId(), Map.of("akkoord", true)).status())
			.isEqualTo(204);
	}

	@Test
	@DisplayName("the second demo teamleider accords what the first teamleider assessed as a consulent")
	void tweedeTeamleiderAccordeert() {
		ProefZaak.completeTask(as("teamleider-wmo"), task().getId(), Map.of("besluit", "toekennen"));
		Task approval = task();

		assertThat(as("teamleider-wmo-2").get(tasksOfCase()).body().findValuesAsText("id"))
			.containsExactly(approval.getId());
		assertThat(ProefZaak.completeTask(as("teamleider-wmo-2"), approval.getId(), Map.of("akkoord", true)).status())
			.isEqualTo(204);
	}

	@Test
	@DisplayName("a group of another process sees neither the definition nor the case, and cannot start it")
	void otherGroupSeesNothing() {
		KantelRest jurist = as("juridisch");

		assertThat(jurist.get("/engine-rest/process-definition?key=" + ProefZaak.KEY).body()).isEmpty();
		assertThat(jurist.get("/engine-rest/process-instance?processDefinitionKey=" + ProefZaak.KEY).body()).isEmpty();
		assertThat(jurist.get(tasksOfCase()).body()).isEmpty();
		// A definition the group may not read does not exist for it.
		assertThat(ProefZaak.start(jurist, ProefZaak.validStart()).status()).isEqualTo(404);
	}

	@Test
	@DisplayName("a portal starts a case but may read no tasks, no cases and no case data (403)")
	void portalStartsButSeesNothing() {
		KantelRest portaal = as("portaal");

		Answer started = ProefZaak.start(portaal, ProefZaak.validStart());

		assertThat(started.status()).isEqualTo(200);
		String id = started.body().path("id").asText();
		for (String read : List.of("/engine-rest/task?processInstanceId=" + id,
				"/engine-rest/process-instance?processDefinitionKey=" + ProefZaak.KEY,
				"/engine-rest/process-instance/" + id + "/variables",
				"/engine-rest/history/process-instance?processInstanceId=" + id)) {
			Answer answer = portaal.get(read);
			assertThat(answer.status()).as(read).isEqualTo(403);
			assertThat(answer.message()).isEqualTo("Dat mag u met uw rol niet doen.");
		}
	}

	@Test
	@DisplayName("a manager reads every task and case but changes nothing")
	void managerReadsOnly() {
		KantelRest manager = as("manager");

		assertThat(manager.get(tasksOfCase()).body()).hasSize(1);
		assertThat(manager.get("/engine-rest/process-instance/" + this.instanceId + "/variables").status())
			.isEqualTo(200);
		assertThat(ProefZaak.completeTask(manager, task().getId(), Map.of("besluit", "toekennen")).status())
			.isEqualTo(403);
		assertThat(ProefZaak.start(manager, ProefZaak.validStart()).status()).isEqualTo(403);
	}

	@Test
	@DisplayName("a process designer deploys from Camunda Modeler; anyone else gets 403, anonymous 401")
	void onlyDesignersDeploy() {
		String key = "ontwerp-" + UUID.randomUUID().toString().substring(0, 8);

		ResponseEntity<String> designer = deployFromModeler("procesontwerper", key);
		ResponseEntity<String> consulent = deployFromModeler("wmo-consulent", key);
		ResponseEntity<String> anonymous = deployFromModeler(null, key);

		assertThat(designer.getStatusCode().value()).isEqualTo(200);
		assertThat(designer.getBody()).contains("\"key\":\"" + key + "\"");
		assertThat(consulent.getStatusCode().value()).isEqualTo(403);
		assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
	}

	/** The multipart request Camunda Modeler sends for "Deploy current diagram". */
	private ResponseEntity<String> deployFromModeler(String user, String key) {
		String bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess(key)
			.name("Ontwerp uit Modeler")
			.camundaHistoryTimeToLive(5)
			.startEvent()
			.endEvent()
			.done());
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("deployment-name", key);
		body.add("deployment-source", "Camunda Modeler");
		body.add("deploy-changed-only", "true");
		body.add(key + ".bpmn", new ByteArrayResource(bpmn.getBytes()) {

			@Override
			public String getFilename() {
				return key + ".bpmn";
			}

		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		if (user != null) {
			headers.setBasicAuth(user, KantelRest.DEMO_PASSWORD);
		}
		return this.template.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers),
				String.class);
	}

	@Test
	@DisplayName("a database from before per-case reading loses the team-wide read of verwijzing at the next start, and keeps the rest")
	void teamBreedLezenVerdwijntBijStart() {
		Authorization wijkteam = definitionGrant("wijkteam", "verwijzing");
		wijkteam.addPermission(ProcessDefinitionPermissions.READ_INSTANCE);
		wijkteam.addPermission(ProcessDefinitionPermissions.READ_HISTORY);
		this.authorizations.saveAuthorization(wijkteam);

		this.accessSetup.postProcessEngineBuild(this.engine);

		Authorization after = definitionGrant("wijkteam", "verwijzing");
		assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.READ_INSTANCE)).isFalse();
		assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.READ_HISTORY)).isFalse();
		assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE)).isTrue();
		assertThat(definitionGrant("wmo-consulent", "wmo-intake")
			.isPermissionGranted(ProcessDefinitionPermissions.READ_INSTANCE)).isTrue();
	}

	private Authorization definitionGrant(String group, String processKey) {
		return this.authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.resourceType(Resources.PROCESS_DEFINITION)
			.resourceId(processKey)
			.groupIdIn(group)
			.singleResult();
	}

	private Task task() {
		return this.tasks.createTaskQuery().processInstanceId(this.instanceId).singleResult();
	}

	private String tasksOfCase() {
		return "/engine-rest/task?processInstanceId=" + this.instanceId;
	}

	private KantelRest as(String user) {
		return KantelRest.as(this.template, user);
	}

}
