package nl.kantel.bezwaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import nl.kantel.KantelRest;
import nl.kantel.KantelRest.Answer;
import nl.kantel.ProefZaak;

/**
 * What a portal and the teams rely on over REST: a bezwaar starts with message
 * BezwaarOntvangen and is on time when posted in time (Awb 6:9), the jurist treats it and
 * the letter leaves, bad input answers 400 naming the variable, the hoofdzaak's team
 * takes the new decision, and a withdrawal ends the case. The clock stands on Friday 9
 * October 2026; the hoofdzaak's bezwaar term ended Friday 2 October 2026.
 */
abstract class BezwaarRestContract {

	private static final String MESSAGE = "/engine-rest/message";

	@Autowired
	TestRestTemplate template;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	KantelRest portaal;

	String hoofdzaak;

	@BeforeEach
	void hoofdzaakWithBezwaarTerm() {
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-10-09T10:00:00+02:00").toInstant()));
		this.portaal = KantelRest.as(this.template, "portaal");
		ProcessInstance zaak = this.runtime.startProcessInstanceByKey(ProefZaak.KEY, ProefZaak.validStart());
		this.runtime.setVariable(zaak.getId(), BezwaarVariabelen.BEZWAAR_DEADLINE, "2026-10-02");
		this.hoofdzaak = zaak.getBusinessKey();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("a bezwaar posted in time: posted on the last day, received a week later, it is treated, decided and the letter leaves")
	void perPostOpTijd() {
		Map<String, Object> start = validStart();
		start.put(BezwaarVariabelen.VERZEND_DATUM, "2026-10-02");
		start.put(BezwaarVariabelen.ONTVANGST_DATUM, "2026-10-09");

		Answer answer = this.portaal.post(MESSAGE, message(start));

		assertThat(answer.status()).as(answer.message()).isEqualTo(200);
		JsonNode instance = answer.body().get(0).path("processInstance");
		assertThat(instance.path("businessKey").asText()).matches("BZW-2026-\\d{6}");
		String id = instance.path("id").asText();
		assertThat(this.portaal.get("/engine-rest/task?processInstanceId=" + id).status()).isEqualTo(403);
		KantelRest manager = KantelRest.as(this.template, "manager");
		assertThat(historic(manager, id, BezwaarVariabelen.TIJDIG).asBoolean()).isTrue();
		// 2 October + 6 weeks: Friday 13 November 2026
		assertThat(historic(manager, id, BezwaarVariabelen.BESLIS_DEADLINE).asText()).isEqualTo("2026-11-13");

		KantelRest jurist = KantelRest.as(this.template, "juridisch");
		jurist.completeTask(id, "Horen", Map.of(BezwaarVariabelen.GEHOORD, true));
		jurist.completeTask(id, "BeslissenOpBezwaar", Map.of(BezwaarVariabelen.BESLISSING, BezwaarVariabelen.ONGEGROND,
				BezwaarVariabelen.MOTIVERING, "Het besluit klopt."));
		KantelRest.as(this.template, "camunda-admin").executeJob(id, "BeslissingVerzenden");

		assertThat(manager.get("/engine-rest/history/process-instance/" + id).body().path("state").asText())
			.isEqualTo("COMPLETED");
		assertThat(historic(manager, id, BezwaarVariabelen.RESULTAAT).asText()).isEqualTo("ongegrond");
		assertThat(historic(manager, id, BezwaarVariabelen.BESLISSING_VERZONDEN).asText()).isEqualTo("2026-10-09");
		// Friday 9 October + 6 weeks: Friday 20 November 2026
		assertThat(historic(manager, id, BezwaarVariabelen.BEROEP_DEADLINE).asText()).isEqualTo("2026-11-20");
	}

	@Test
	@DisplayName("posted in time but received after the week, the bezwaar waits for the jurist's judgement on excusability")
	void perPostTeLaat() {
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-10-12T10:00:00+02:00").toInstant()));
		Map<String, Object> start = validStart();
		start.put(BezwaarVariabelen.VERZEND_DATUM, "2026-10-02");
		start.put(BezwaarVariabelen.ONTVANGST_DATUM, "2026-10-12");

		String id = startedId(this.portaal.post(MESSAGE, message(start)));

		assertThat(openTask(id).getTaskDefinitionKey()).isEqualTo("VerschoonbaarheidBeoordelen");
	}

	@Test
	@DisplayName("an invalid BSN, an unknown hoofdzaak or a postmark after receipt gets 400 naming the variable, and no case")
	void badStartRefused() {
		long before = this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(BezwaarVariabelen.PROCESS_KEY)
			.count();
		Map<String, Object> badBsn = validStart();
		badBsn.put(BezwaarVariabelen.BSN, "123456789");
		Map<String, Object> unknown = validStart();
		unknown.put(BezwaarVariabelen.HOOFDZAAK, "WMO-2020-999999");
		Map<String, Object> postmark = validStart();
		postmark.put(BezwaarVariabelen.ONTVANGST_DATUM, "2026-10-05");
		postmark.put(BezwaarVariabelen.VERZEND_DATUM, "2026-10-06");

		Answer bsn = this.portaal.post(MESSAGE, message(badBsn));
		Answer hoofdzaak = this.portaal.post(MESSAGE, message(unknown));
		Answer verzendDatum = this.portaal.post(MESSAGE, message(postmark));

		assertThat(bsn.status()).isEqualTo(400);
		assertThat(bsn.message()).startsWith("bsn: ").contains("elfproef");
		assertThat(hoofdzaak.status()).isEqualTo(400);
		assertThat(hoofdzaak.message()).startsWith("hoofdzaak: ").contains("WMO-2020-999999");
		assertThat(verzendDatum.status()).isEqualTo(400);
		assertThat(verzendDatum.message()).startsWith("verzendDatum: ");
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(BezwaarVariabelen.PROCESS_KEY)
			.count()).isEqualTo(before);
	}

	@Test
	@DisplayName("a jurist postpones once; a second verdaging and an uitstel without consent get 400 naming the field")
	void secondPostponementRefused() {
		String id = startedId(this.portaal.post(MESSAGE, message(validStart())));
		KantelRest jurist = KantelRest.as(this.template, "juridisch");

		Answer first = complete(jurist, id, Map.of(BezwaarVariabelen.VERDAGEN, true));
		Answer second = complete(jurist, id, Map.of(BezwaarVariabelen.VERDAGEN, true));
		Answer zonderInstemming = complete(jurist, id, Map.of(BezwaarVariabelen.UITSTELLEN, true,
				BezwaarVariabelen.UITSTEL_TOT, "2027-01-15", BezwaarVariabelen.UITSTEL_INSTEMMING_DATUM, "2026-10-09"));

		assertThat(first.status()).isEqualTo(204);
		assertThat(second.status()).isEqualTo(400);
		assertThat(second.message()).contains("verdagen: De beslistermijn is al een keer verdaagd");
		assertThat(zonderInstemming.status()).isEqualTo(400);
		assertThat(zonderInstemming.message()).startsWith("uitstelInstemming: ");
		assertThat(openTask(id).getTaskDefinitionKey()).isEqualTo("Horen");
	}

	@Test
	@DisplayName("after a herroeping the hoofdzaak's team (schuldhulp) sees and completes NieuwBesluitNemen; juridisch does not")
	void nieuwBesluitDoorHetTeamVanDeHoofdzaak() {
		ProcessInstance verwijzing = this.runtime.startProcessInstanceByKey("verwijzing",
				Map.of("bsn", "123456782", "verwijzerType", "huisarts", "verwijsdoel", "schuldhulp", "reden",
						"Schulden na ontslag", "toestemmingClient", true));
		this.runtime.setVariable(verwijzing.getId(), BezwaarVariabelen.BEZWAAR_DEADLINE, "2026-10-02");
		Map<String, Object> start = validStart();
		start.put(BezwaarVariabelen.HOOFDZAAK, verwijzing.getBusinessKey());
		String id = startedId(this.portaal.post(MESSAGE, message(start)));
		KantelRest jurist = KantelRest.as(this.template, "juridisch");
		jurist.completeTask(id, "Horen", Map.of(BezwaarVariabelen.GEHOORD, true));
		jurist.completeTask(id, "BeslissenOpBezwaar", Map.of(BezwaarVariabelen.BESLISSING, BezwaarVariabelen.GEGROND,
				BezwaarVariabelen.MOTIVERING, "U komt wel in aanmerking."));

		assertThat(jurist.get("/engine-rest/task?processInstanceId=" + id).body()).isEmpty();
		KantelRest schuldhulp = KantelRest.as(this.template, "schuldhulp");
		Task task = openTask(id);
		Answer form = schuldhulp.get("/engine-rest/task/" + task.getId() + "/form-variables");
		assertThat(form.status()).as(form.message()).isEqualTo(200);
		assertThat(form.body().path(BezwaarVariabelen.MOTIVERING).path("value").asText())
			.isEqualTo("U komt wel in aanmerking.");
		schuldhulp.completeTask(id, "NieuwBesluitNemen",
				Map.of(BezwaarVariabelen.NIEUW_BESLUIT, "U wordt toegelaten tot de schuldhulpverlening."));

		assertThat(this.management.createJobQuery().processInstanceId(id).activityId("BeslissingVerzenden").count())
			.as("the letter waits to be sent")
			.isOne();
	}

	@Test
	@DisplayName("the portal withdraws a bezwaar with message BezwaarIngetrokken by zaaknummer; the case ends ingetrokken")
	void ingetrokken() {
		Answer started = this.portaal.post(MESSAGE, message(validStart()));
		String id = startedId(started);
		String zaaknummer = started.body().get(0).path("processInstance").path("businessKey").asText();

		Answer withdrawn = this.portaal.post(MESSAGE,
				Map.of("messageName", BezwaarVariabelen.MESSAGE_BEZWAAR_INGETROKKEN, "businessKey", zaaknummer));

		assertThat(withdrawn.status()).as(withdrawn.message()).isIn(200, 204);
		KantelRest manager = KantelRest.as(this.template, "manager");
		assertThat(historic(manager, id, BezwaarVariabelen.RESULTAAT).asText()).isEqualTo("ingetrokken");
		assertThat(this.portaal
			.post(MESSAGE,
					Map.of("messageName", BezwaarVariabelen.MESSAGE_BEZWAAR_INGETROKKEN, "businessKey", zaaknummer))
			.status()).as("a finished case takes no message").isEqualTo(400);
	}

	private Answer complete(KantelRest user, String instanceId, Map<String, Object> variables) {
		return user.post("/engine-rest/task/" + openTask(instanceId).getId() + "/complete",
				Map.of("variables", KantelRest.typed(variables)));
	}

	private Task openTask(String instanceId) {
		return this.tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
	}

	private static String startedId(Answer answer) {
		assertThat(answer.status()).as(answer.message()).isEqualTo(200);
		return answer.body().get(0).path("processInstance").path("id").asText();
	}

	private static JsonNode historic(KantelRest manager, String instanceId, String name) {
		JsonNode variables = manager
			.get("/engine-rest/history/variable-instance?processInstanceId=" + instanceId + "&variableName=" + name)
			.body();
		assertThat(variables).as(name).hasSize(1);
		return variables.get(0).path("value");
	}

	private Map<String, Object> validStart() {
		Map<String, Object> values = new HashMap<>();
		values.put(BezwaarVariabelen.HOOFDZAAK, this.hoofdzaak);
		values.put(BezwaarVariabelen.BSN, "123456782");
		values.put(BezwaarVariabelen.MOTIVERING, "De begeleiding is ten onrechte afgewezen.");
		values.put(BezwaarVariabelen.ONTVANGST_DATUM, "2026-10-02");
		return values;
	}

	private static Map<String, Object> message(Map<String, Object> values) {
		return Map.of("messageName", BezwaarVariabelen.MESSAGE_BEZWAAR_ONTVANGEN, "processVariables",
				KantelRest.typed(values), "resultEnabled", true);
	}

}
