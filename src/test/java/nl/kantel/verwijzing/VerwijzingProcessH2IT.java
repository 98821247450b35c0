package nl.kantel.verwijzing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import nl.kantel.AsUser;
import nl.kantel.FlowNodeCoverage;
import nl.kantel.KantelH2;
import nl.kantel.zaak.InvalidVariableException;

@KantelH2
class VerwijzingProcessH2IT {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static FlowNodeCoverage coverage;

	@Autowired
	ProcessEngine engine;

	private ProcessInstance instance;

	@BeforeAll
	static void measureCoverage(@Autowired ProcessEngine engine) {
		coverage = FlowNodeCoverage.startingNow(engine, VerwijzingVariabelen.PROCESS_KEY);
	}

	@AfterAll
	static void everyFlowNodeWalked() {
		assertThat(coverage.missing()).isEmpty();
	}

	@BeforeEach
	void monday() {
		BpmnAwareTests.init(this.engine);
		today("2026-11-16");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("a referral with consent gets a zaaknummer, the welzijnscoach, a first-contact deadline and feedback ontvangen")
	void welzijnOpRecept() {
		start(verwijzing("welzijn", true));

		assertThat(this.instance).isWaitingAt("VerwijzingAccepteren").hasNotPassed("ToestemmingVragen");
		assertThat(this.instance.getBusinessKey()).matches("VRW-2026-\\d{6}");
		assertThat(variable(VerwijzingVariabelen.ZAAKNUMMER)).isEqualTo(this.instance.getBusinessKey());
		assertThat(variable(VerwijzingVariabelen.VERZOEK_DATUM)).isEqualTo("2026-11-16");
		assertThat(variable(VerwijzingVariabelen.ONTVANGEND_TEAM)).isEqualTo("welzijnscoach");
		// setting P2W: 16 November + 2 weeks = Monday 30 November
		assertThat(variable(VerwijzingVariabelen.EERSTE_CONTACT_DEADLINE)).isEqualTo("2026-11-30");
		assertThat(task("VerwijzingAccepteren").getDueDate()).isEqualTo(endOf("2026-11-30"));
		assertThat(groupsOf(task("VerwijzingAccepteren"))).containsExactly("welzijnscoach");
		assertThat(statussen()).containsExactly("ontvangen");
	}

	@Test
	@DisplayName("what the case keeps about itself cannot be handed in at the start: feedback, the overdue flag, the deadline")
	void eigenGegevensBeginnenSchoon() {
		Map<String, Object> variables = verwijzing("welzijn", true);
		variables.put(VerwijzingVariabelen.TERUGKOPPELINGEN,
				SpinValues.jsonValue("[{\"status\":\"afgerond\",\"datum\":\"2026-01-01\"}]").create());
		variables.put(VerwijzingVariabelen.EERSTE_CONTACT_TERMIJN_OVERSCHREDEN, true);
		variables.put(VerwijzingVariabelen.EERSTE_CONTACT_DEADLINE, "2099-12-31");

		assertThatThrownBy(() -> start(variables)).isInstanceOf(InvalidVariableException.class)
			.hasMessageContaining(VerwijzingVariabelen.TERUGKOPPELINGEN + ": ")
			.hasMessageContaining(VerwijzingVariabelen.EERSTE_CONTACT_TERMIJN_OVERSCHREDEN + ": ")
			.hasMessageContaining(VerwijzingVariabelen.EERSTE_CONTACT_DEADLINE + ": ");
	}

	@ParameterizedTest(name = "verwijsdoel {0} goes to group {1}")
	@CsvSource({ "welzijn, welzijnscoach", "sociaal-wijkteam, wijkteam", "schuldhulp, schuldhulp",
			"werk-en-inkomen, werk-en-inkomen" })
	@DisplayName("the receiving team of each goal accepts and holds the first talk")
	void teamPerGoal(String verwijsdoel, String team) {
		start(verwijzing(verwijsdoel, true));
		assertThat(groupsOf(task("VerwijzingAccepteren"))).containsExactly(team);

		complete("VerwijzingAccepteren", team, Map.of(VerwijzingVariabelen.GEACCEPTEERD, true));

		assertThat(this.instance).isWaitingAt("EersteGesprekVoeren");
		assertThat(groupsOf(task("EersteGesprekVoeren"))).containsExactly(team);
		assertThat(statussen()).containsExactly("ontvangen", "geaccepteerd");
	}

	@Test
	@DisplayName("schuldhulp when eviction or a cut-off threatens: first talk within 3 working days, over a weekend and Christmas")
	void schuldhulpDreigend() {
		today("2026-12-24");
		Map<String, Object> variables = verwijzing("schuldhulp", true);
		variables.put(VerwijzingVariabelen.DREIGENDE_SITUATIE, true);

		start(variables);

		// Thursday 24 December: Friday 25 December is Eerste Kerstdag, then the weekend;
		// Monday 28, Tuesday 29, Wednesday 30 December
		assertThat(variable(VerwijzingVariabelen.EERSTE_CONTACT_DEADLINE)).isEqualTo("2026-12-30");
		complete("VerwijzingAccepteren", "schuldhulp", Map.of(VerwijzingVariabelen.GEACCEPTEERD, true));
		assertThat(task("EersteGesprekVoeren").getDueDate()).isEqualTo(endOf("2026-12-30"));
		assertThat(timer("EersteContactTermijnVerstreken").getDuedate()).isEqualTo(startOf("2026-12-31"));
	}

	@Test
	@DisplayName("schuldhulp without a threat: first talk within 4 weeks (Wgs art. 4a)")
	void schuldhulpNormaal() {
		start(verwijzing("schuldhulp", true));

		assertThat(variable(VerwijzingVariabelen.DREIGENDE_SITUATIE)).isEqualTo(false);
		// 16 November + 4 weeks = Monday 14 December
		assertThat(variable(VerwijzingVariabelen.EERSTE_CONTACT_DEADLINE)).isEqualTo("2026-12-14");
	}

	@Test
	@DisplayName("without consent the wijkteam asks for it; given, the referral goes on")
	void toestemmingGevraagdEnGegeven() {
		start(verwijzing("welzijn", false));

		assertThat(this.instance).isWaitingAt("ToestemmingVragen");
		assertThat(groupsOf(task("ToestemmingVragen"))).containsExactly("wijkteam");

		complete("ToestemmingVragen", "wijkteam", Map.of(VerwijzingVariabelen.TOESTEMMING_CLIENT, true));

		assertThat(this.instance).isWaitingAt("VerwijzingAccepteren");
	}

	@Test
	@DisplayName("without consent and refused: the referral ends geen-toestemming and the referrer hears only that")
	void toestemmingGeweigerd() {
		start(verwijzing("schuldhulp", false));

		complete("ToestemmingVragen", "wijkteam", Map.of(VerwijzingVariabelen.TOESTEMMING_CLIENT, false));

		assertThat(this.instance).isEnded().hasPassed("GeenToestemming").hasNotPassed("VerwijzingAccepteren");
		assertThat(variable(VerwijzingVariabelen.RESULTAAT)).isEqualTo("geen-toestemming");
		assertThat(statussen()).containsExactly("ontvangen", "geen-toestemming");
	}

	@Test
	@DisplayName("a team that does not accept ends the referral niet-geaccepteerd")
	void nietGeaccepteerd() {
		start(verwijzing("werk-en-inkomen", true));

		complete("VerwijzingAccepteren", "werk-en-inkomen", Map.of(VerwijzingVariabelen.GEACCEPTEERD, false,
				VerwijzingVariabelen.AFWIJS_REDEN, "Eerst schuldhulp."));

		assertThat(this.instance).isEnded().hasPassed("VerwijzingNietGeaccepteerd");
		assertThat(variable(VerwijzingVariabelen.RESULTAAT)).isEqualTo("niet-geaccepteerd");
		assertThat(statussen()).containsExactly("ontvangen", "niet-geaccepteerd");
	}

	@Test
	@DisplayName("a first talk not held in time gives the team's coordinators a task; the talk stays open")
	void eersteContactTermijnVerstreken() {
		start(verwijzing("sociaal-wijkteam", true));
		complete("VerwijzingAccepteren", "wijkteam", Map.of(VerwijzingVariabelen.GEACCEPTEERD, true));
		assertThat(timer("EersteContactTermijnVerstreken").getDuedate()).isEqualTo(startOf("2026-12-01"));

		today("2026-12-01");
		this.engine.getManagementService().executeJob(timer("EersteContactTermijnVerstreken").getId());

		assertThat(this.instance).isWaitingAt("EersteGesprekVoeren", "TermijnoverschrijdingAfhandelen");
		assertThat(variable(VerwijzingVariabelen.EERSTE_CONTACT_TERMIJN_OVERSCHREDEN)).isEqualTo(true);
		assertThat(groupsOf(task("TermijnoverschrijdingAfhandelen"))).containsExactly("coordinator-wijkteam");

		complete("TermijnoverschrijdingAfhandelen", "coordinator-wijkteam",
				Map.of("toelichting", "Gesprek morgen gepland."));

		assertThat(this.instance).isWaitingAt("EersteGesprekVoeren").hasPassed("TermijnoverschrijdingAfgehandeld");
	}

	@Test
	@DisplayName("after the first talk the team evaluates after 8 weeks; the referral ends afgerond")
	void evaluatie() {
		start(verwijzing("welzijn", true));
		complete("VerwijzingAccepteren", "welzijnscoach", Map.of(VerwijzingVariabelen.GEACCEPTEERD, true));
		today("2026-11-20");
		complete("EersteGesprekVoeren", "welzijnscoach", Map.of(VerwijzingVariabelen.VERVOLG, "activiteit",
				VerwijzingVariabelen.ACTIVITEIT, "Wandelgroep in de wijk"));

		assertThat(this.instance).isWaitingAt("EvaluatiemomentAfwachten");
		// 20 November + 8 weeks = 15 January
		assertThat(variable(VerwijzingVariabelen.EVALUATIE_DATUM)).isEqualTo("2027-01-15");
		assertThat(timer("EvaluatiemomentAfwachten").getDuedate()).isEqualTo(startOf("2027-01-15"));
		assertThat(statussen()).containsExactly("ontvangen", "geaccepteerd", "in-behandeling");

		today("2027-01-15");
		this.engine.getManagementService().executeJob(timer("EvaluatiemomentAfwachten").getId());
		assertThat(groupsOf(task("VerwijzingEvalueren"))).containsExactly("welzijnscoach");
		complete("VerwijzingEvalueren", "welzijnscoach",
				Map.of(VerwijzingVariabelen.DEELNAME, true, VerwijzingVariabelen.EFFECT, "Minder eenzaam."));

		assertThat(this.instance).isEnded().hasPassed("VerwijzingAfgerond");
		assertThat(variable(VerwijzingVariabelen.RESULTAAT)).isEqualTo("afgerond");
		assertThat(statussen()).containsExactly("ontvangen", "geaccepteerd", "in-behandeling", "afgerond");
		for (JsonNode regel : terugkoppelingen()) {
			assertThat(regel.fieldNames()).toIterable().containsExactlyInAnyOrder("status", "datum");
		}
		assertThat(terugkoppelingen().get(3).get("datum").asText()).isEqualTo("2027-01-15");
	}

	@Test
	@DisplayName("a first talk that closes the referral ends it afgerond without an evaluation")
	void afgeslotenNaGesprek() {
		start(verwijzing("werk-en-inkomen", true));
		complete("VerwijzingAccepteren", "werk-en-inkomen", Map.of(VerwijzingVariabelen.GEACCEPTEERD, true));

		complete("EersteGesprekVoeren", "werk-en-inkomen", Map.of(VerwijzingVariabelen.VERVOLG, "afgesloten"));

		assertThat(this.instance).isEnded().hasNotPassed("VerwijzingEvalueren").hasPassed("VerwijzingAfgerond");
		assertThat(variable(VerwijzingVariabelen.RESULTAAT)).isEqualTo("afgerond");
		assertThat(statussen()).containsExactly("ontvangen", "geaccepteerd", "afgerond");
	}

	@Nested
	@DisplayName("a bad start")
	class BadStart {

		@Test
		@DisplayName("with a BSN that fails the elfproef is refused naming bsn, and leaves no case")
		void invalidBsn() {
			Map<String, Object> variables = verwijzing("welzijn", true);
			variables.put(VerwijzingVariabelen.BSN, "123456789");

			assertRefused(variables, "bsn: Het BSN is geen geldig burgerservicenummer (elfproef).");
		}

		@Test
		@DisplayName("without a verwijsdoel is refused naming verwijsdoel")
		void missingVerwijsdoel() {
			Map<String, Object> variables = verwijzing("welzijn", true);
			variables.remove(VerwijzingVariabelen.VERWIJSDOEL);

			assertRefused(variables, "verwijsdoel");
		}

		@Test
		@DisplayName("with a verzoekDatum in the future is refused")
		void futureVerzoekDatum() {
			Map<String, Object> variables = verwijzing("welzijn", true);
			variables.put(VerwijzingVariabelen.VERZOEK_DATUM, "2026-11-17");

			assertRefused(variables, "verzoekDatum: De datum mag niet in de toekomst liggen.");
		}

		@Test
		@DisplayName("without a yes or no for the consent is refused naming toestemmingClient")
		void missingToestemming() {
			Map<String, Object> variables = verwijzing("welzijn", true);
			variables.remove(VerwijzingVariabelen.TOESTEMMING_CLIENT);

			assertRefused(variables, "toestemmingClient");
		}

		private void assertRefused(Map<String, Object> variables, String message) {
			long before = count();

			assertThatThrownBy(() -> start(variables)).isInstanceOf(InvalidVariableException.class)
				.hasMessageContaining(message);
			assertThat(count()).isEqualTo(before);
		}

		private long count() {
			return VerwijzingProcessH2IT.this.engine.getHistoryService()
				.createHistoricProcessInstanceQuery()
				.processDefinitionKey(VerwijzingVariabelen.PROCESS_KEY)
				.count();
		}

	}

	static Map<String, Object> verwijzing(String verwijsdoel, boolean toestemming) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(VerwijzingVariabelen.BSN, "123456782");
		variables.put(VerwijzingVariabelen.VERWIJZER_TYPE, "huisarts");
		variables.put(VerwijzingVariabelen.VERWIJZER_NAAM, "Huisartsenpraktijk De Linde");
		variables.put(VerwijzingVariabelen.VERWIJZER_EMAIL, "praktijk@delinde.example");
		variables.put(VerwijzingVariabelen.VERWIJSDOEL, verwijsdoel);
		variables.put(VerwijzingVariabelen.REDEN, "Voelt zich eenzaam sinds het overlijden van haar man.");
		variables.put(VerwijzingVariabelen.TOESTEMMING_CLIENT, toestemming);
		return variables;
	}

	private void start(Map<String, Object> variables) {
		this.instance = this.engine.getRuntimeService()
			.startProcessInstanceByKey(VerwijzingVariabelen.PROCESS_KEY, variables);
	}

	private static void today(String date) {
		ClockUtil.setCurrentTime(Date.from(LocalDate.parse(date).atTime(9, 0).atZone(AMSTERDAM).toInstant()));
	}

	private static Date endOf(String date) {
		return Date.from(LocalDate.parse(date).atTime(23, 59, 59).atZone(AMSTERDAM).toInstant());
	}

	private static Date startOf(String date) {
		return Date.from(LocalDate.parse(date).atStartOfDay(AMSTERDAM).toInstant());
	}

	private Object variable(String name) {
		return this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(this.instance.getId())
			.variableName(name)
			.singleResult()
			.getValue();
	}

	private Task task(String key) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(this.instance.getId())
			.taskDefinitionKey(key)
			.singleResult();
	}

	private Job timer(String activityId) {
		return this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(this.instance.getId())
			.activityId(activityId)
			.singleResult();
	}

	private List<String> groupsOf(Task task) {
		return this.engine.getTaskService()
			.getIdentityLinksForTask(task.getId())
			.stream()
			.map(IdentityLink::getGroupId)
			.filter((group) -> group != null)
			.toList();
	}

	private void complete(String key, String user, Map<String, Object> variables) {
		Task task = task(key);
		assertThat(task).as("open task " + key).isNotNull();
		AsUser.run(this.engine, user, () -> this.engine.getTaskService().complete(task.getId(), variables));
	}

	private JsonNode terugkoppelingen() {
		try {
			return new ObjectMapper().readTree(variable(VerwijzingVariabelen.TERUGKOPPELINGEN).toString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> statussen() {
		List<String> statussen = new ArrayList<>();
		terugkoppelingen().forEach((regel) -> statussen.add(regel.get("status").asText()));
		return statussen;
	}

}
