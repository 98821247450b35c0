package nl.kantel;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;

/**
 * Runs engine calls as a logged-in user with that user's groups, so authorization applies
 * as in Tasklist.
 */
public final class AsUser {

	private AsUser() {
	}

	public static void run(ProcessEngine engine, String user, Runnable action) {
		List<String> groups = engine.getIdentityService()
			.createGroupQuery()
			.groupMember(user)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		engine.getIdentityService().setAuthentication(user, groups);
		try {
			action.run();
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

}
