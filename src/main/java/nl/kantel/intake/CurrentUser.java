package nl.kantel.intake;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who acts on a task: the logged-in user, or the assignee when no one is logged in. */
final class CurrentUser {

	private CurrentUser() {
	}

	static String of(DelegateTask task) {
		Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return (authentication != null) ? authentication.getUserId() : task.getAssignee();
	}

}
