package nl.kantel.bezwaar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.kantel.FlowNodeCoverage;
import nl.kantel.KantelH2;
import nl.kantel.ProefZaak;
import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * Every route through {@code bezwaar}. The hoofdzaak is a case of the platform's test
 * process with a {@code bezwaarDeadline}, as the Wmo intake sets it after a beschikking.
 * Unless a test moves it, the engine clock stands on Tuesday 15 September 2026 and the
 * bezwaar term ends on Friday 2 October 2026, so the decision term ends on Friday 13
 * November 2026.
 */
@KantelH2
class BezwaarProcessH2IT {

	private static final String BEZWAAR_DEADLINE = "2026-10-02";

	private static final String BESLIS_DEADLINE = "2026-11-13";

	/**
	 * 2 October + 12 weeks is Friday 25 December, Eerste Kerstdag: the term runs to
	 * Monday.
	 */
	private static final String BESLIS_DEADLINE_MET_ADVIESCOMMISSIE = "2026-12-28";

	/** 13 November + 6 weeks is again Friday 25 December. */
	private static final String BESLIS_DEADLINE_NA_VERDAGING = "2026-12-28";

	/**
	 * The subprocess around BeslissenOpBezwaar that carries the decision term's timer.
	 */
	private static final String BEHANDELEN = "BezwaarBehandelen";

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
	@DisplayName("a bezwaar in time gets its zaaknummer and deadlines and ends with the jurist's beslissing")
	void inTime() {
		String hoofdzaak = runningHoofdzaak();

		ProcessInstance bezwaar = startByKey(validStart(hoofdzaak));

		assertThat(bezwaar)
			.hasPassed("BezwaarRegistreren", "IsBezwaarTijdig", "BehandelingSamenvoegen", "BehandelingGestart")
			.isWaitingAtExactly(BEHANDELEN, "BeslissenOpBezwaar");
		assertThat(bezwaar.getBusinessKey()).matches("BZW-2026-\\d{6}");
		assertThat(bezwaar).variables()
			.containsEntry(BezwaarVariabelen.ZAAKNUMMER, bezwaar.getBusinessKey())
			.containsEntry(BezwaarVariabelen.ONTVANGST_DATUM, "2026-09-15")
			.containsEntry(BezwaarVariabelen.BEZWAAR_DEADLINE, BEZWAAR_DEADLINE)
			.containsEntry(BezwaarVariabelen.TIJDIG, true)
			.containsEntry(BezwaarVariabelen.ADVIESCOMMISSIE, false)
			.containsEntry(BezwaarVariabelen.BESLIS_DEADLINE, BESLIS_DEADLINE)
			.containsEntry(BezwaarVariabelen.VERDAAGD, false);
		Task beslissen = task("BeslissenOpBezwaar", bezwaar);
		assertThat(beslissen).hasCandidateGroup("juridisch").hasDueDate(at("2026-11-13T23:59:59+01:00"));
		assertThat(timer(bezwaar).getDuedate()).isEqualTo(at("2026-11-14T00:00:00+01:00"));

		complete(beslissen, withVariables(BezwaarVariabelen.BESLISSING, BezwaarVariabelen.ONGEGROND));

		assertThat(bezwaar).hasPassed("BehandelingAfgerond", "IsVerdagingGekozen", "OpBezwaarBeslist")
			.hasNotPassed("VerschoonbaarheidBeoordelen", "BeslistermijnVerdagen", "BeslistermijnVerstreken")
			.isEnded();
		assertThat(resultaat(bezwaar)).isEqualTo(BezwaarVariabelen.ONGEGROND);
	}

	@Test
	@DisplayName("a late bezwaar whose lateness the jurist excuses is decided on as one in time")
	void lateAndExcused() {
		clockAt("2026-10-06T09:00:00+02:00");
		Map<String, Object> start = validStart(runningHoofdzaak());
		start.put(BezwaarVariabelen.ONTVANGST_DATUM, "2026-10-05");

		ProcessInstance bezwaar = startByKey(start);

		assertThat(bezwaar).isWaitingAtExactly("VerschoonbaarheidBeoordelen")
			.variables()
			.containsEntry(BezwaarVariabelen.TIJDIG, false)
			.containsEntry(BezwaarVariabelen.BESLIS_DEADLINE, BESLIS_DEADLINE);
		assertThat(task()).hasCandidateGroup("juridisch").hasDueDate(at("2026-11-13T23:59:59+01:00"));

		complete(task(), withVariables(BezwaarVariabelen.VERSCHOONBAAR, true));

		assertThat(bezwaar).hasPassed("IsTeLaatVerschoonbaar").isWaitingAtExactly(BEHANDELEN, "BeslissenOpBezwaar");
		complete(task(), withVariables(BezwaarVariabelen.BESLISSING, BezwaarVariabelen.GEGROND));
		assertThat(bezwaar).hasPassed("OpBezwaarBeslist").isEnded();
		assertThat(resultaat(bezwaar)).isEqualTo(BezwaarVariabelen.GEGROND);
	}

	@Test
	@DisplayName("a late bezwaar whose lateness is not excusable ends niet-ontvankelijk without a decision task")
	void lateNotExcused() {
		clockAt("2026-10-20T09:00:00+02:00");
		ProcessInstance bezwaar = startByKey(validStart(runningHoofdzaak()));
		assertThat(bezwaar).isWaitingAtExactly("VerschoonbaarheidBeoordelen")
			.variables()
			.containsEntry(BezwaarVariabelen.ONTVANGST_DATUM, "2026-10-20")
			.containsEntry(BezwaarVariabelen.TIJDIG, false);

		complete(task(), withVariables(BezwaarVariabelen.VERSCHOONBAAR, false));

		assertThat(bezwaar).hasPassed("BezwaarNietOntvankelijkVerklaard")
			.hasNotPassed("BezwaarBehandelen", "BeslissenOpBezwaar")
			.isEnded();
		assertThat(resultaat(bezwaar)).isEqualTo(BezwaarVariabelen.NIET_ONTVANKELIJK);
	}

	@Test
	@DisplayName("a late bezwaar completed without an answer on excusability is not excused")
	void lateWithoutAnswer() {
		clockAt("2026-10-20T09:00:00+02:00");
		ProcessInstance bezwaar = startByKey(validStart(runningHoofdzaak()));
		assertThat(bezwaar).isWaitingAtExactly("VerschoonbaarheidBeoordelen");

		complete(task());

		assertThat(bezwaar).hasPassed("BezwaarNietOntvankelijkVerklaard").isEnded();
		assertThat(resultaat(bezwaar)).isEqualTo(BezwaarVariabelen.NIET_ONTVANKELIJK);
	}

	@Test
	@DisplayName("with an adviescommissie the decision term is 12 weeks, extended over Christmas to Monday 28 December")
	void adviescommissie() {
		Map<String, Object> start = validStart(runningHoofdzaak());
		start.put(BezwaarVariabelen.ADVIESCOMMISSIE, true);

		ProcessInstance bezwaar = startByKey(start);

		assertThat(bezwaar).isWaitingAtExactly(BEHANDELEN, "BeslissenOpBezwaar")
			.variables()
			.containsEntry(BezwaarVariabelen.ADVIESCOMMISSIE, true)
			.containsEntry(BezwaarVariabelen.BESLIS_DEADLINE, BESLIS_DEADLINE_MET_ADVIESCOMMISSIE);
		assertThat(task()).hasDueDate(at("2026-12-28T23:59:59+01:00"));
		assertThat(timer(bezwaar).getDuedate()).isEqualTo(at("2026-12-29T00:00:00+01:00"));

		complete(task(), withVariables(BezwaarVariabelen.BESLISSING, BezwaarVariabelen.ONGEGROND));
		assertThat(bezwaar).isEnded();
	}

	@Test
	@DisplayName("postponing once moves the decision deadline by 6 weeks after the Atw, the task's due date and the timer")
	void postponedOnce() {
		ProcessInstance bezwaar = startByKey(validStart(runningHoofdzaak()));
		Task first = task("BeslissenOpBezwaar", bezwaar);

		complete(first, withVariables(BezwaarVariabelen.VERDAGEN, true));

		assertThat(bezwaar).hasPassed("BeslistermijnVerdagen").isWaitingAtExactly(BEHANDELEN, "BeslissenOpBezwaar");
		assertThat(bezwaar).variables()
			.containsEntry(BezwaarVariabelen.BESLIS_DEADLINE, BESLIS_DEADLINE_NA_VERDAGING)
			.containsEntry(BezwaarVariabelen.VERDAAGD, true)
			.containsEntry(BezwaarVariabelen.VERDAGEN, false);
		Task again = task("BeslissenOpBezwaar", bezwaar);
		assertThat(again.getId()).isNotEqualTo(first.getId());
		assertThat(again).hasDueDate(at("2026-12-28T23:59:59+01:00"));
		assertThat(timer(bezwaar).getDuedate()).isEqualTo(at("2026-12-29T00:00:00+01:00"));

		clockAt("2026-11-20T09:00:00+01:00");
		assertThat(executableJobs(bezwaar)).as("the old deadline has passed, the postponed one has not").isZero();

		complete(again, withVariables(BezwaarVariabelen.BESLISSING, BezwaarVariabelen.GEGROND));
		assertThat(bezwaar).hasNotPassed("BeslistermijnVerstreken").isEnded();
		assertThat(resultaat(bezwaar)).isEqualTo(BezwaarVariabelen.GEGROND);
	}

	@Test
	@DisplayName("a second postponement is refused naming verdagen; the task stays open and the deadline stays")
	void secondPostponementRefused() {
		ProcessInstance bezwaar = startByKey(validStart(runningHoofdzaak()));
		complete(task("BeslissenOpBezwaar", bezwaar), withVariables(BezwaarVariabelen.VERDAGEN, true));
		Task again = task("BeslissenOpBezwaar", bezwaar);

		List<Violation> refused = refusal(
				() -> this.tasks.complete(again.getId(), withVariables(BezwaarVariabelen.VERDAGEN, true)));

		assertThat(refused).extracting(Violation::variable).containsExactly(BezwaarVariabelen.VERDAGEN);
		assertThat(refused.get(0).message()).contains("al een keer verdaagd").contains("7:10 lid 3");
		assertThat(this.tasks.createTaskQuery().taskId(again.getId()).count()).isOne();
		assertThat(bezwaar).variables()
			.containsEntry(BezwaarVariabelen.BESLIS_DEADLINE, BESLIS_DEADLINE_NA_VERDAGING)
			.containsEntry(BezwaarVariabelen.VERDAGEN, false);

		complete(again, withVariables(BezwaarVariabelen.BESLISSING, BezwaarVariabelen.ONGEGROND));
		assertThat(bezwaar).isEnded();
	}

	@Test
	@DisplayName("postponing after the decision term has passed is refused naming verdagen")
	void postponementAfterDeadlineRefused() {
		ProcessInstance bezwaar = startByKey(validStart(runningHoofdzaak()));
		clockAt("2026-11-14T09:00:00+01:00");

		List<Violation> refused = refusal(() -> this.tasks.complete(task("BeslissenOpBezwaar", bezwaar).getId(),
				withVariables(BezwaarVariabelen.VERDAGEN, true)));

		assertThat(refused).extracting(Violation::variable).containsExactly(BezwaarVariabelen.VERDAGEN);
		assertThat(refused.get(0).message()).contains("2026-11-13 verstreken");
		assertThat(bezwaar).isWaitingAt("BeslissenOpBezwaar")
			.variables()
			.containsEntry(BezwaarVariabelen.VERDAAGD, false);
	}

	@Test
	@DisplayName("completing without a beslissing, or with a beslissing and a verdaging at once, is refused")
	void decisionOrPostponementRequired() {
		ProcessInstance bezwaar = startByKey(validStart(runningHoofdzaak()));
		String taskId = task("BeslissenOpBezwaar", bezwaar).getId();

		List<Violation> nothing = refusal(() -> this.tasks.complete(taskId));
		List<Violation> both = refusal(() -> this.tasks.complete(taskId, withVariables(BezwaarVariabelen.VERDAGEN, true,
				BezwaarVariabelen.BESLISSING, BezwaarVariabelen.GEGROND)));
		List<Violation> unknown = refusal(
				() -> this.tasks.complete(taskId, withVariables(BezwaarVariabelen.BESLISSING, "toegekend")));

		assertThat(nothing).extracting(Violation::variable).containsExactly(BezwaarVariabelen.BESLISSING);
		assertThat(both).extracting(Violation::message)
			.containsExactly("Kies een beslissing of verdaag de beslistermijn, niet allebei.");
		assertThat(unknown).extracting(Violation::variable).containsExactly(BezwaarVariabelen.BESLISSING);
		assertThat(unknown.get(0).message()).contains("gegrond, ongegrond, niet-ontvankelijk");
		assertThat(bezwaar).isWaitingAtExactly(BEHANDELEN, "BeslissenOpBezwaar");
	}

	@Test
	@DisplayName("when the decision term passes, a task for juridisch appears beside the open decision, which still ends the case")
	void deadlinePassed() {
		ProcessInstance bezwaar = startByKey(validStart(runningHoofdzaak()));
		clockAt("2026-11-13T23:59:59+01:00");
		assertThat(executableJobs(bezwaar)).as("not passed on the last day of the term").isZero();

		clockAt("2026-11-14T00:00:00+01:00");
		assertThat(executableJobs(bezwaar)).isOne();
		assertThat(bezwaar).isWaitingAt("BeslissenOpBezwaar");
		execute(job("BeslistermijnVerstreken"));

		assertThat(bezwaar).hasPassed("BeslistermijnVerstreken")
			.isWaitingAtExactly(BEHANDELEN, "BeslissenOpBezwaar", "TermijnoverschrijdingAfhandelen")
			.variables()
			.containsEntry(BezwaarVariabelen.BESLIS_TERMIJN_OVERSCHREDEN, true);
		assertThat(task("TermijnoverschrijdingAfhandelen")).hasCandidateGroup("juridisch");

		complete(task("BeslissenOpBezwaar", bezwaar),
				withVariables(BezwaarVariabelen.BESLISSING, BezwaarVariabelen.GEGROND));
		assertThat(bezwaar).hasPassed("OpBezwaarBeslist").isWaitingAtExactly("TermijnoverschrijdingAfhandelen");
		complete(task("TermijnoverschrijdingAfhandelen"), withVariables("indienerGeinformeerd", true));

		assertThat(bezwaar).hasPassed("TermijnoverschrijdingAfgehandeld").isEnded();
		assertThat(resultaat(bezwaar)).isEqualTo(BezwaarVariabelen.GEGROND);
	}

	@Test
	@DisplayName("a start without hoofdzaak is refused naming hoofdzaak, and leaves nothing behind")
	void missingHoofdzaak() {
		long before = bezwaarCount();
		Map<String, Object> start = validStart(runningHoofdzaak());
		start.remove(BezwaarVariabelen.HOOFDZAAK);

		List<Violation> refused = refusal(() -> startByKey(start));

		assertThat(refused).extracting(Violation::variable).containsExactly(BezwaarVariabelen.HOOFDZAAK);
		assertThat(bezwaarCount()).isEqualTo(before);
	}

	@Test
	@DisplayName("a hoofdzaak that does not exist, or has no bezwaar term, is refused naming hoofdzaak")
	void unknownHoofdzaak() {
		long before = bezwaarCount();
		ProcessInstance withoutBeschikking = this.runtime.startProcessInstanceByKey(ProefZaak.KEY,
				ProefZaak.validStart());

		List<Violation> unknown = refusal(() -> startByKey(validStart("PRF-2026-999999")));
		List<Violation> noTerm = refusal(() -> startByMessage(validStart(withoutBeschikking.getBusinessKey())));

		assertThat(unknown).extracting(Violation::variable).containsExactly(BezwaarVariabelen.HOOFDZAAK);
		assertThat(unknown.get(0).message()).contains("Er is geen zaak met zaaknummer PRF-2026-999999");
		assertThat(noTerm).extracting(Violation::variable).containsExactly(BezwaarVariabelen.HOOFDZAAK);
		assertThat(noTerm.get(0).message()).contains("heeft geen bezwaartermijn");
		assertThat(bezwaarCount()).isEqualTo(before);
	}

	@Test
	@DisplayName("a BSN that fails the 11-proef is refused naming bsn")
	void badBsn() {
		Map<String, Object> start = validStart(runningHoofdzaak());
		start.put(BezwaarVariabelen.BSN, "123456789");

		assertThat(refusal(() -> startByMessage(start))).extracting(Violation::variable)
			.containsExactly(BezwaarVariabelen.BSN);
	}

	@Test
	@DisplayName("an ontvangstDatum in the future, or not ISO, is refused naming ontvangstDatum")
	void badOntvangstDatum() {
		Map<String, Object> future = validStart(runningHoofdzaak());
		future.put(BezwaarVariabelen.ONTVANGST_DATUM, "2026-09-16");
		Map<String, Object> notIso = validStart(runningHoofdzaak());
		notIso.put(BezwaarVariabelen.ONTVANGST_DATUM, "15-09-2026");

		List<Violation> futureRefused = refusal(() -> startByKey(future));
		List<Violation> notIsoRefused = refusal(() -> startByMessage(notIso));

		assertThat(futureRefused).extracting(Violation::variable).containsExactly(BezwaarVariabelen.ONTVANGST_DATUM);
		assertThat(futureRefused.get(0).message()).contains("in de toekomst");
		assertThat(notIsoRefused).extracting(Violation::variable).containsExactly(BezwaarVariabelen.ONTVANGST_DATUM);
	}

	@Test
	@DisplayName("a start without motivering or with a non-Boolean adviescommissie is refused naming each")
	void missingMotiveringAndWrongType() {
		Map<String, Object> start = validStart(runningHoofdzaak());
		start.remove(BezwaarVariabelen.MOTIVERING);
		start.put(BezwaarVariabelen.ADVIESCOMMISSIE, "ja");

		assertThat(refusal(() -> startByMessage(start))).extracting(Violation::variable)
			.containsExactly(BezwaarVariabelen.MOTIVERING, BezwaarVariabelen.ADVIESCOMMISSIE);
	}

	@Test
	@DisplayName("message BezwaarOntvangen starts a bezwaar while the hoofdzaak is still running, and leaves it alone")
	void byMessageWhileHoofdzaakRuns() {
		ProcessInstance hoofdzaak = this.runtime.startProcessInstanceByKey(ProefZaak.KEY, ProefZaak.validStart());
		this.runtime.setVariable(hoofdzaak.getId(), BezwaarVariabelen.BEZWAAR_DEADLINE, BEZWAAR_DEADLINE);

		ProcessInstance bezwaar = startByMessage(validStart(hoofdzaak.getBusinessKey()));

		assertThat(bezwaar).hasPassed("BezwaarOntvangen")
			.hasNotPassed("BezwaarRegistreren")
			.isWaitingAtExactly(BEHANDELEN, "BeslissenOpBezwaar")
			.variables()
			.containsEntry(BezwaarVariabelen.HOOFDZAAK, hoofdzaak.getBusinessKey())
			.containsEntry(BezwaarVariabelen.BESLIS_DEADLINE, BESLIS_DEADLINE);
		assertThat(bezwaar.getBusinessKey()).startsWith("BZW-");
		assertThat(hoofdzaak).isWaitingAtExactly("ZaakBeoordelen");
		complete(task("BeslissenOpBezwaar", bezwaar),
				withVariables(BezwaarVariabelen.BESLISSING, BezwaarVariabelen.ONGEGROND));
		assertThat(bezwaar).isEnded();
	}

	@Test
	@DisplayName("message BezwaarOntvangen starts a bezwaar after the hoofdzaak has ended")
	void byMessageAfterHoofdzaakEnded() {
		ProcessInstance hoofdzaak = this.runtime.startProcessInstanceByKey(ProefZaak.KEY, ProefZaak.validStart());
		this.runtime.setVariable(hoofdzaak.getId(), BezwaarVariabelen.BEZWAAR_DEADLINE, BEZWAAR_DEADLINE);
		complete(task("ZaakBeoordelen", hoofdzaak), withVariables("besluit", "afwijzen"));
		complete(task("BesluitAccorderen", hoofdzaak), withVariables("akkoord", true));
		assertThat(hoofdzaak).isEnded();

		ProcessInstance bezwaar = startByMessage(validStart(hoofdzaak.getBusinessKey()));

		assertThat(bezwaar).hasPassed("BezwaarOntvangen")
			.isWaitingAtExactly(BEHANDELEN, "BeslissenOpBezwaar")
			.variables()
			.containsEntry(BezwaarVariabelen.BEZWAAR_DEADLINE, BEZWAAR_DEADLINE)
			.containsEntry(BezwaarVariabelen.TIJDIG, true);
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

	/** A running case of the test process whose beschikking has a bezwaar term. */
	private String runningHoofdzaak() {
		ProcessInstance hoofdzaak = this.runtime.startProcessInstanceByKey(ProefZaak.KEY, ProefZaak.validStart());
		this.runtime.setVariable(hoofdzaak.getId(), BezwaarVariabelen.BEZWAAR_DEADLINE, BEZWAAR_DEADLINE);
		return hoofdzaak.getBusinessKey();
	}

	private static Map<String, Object> validStart(String hoofdzaak) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(BezwaarVariabelen.HOOFDZAAK, hoofdzaak);
		variables.put(BezwaarVariabelen.BSN, "123456782");
		variables.put(BezwaarVariabelen.MOTIVERING, "De huishoudelijke hulp is te laag vastgesteld.");
		return variables;
	}

	private Job timer(ProcessInstance instance) {
		return this.management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
	}

	private long executableJobs(ProcessInstance instance) {
		return this.management.createJobQuery().processInstanceId(instance.getId()).executable().count();
	}

	private Object resultaat(ProcessInstance instance) {
		return this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(BezwaarVariabelen.RESULTAAT)
			.singleResult()
			.getValue();
	}

	private long bezwaarCount() {
		return this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(BezwaarVariabelen.PROCESS_KEY)
			.count();
	}

	/** The violations of the InvalidVariableException that refused the call. */
	private static List<Violation> refusal(ThrowingCallable call) {
		Throwable thrown = catchThrowable(call);
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidVariableException invalid) {
				return invalid.violations();
			}
		}
		throw new AssertionError("expected a refusal with an InvalidVariableException, got " + thrown, thrown);
	}

	private static void clockAt(String offsetDateTime) {
		ClockUtil.setCurrentTime(at(offsetDateTime));
	}

	private static Date at(String offsetDateTime) {
		return Date.from(OffsetDateTime.parse(offsetDateTime).toInstant());
	}

}
