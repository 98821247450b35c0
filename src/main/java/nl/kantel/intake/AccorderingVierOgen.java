package nl.kantel.intake;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

import nl.kantel.zaak.VierOgen;

import nl.kantel.engine.ZonderAutorisatie;

/**
 * The beschikking is approved by someone other than the consulent who assessed the
 * aanvraag: refused when that user claims the approval or completes it, with a message
 * that says why. Who assessed is read from the engine's operation log, not from a
 * variable, because a task completion can set any variable.
 */
@Component("vierOgen")
class AccorderingVierOgen implements TaskListener {

	static final String BEOORDELEN = "AanvraagBeoordelen";

	@Override
	public void notify(DelegateTask task) {
		String approver = TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee()
				: CurrentUser.of(task);
		VierOgen.check(assessor(task), approver, "deze aanvraag");
	}

	private static String assessor(DelegateTask task) {
		HistoryService history = task.getProcessEngineServices().getHistoryService();
		return ZonderAutorisatie.opzoeken(task.getProcessEngineServices().getIdentityService(), () -> {
			Set<String> assessments = history.createHistoricTaskInstanceQuery()
				.processInstanceId(task.getProcessInstanceId())
				.taskDefinitionKey(BEOORDELEN)
				.finished()
				.list()
				.stream()
				.map(HistoricTaskInstance::getId)
				.collect(Collectors.toSet());
			return history.createUserOperationLogQuery()
				.processInstanceId(task.getProcessInstanceId())
				.entityType(EntityTypes.TASK)
				.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
				.orderByTimestamp()
				.desc()
				.list()
				.stream()
				.filter((entry) -> assessments.contains(entry.getTaskId()))
				.map(UserOperationLogEntry::getUserId)
				.findFirst()
				.orElse(null);
		});
	}

}
