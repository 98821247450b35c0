package nl.kantel.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
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
 * {@code GET /api/zaken/{zaaknummer}/gekoppeld}: the cases whose hoofdzaak is that
 * zaaknummer, running and finished, for the groups that may see the hoofdzaak, and for
 * nobody else.
 */
abstract class GekoppeldeZakenContract {

	/**
	 * A test process that no group may read (application-test.yaml gives it prefix PRZ
	 * and no group); CaseEndContract deploys its own version of it.
	 */
	private static final String ONLEESBAAR_PROCES = "proef-zonder-resultaat";

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestRestTemplate template;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	RepositoryService repository;

	/** May read proef-zaak (application-test.yaml). */
	KantelRest consulent;

	String hoofdzaak;

	private Instant start;

	@BeforeEach
	void hoofdzaak() {
		this.consulent = KantelRest.as(this.template, "wmo-consulent");
		this.start = ClockUtil.getCurrentTime().toInstant();
		this.hoofdzaak = this.runtime.startProcessInstanceByKey(ProefZaak.KEY, ProefZaak.validStart()).getBusinessKey();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("lists the linked cases, running and finished, oldest first, with process, status and resultaat")
	void linkedCasesOldestFirst() {
		// Started out of order, so the order of the list can only come from the start
		// times.
		String afgerond = linkedProefZaak(3);
		completeProefZaak(afgerond, "toekennen");
		String lopend = linkedVerwijzing(1);
		String afgebroken = linkedProefZaak(2);
		this.runtime.deleteProcessInstance(instanceId(afgebroken), "dubbel ingevoerd");
		String opgeschort = linkedProefZaak(4);
		this.runtime.suspendProcessInstanceById(instanceId(opgeschort));
		linkedTo("PRF-1999-000002", 5);

		Answer answer = this.consulent.get(gekoppeld(this.hoofdzaak));

		assertThat(answer.status()).isEqualTo(200);
		assertThat((Object) answer.body()).isEqualTo(
				zaken(zaak(lopend, "verwijzing", "lopend", null), zaak(afgebroken, ProefZaak.KEY, "afgebroken", null),
						zaak(afgerond, ProefZaak.KEY, "afgerond", "toekennen"),
						zaak(opgeschort, ProefZaak.KEY, "opgeschort", null)));
	}

	@Test
	@DisplayName("lists a linked case of a process the caller may not open, with no more than its four fields")
	void linkedCaseTheCallerMayNotOpen() {
		String onleesbaar = linkedCaseOfUnreadableProcess();

		Answer answer = this.consulent.get(gekoppeld(this.hoofdzaak));
		Answer history = this.consulent
			.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + onleesbaar);

		assertThat(answer.status()).isEqualTo(200);
		assertThat((Object) answer.body()).isEqualTo(zaken(zaak(onleesbaar, ONLEESBAAR_PROCES, "lopend", null)));
		assertThat(history.status()).isEqualTo(200);
		assertThat(history.body()).isEmpty();
	}

	@Test
	@DisplayName("a hoofdzaak without linked cases gives an empty list")
	void noLinkedCases() {
		Answer answer = this.consulent.get(gekoppeld(this.hoofdzaak));

		assertThat(answer.status()).isEqualTo(200);
		assertThat((Object) answer.body()).isEqualTo(zaken());
	}

	@Test
	@DisplayName("a group that may not see the hoofdzaak gets 404 as for an unknown zaaknummer; the portal may not ask (403)")
	void hiddenLikeUnknown() {
		linkedProefZaak(1);
		String unknown = "PRF-1999-000001";

		Answer schuldhulp = KantelRest.as(this.template, "schuldhulp").get(gekoppeld(this.hoofdzaak));
		Answer portaal = KantelRest.as(this.template, "portaal").get(gekoppeld(this.hoofdzaak));
		Answer onbekend = this.consulent.get(gekoppeld(unknown));

		assertThat(portaal.status()).isEqualTo(403);
		for (Answer answer : new Answer[] { schuldhulp }) {
			assertThat(answer.status()).as(answer.body().toString()).isEqualTo(404);
			assertThat(answer.body().path("type").asText()).isEqualTo("NietGevonden");
			assertThat(answer.message())
				.isEqualTo("Zaak " + this.hoofdzaak + " is niet gevonden, of u mag deze zaak niet inzien.");
		}
		assertThat(onbekend.status()).isEqualTo(404);
		assertThat(onbekend.body().path("type").asText()).isEqualTo("NietGevonden");
		assertThat(onbekend.message())
			.isEqualTo("Zaak " + unknown + " is niet gevonden, of u mag deze zaak niet inzien.");
	}

	@Test
	@DisplayName("a malformed zaaknummer gets 400 naming zaaknummer, in the shape of /engine-rest's 400")
	void malformedZaaknummer() {
		Map<String, Object> badBsn = ProefZaak.validStart();
		badBsn.put("bsn", "12345");
		Answer engineRest = ProefZaak.start(KantelRest.as(this.template, "portaal"), badBsn);
		assertThat(engineRest.status()).as(engineRest.body().toString()).isEqualTo(400);

		for (String malformed : new String[] { "wmo-2026-000001", "WMO-2026-42", "WMOZAAK-2026-000001", "WMO-26-000001",
				"zaak" }) {
			Answer answer = this.consulent.get(gekoppeld(malformed));

			assertThat(answer.status()).as(malformed).isEqualTo(400);
			assertThat(answer.body().path("type").asText()).isEqualTo("Ongeldig");
			assertThat(answer.message()).as(malformed).startsWith("zaaknummer: ").contains("XXX-JJJJ-NNNNNN");
			assertThat(fieldNames(answer.body())).isEqualTo(fieldNames(engineRest.body()));
		}
	}

	@Test
	@DisplayName("an anonymous call gets 401")
	void anonymousRefused() {
		assertThat(KantelRest.anonymous(this.template).get(gekoppeld(this.hoofdzaak)).status()).isEqualTo(401);
	}

	private static String gekoppeld(String zaaknummer) {
		return "/api/zaken/" + zaaknummer + "/gekoppeld";
	}

	private String linkedProefZaak(int secondsAfterStart) {
		return linkedTo(this.hoofdzaak, secondsAfterStart);
	}

	/**
	 * Starts a proef-zaak linked to the hoofdzaak, that many seconds after the test
	 * began.
	 */
	private String linkedTo(String hoofdzaak, int secondsAfterStart) {
		Map<String, Object> variables = ProefZaak.validStart();
		variables.put(GekoppeldeZaken.HOOFDZAAK, hoofdzaak);
		at(secondsAfterStart);
		return this.runtime.startProcessInstanceByKey(ProefZaak.KEY, variables).getBusinessKey();
	}

	/** A verwijzing as the Wmo intake starts one for uitkomst verwijzing. */
	private String linkedVerwijzing(int secondsAfterStart) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("bsn", "123456782");
		variables.put("verwijzerType", "wmo-consulent");
		variables.put("verwijsdoel", "welzijn");
		variables.put("reden", "Voelt zich eenzaam sinds het overlijden van haar man.");
		variables.put("toestemmingClient", true);
		variables.put(GekoppeldeZaken.HOOFDZAAK, this.hoofdzaak);
		at(secondsAfterStart);
		return this.runtime.startProcessInstanceByKey("verwijzing", variables).getBusinessKey();
	}

	private String linkedCaseOfUnreadableProcess() {
		if (this.repository.createProcessDefinitionQuery().processDefinitionKey(ONLEESBAAR_PROCES).count() == 0) {
			this.repository.createDeployment()
				.addModelInstance(ONLEESBAAR_PROCES + ".bpmn",
						Bpmn.createExecutableProcess(ONLEESBAAR_PROCES)
							.camundaHistoryTimeToLive(5)
							.startEvent()
							.receiveTask("Wachten")
							.endEvent()
							.done())
				.name(ONLEESBAAR_PROCES)
				.deploy();
		}
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(ONLEESBAAR_PROCES,
				Map.of(GekoppeldeZaken.HOOFDZAAK, this.hoofdzaak));
		return instance.getBusinessKey();
	}

	private void completeProefZaak(String zaaknummer, String besluit) {
		String id = instanceId(zaaknummer);
		this.tasks.complete(this.tasks.createTaskQuery().processInstanceId(id).singleResult().getId(),
				Map.of("besluit", besluit));
		this.tasks.complete(this.tasks.createTaskQuery().processInstanceId(id).singleResult().getId(),
				Map.of("akkoord", true));
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
	}

	private String instanceId(String zaaknummer) {
		return this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer).singleResult().getId();
	}

	private void at(int secondsAfterStart) {
		ClockUtil.setCurrentTime(Date.from(this.start.plusSeconds(secondsAfterStart)));
	}

	private static ArrayNode zaken(JsonNode... zaken) {
		return JSON.createArrayNode().addAll(List.of(zaken));
	}

	private static JsonNode zaak(String zaaknummer, String proces, String status, String resultaat) {
		return JSON.createObjectNode()
			.put("zaaknummer", zaaknummer)
			.put("proces", proces)
			.put("status", status)
			.put("resultaat", resultaat);
	}

	private static Set<String> fieldNames(JsonNode node) {
		Set<String> names = new TreeSet<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

}
