package nl.kantel.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * One demo user per group for the local run, password {@code demo}: the user id is the
 * group id. A coordinator also works in the team, {@code teamleider-wmo} is also a
 * consulent, {@code wmo-consulent-2} a second consulent and {@code teamleider-wmo-2} a
 * second teamleider, so the four-eyes rules can be tried. Never active outside the local
 * profile.
 */
@Component
@ConditionalOnProperty(name = "kantel.identity.demo-gebruikers", havingValue = "true")
class DemoUsers extends AbstractProcessEnginePlugin {

	static final String PASSWORD = "demo";

	static final String SECOND_CONSULENT = "wmo-consulent-2";

	static final String SECOND_TEAMLEIDER = "teamleider-wmo-2";

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		IdentityService identity = engine.getIdentityService();
		for (KantelGroup group : KantelGroup.values()) {
			if (group != KantelGroup.CAMUNDA_ADMIN) {
				List<String> groups = group.team()
					.map((team) -> List.of(group.id(), team.id()))
					.orElse(List.of(group.id()));
				createUser(identity, group.id(), group.displayName(), groups);
			}
		}
		createUser(identity, KantelGroup.TEAMLEIDER_WMO.id(), KantelGroup.TEAMLEIDER_WMO.displayName(),
				List.of(KantelGroup.WMO_CONSULENT.id()));
		createUser(identity, SECOND_CONSULENT, "Wmo-consulent (tweede)", List.of(KantelGroup.WMO_CONSULENT.id()));
		createUser(identity, SECOND_TEAMLEIDER, "Teamleider Wmo (tweede)", List.of(KantelGroup.TEAMLEIDER_WMO.id()));
	}

	private static void createUser(IdentityService identity, String id, String lastName, List<String> groups) {
		if (identity.createUserQuery().userId(id).count() == 0) {
			User user = identity.newUser(id);
			user.setFirstName("Demo");
			user.setLastName(lastName);
			user.setEmail(id + "@kantel.example");
			user.setPassword(PASSWORD);
			identity.saveUser(user);
		}
		for (String group : groups) {
			if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
				identity.createMembership(id, group);
			}
		}
	}

}
