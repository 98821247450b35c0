package nl.kantel.bezwaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import nl.kantel.KantelRest;
import nl.kantel.KantelRest.Answer;
import nl.kantel.ProefZaak;

/**
 * What a portal and a jurist rely on over REST: a bezwaar starts with message
 * BezwaarOntvangen, bad input answers 400 naming the variable, and a second verdaging is
 * refused the same way.
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

	KantelRest portaal;

	String hoofdzaak;

	/** A hoofdzaak whose bezwaar term ends in two weeks, so a bezwaar now is in time. */
	@BeforeEach
	void hoofdzaakWithBezwaarTerm() {
		this.portaal = KantelRest.as(this.template, "portaal");
		ProcessInstance zaak = this.runtime.startProcessInstanceByKey(ProefZaak.KEY, ProefZaak.validStart());
		this.runtime.setVariable(zaak.getId(), BezwaarVariabelen.BEZWAAR_DEADLINE,
				LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusWeeks(2).toString());
		this.hoofdzaak = zaak.getBusinessKey();
	}

	@Test
	@DisplayName("the portal starts a bezwaar with message BezwaarOntvangen and gets its zaaknummer")
	void portalStartsByMessage() {
		Answer answer = this.portaal.post(MESSAGE, message(validStart()));

		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
		JsonNode instance = answer.body().get(0).path("processInstance");
		assertThat(instance.path("businessKey").asText()).matches("BZW-\\d{4}-\\d{6}");
		String id = instance.path("id").asText();
		assertThat(this.runtime.getVariable(id, BezwaarVariabelen.HOOFDZAAK)).isEqualTo(this.hoofdzaak);
		assertThat(this.runtime.getVariable(id, BezwaarVariabelen.TIJDIG)).isEqualTo(true);
		Task task = this.tasks.createTaskQuery().processInstanceId(id).singleResult();
		assertThat(task.getTaskDefinitionKey()).isEqualTo("BeslissenOpBezwaar");
		assertThat(this.portaal.get("/engine-rest/task?processInstanceId=" + id).status()).isEqualTo(403);
	}

	@Test
	@DisplayName("a bezwaar with an invalid BSN or an unknown hoofdzaak gets 400 naming the variable, and no case")
	void badStartRefused() {
		long before = this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(BezwaarVariabelen.PROCESS_KEY)
			.count();
		Map<String, Object> badBsn = validStart();
		badBsn.put(BezwaarVariabelen.BSN, "123456789");
		Map<String, Object> unknown = validStart();
		unknown.put(BezwaarVariabelen.HOOFDZAAK, "WMO-2020-999999");

		Answer bsn = this.portaal.post(MESSAGE, message(badBsn));
		Answer hoofdzaak = this.portaal.post(MESSAGE, message(unknown));

		assertThat(bsn.status()).isEqualTo(400);
		assertThat(bsn.message()).startsWith("bsn: ").contains("elfproef");
		assertThat(hoofdzaak.status()).isEqualTo(400);
		assertThat(hoofdzaak.message()).startsWith("hoofdzaak: ").contains("WMO-2020-999999");
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(BezwaarVariabelen.PROCESS_KEY)
			.count()).isEqualTo(before);
	}

	@Test
	@DisplayName("a jurist postpones once; a second verdaging gets 400 naming verdagen, a beslissing then ends the case")
	void secondPostponementRefused() {
		String id = this.portaal.post(MESSAGE, message(validStart()))
			.body()
			.get(0)
			.path("processInstance")
			.path("id")
			.asText();
		KantelRest jurist = KantelRest.as(this.template, "juridisch");

		Answer first = complete(jurist, id, Map.of(BezwaarVariabelen.VERDAGEN, true));
		Answer second = complete(jurist, id, Map.of(BezwaarVariabelen.VERDAGEN, true));

		assertThat(first.status()).isEqualTo(204);
		assertThat(second.status()).isEqualTo(400);
		assertThat(second.message()).contains("verdagen: De beslistermijn is al een keer verdaagd");
		assertThat(complete(jurist, id, Map.of(BezwaarVariabelen.BESLISSING, BezwaarVariabelen.GEGROND)).status())
			.isEqualTo(204);
		assertThat(this.history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getEndTime())
			.isNotNull();
	}

	private Answer complete(KantelRest user, String instanceId, Map<String, Object> variables) {
		Task task = this.tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
		return user.post("/engine-rest/task/" + task.getId() + "/complete",
				Map.of("variables", KantelRest.typed(variables)));
	}

	private Map<String, Object> validStart() {
		Map<String, Object> values = new HashMap<>();
		values.put(BezwaarVariabelen.HOOFDZAAK, this.hoofdzaak);
		values.put(BezwaarVariabelen.BSN, "123456782");
		values.put(BezwaarVariabelen.MOTIVERING, "De begeleiding is ten onrechte afgewezen.");
		return values;
	}

	private static Map<String, Object> message(Map<String, Object> values) {
		return Map.of("messageName", BezwaarVariabelen.MESSAGE_BEZWAAR_ONTVANGEN, "processVariables",
				KantelRest.typed(values), "resultEnabled", true);
	}

}
