package nl.kantel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Walks one case through the engine as its staff would: each step completes the open task
 * as a user of the right group, delivers a message, runs the asynchronous step the job
 * executor would run, or lets time pass to a timer's asserted due day.
 */
public final class Zaakverloop {

	public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final ProcessEngine engine;

	private ProcessInstance instance;

	public Zaakverloop(ProcessEngine engine) {
		this.engine = engine;
	}

	/** Sets the engine clock to 09:00 on that day in the Netherlands. */
	public static void vandaag(String date) {
		ClockUtil.setCurrentTime(Date.from(LocalDate.parse(date).atTime(9, 0).atZone(AMSTERDAM).toInstant()));
	}

	public static Date beginVan(String day) {
		return Date.from(LocalDate.parse(day).atStartOfDay(AMSTERDAM).toInstant());
	}

	public static Date eindVan(String day) {
		return Date.from(LocalDate.parse(day).plusDays(1).atStartOfDay(AMSTERDAM).minusSeconds(1).toInstant());
	}

	public Zaakverloop start(String processKey, Map<String, Object> variables) {
		this.instance = this.engine.getRuntimeService().startProcessInstanceByKey(processKey, variables);
		return this;
	}

	public ProcessInstance instance() {
		return this.instance;
	}

	public String id() {
		return this.instance.getId();
	}

	public String zaaknummer() {
		return this.instance.getBusinessKey();
	}

	/** A variable as the case's history has it, also after the case ended. */
	public Object variable(String name) {
		HistoricVariableInstance variable = historic(name);
		return (variable != null) ? variable.getValue() : null;
	}

	public HistoricVariableInstance historic(String name) {
		return this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(id())
			.variableName(name)
			.singleResult();
	}

	public Task task(String taskDefinitionKey) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(id())
			.taskDefinitionKey(taskDefinitionKey)
			.singleResult();
	}

	public Zaakverloop complete(String taskDefinitionKey, String user, Map<String, Object> variables) {
		Task task = task(taskDefinitionKey);
		assertThat(task).as("open task " + taskDefinitionKey).isNotNull();
		AsUser.run(this.engine, user, () -> this.engine.getTaskService().complete(task.getId(), variables));
		return this;
	}

	public Zaakverloop correlate(String message, Map<String, Object> variables) {
		this.engine.getRuntimeService()
			.createMessageCorrelation(message)
			.processInstanceBusinessKey(zaaknummer())
			.setVariables(variables)
			.correlate();
		return this;
	}

	/**
	 * Executes the job waiting at an activity: an asynchronous step, or a timer once the
	 * clock has reached its due date (a test moves the clock first, never fires a timer
	 * early).
	 */
	public Zaakverloop executeJob(String activityId) {
		Job job = job(activityId);
		assertThat(job).as("job at " + activityId).isNotNull();
		if (job.getDuedate() != null) {
			assertThat(ClockUtil.getCurrentTime()).as("the clock when timer " + activityId + " fires")
				.isAfterOrEqualTo(job.getDuedate());
		}
		this.engine.getManagementService().executeJob(job.getId());
		return this;
	}

	/**
	 * Moves the clock to the start of the day the timer is due, asserted, and fires it.
	 */
	public Zaakverloop timerAfgaan(String activityId, String dueDay) {
		Job job = job(activityId);
		assertThat(job).as("timer at " + activityId).isNotNull();
		assertThat(job.getDuedate()).as("due date of " + activityId).isEqualTo(beginVan(dueDay));
		ClockUtil.setCurrentTime(beginVan(dueDay));
		return executeJob(activityId);
	}

	public Job job(String activityId) {
		return this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(id())
			.activityId(activityId)
			.singleResult();
	}

}
