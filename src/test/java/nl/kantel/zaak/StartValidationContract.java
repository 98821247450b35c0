package nl.kantel.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import nl.kantel.KantelRest;
import nl.kantel.KantelRest.Answer;
import nl.kantel.ProefZaak;
import nl.kantel.TasklistSession;

/**
 * Bad input gets HTTP 400 naming the variable and leaves nothing behind; good input gets
 * a zaaknummer.
 */
abstract class StartValidationContract {

	@Autowired
	TestRestTemplate template;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	KantelRest consulent;

	@BeforeEach
	void login() {
		this.consulent = KantelRest.as(this.template, "wmo-consulent");
	}

	@Test
	@DisplayName("a valid start gets a zaaknummer PRF-YYYY-NNNNNN as business key and variable")
	void validStartGetsZaaknummer() {
		Answer answer = ProefZaak.start(this.consulent, ProefZaak.validStart());

		assertThat(answer.status()).isEqualTo(200);
		String businessKey = answer.body().path("businessKey").asText();
		assertThat(businessKey).matches("PRF-\\d{4}-\\d{6}");
		assertThat(this.runtime.getVariable(answer.body().path("id").asText(), "zaaknummer")).isEqualTo(businessKey);
	}

	@Test
	@DisplayName("a start without a required variable answers 400 naming it, and leaves no instance, job or history")
	void missingRequiredVariable() {
		long instancesBefore = this.history.createHistoricProcessInstanceQuery().count();
		long jobsBefore = this.management.createJobQuery().count();
		Map<String, Object> values = ProefZaak.validStart();
		values.remove("bsn");
		values.put("naam", "Spoor van een mislukte start");

		Answer answer = ProefZaak.start(this.consulent, values);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.message()).contains("bsn").contains("verplicht");
		assertThat(this.history.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
		assertThat(this.history.createHistoricVariableInstanceQuery()
			.variableValueEquals("naam", "Spoor van een mislukte start")
			.count()).isZero();
		assertThat(this.management.createJobQuery().count()).isEqualTo(jobsBefore);
	}

	@Test
	@DisplayName("a value that breaks the form's pattern answers 400 naming the variable")
	void patternBroken() {
		Map<String, Object> values = ProefZaak.validStart();
		values.put("bsn", "12345");

		Answer answer = ProefZaak.start(this.consulent, values);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.message()).startsWith("bsn: 'BSN' heeft niet de juiste vorm");
	}

	@Test
	@DisplayName("a number of the wrong type or outside the form's range answers 400 naming the variable")
	void numberTypeAndRange() {
		Map<String, Object> text = ProefZaak.validStart();
		text.put("aantal", "drie");
		Map<String, Object> tooMany = ProefZaak.validStart();
		tooMany.put("aantal", 11L);

		assertThat(ProefZaak.start(this.consulent, text).message()).contains("aantal: 'Aantal' moet een getal zijn");
		Answer answer = ProefZaak.start(this.consulent, tooMany);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.message()).contains("aantal: 'Aantal' mag hoogstens 10 zijn");
	}

	@Test
	@DisplayName("a value outside a select's options or a date not in ISO form answers 400")
	void selectAndDate() {
		Map<String, Object> values = ProefZaak.validStart();
		values.put("soort", "c");
		values.put("datum", "14-11-2026");

		Answer answer = ProefZaak.start(this.consulent, values);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.message()).contains("soort: 'Soort' moet een van deze waarden zijn: a, b")
			.contains("datum: 'Datum' moet een datum zijn in de vorm jjjj-mm-dd");
	}

	@Test
	@DisplayName("a business key that is not a zaaknummer of the process answers 400")
	void foreignBusinessKey() {
		Answer answer = KantelRest.as(this.template, "camunda-admin")
			.post(ProefZaak.START,
					Map.of("businessKey", "WMO-2026-000001", "variables", KantelRest.typed(ProefZaak.validStart())));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.message()).contains("businessKey");
	}

	@Test
	@DisplayName("a caller may not choose the zaaknummer (400); an administrator imports a case under a new one, never under one a case has")
	void chosenBusinessKey() {
		String imported = "PRF-2019-" + String.format("%06d", System.nanoTime() % 1_000_000);
		Map<String, Object> start = Map.of("businessKey", imported, "variables",
				KantelRest.typed(ProefZaak.validStart()));
		KantelRest admin = KantelRest.as(this.template, "camunda-admin");

		Answer consulent = this.consulent.post(ProefZaak.START, start);
		Answer first = admin.post(ProefZaak.START, start);
		Answer second = admin.post(ProefZaak.START, start);

		assertThat(consulent.status()).isEqualTo(400);
		assertThat(consulent.message()).startsWith("businessKey: ").contains("zelf");
		assertThat(first.status()).as(first.message()).isEqualTo(200);
		assertThat(first.body().path("businessKey").asText()).isEqualTo(imported);
		assertThat(second.status()).isEqualTo(400);
		assertThat(second.message()).contains("Er is al een zaak met zaaknummer " + imported);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(imported).count()).isEqualTo(1);
	}

	@Test
	@DisplayName("completing a task without the form's required field answers 400 and the task stays open")
	void taskCompletionChecked() {
		String instanceId = ProefZaak.start(this.consulent, ProefZaak.validStart()).body().path("id").asText();
		Task task = this.tasks.createTaskQuery().processInstanceId(instanceId).singleResult();

		Answer missing = ProefZaak.completeTask(this.consulent, task.getId(), Map.of("toelichting", "geen besluit"));
		Answer wrongValue = ProefZaak.completeTask(this.consulent, task.getId(), Map.of("besluit", "misschien"));

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.message()).contains("besluit: 'Besluit' is verplicht");
		assertThat(wrongValue.status()).isEqualTo(400);
		assertThat(wrongValue.message()).contains("besluit").contains("toekennen, afwijzen");
		assertThat(this.tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
		assertThat(this.runtime.getVariable(instanceId, "toelichting")).isNull();

		Answer valid = ProefZaak.completeTask(this.consulent, task.getId(), Map.of("besluit", "toekennen"));
		assertThat(valid.status()).isEqualTo(204);
	}

	@Test
	@DisplayName("Tasklist's form submit with a missing field gets 400 with the Dutch message it shows the user")
	void tasklistSubmitChecked() {
		String instanceId = ProefZaak.start(this.consulent, ProefZaak.validStart()).body().path("id").asText();
		Task task = this.tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
		TasklistSession tasklist = TasklistSession.login(this.template, "wmo-consulent");

		ResponseEntity<String> answer = tasklist.postJson(
				"/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form",
				Map.of("variables", KantelRest.typed(Map.of("toelichting", "nog geen besluit"))));

		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(answer.getBody()).contains("besluit: 'Besluit' is verplicht.");
		assertThat(this.tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
	}

}
