package nl.kantel.intake;

import org.camunda.bpm.engine.delegate.DelegateTask;

import nl.kantel.engine.ZonderAutorisatie;

/** Who acts on a task: the logged-in user, or the assignee when no one is logged in. */
final class CurrentUser {

	private CurrentUser() {
	}

	static String of(DelegateTask task) {
		return ZonderAutorisatie.ingelogdeGebruiker(task.getProcessEngineServices().getIdentityService())
			.orElse(task.getAssignee());
	}

}
