package nl.kantel.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.kantel.EmbeddedPostgresInitializer;
import nl.kantel.KantelApplication;

/**
 * Kantel started as in production: profile postgres, settings from the environment. Its
 * engine has a name of its own and it runs without webapps, because Camunda keeps engines
 * and webapp state per JVM and this JVM also runs the other PostgreSQL tests.
 */
class ProductionProfilePostgresIT {

	private static final String ADMIN = "beheerder";

	private static final String ADMIN_PASSWORD = "Zorg-Dichtbij-2026!";

	private static ConfigurableApplicationContext application;

	/**
	 * The test closes the application itself; its own exit hook made the test JVM hang on
	 * exit.
	 */
	@BeforeAll
	static void startAsInProduction() {
		application = new SpringApplicationBuilder(KantelApplication.class).registerShutdownHook(false)
			.profiles("postgres")
			.properties("KANTEL_DB_URL=" + EmbeddedPostgresInitializer.freshDatabase("productie"),
					"KANTEL_DB_USER=postgres", "KANTEL_DB_PASSWORD=postgres", "KANTEL_ADMIN_USER=" + ADMIN,
					"KANTEL_ADMIN_PASSWORD=" + ADMIN_PASSWORD, "server.port=0",
					"camunda.bpm.process-engine-name=productie", "camunda.bpm.job-execution.enabled=false",
					"camunda.bpm.webapp.enabled=false", "spring.mail.host=127.0.0.1",
					"kantel.post.printpost=target/productie-printpost")
			.run();
	}

	@AfterAll
	static void stop() {
		application.close();
	}

	@Test
	@DisplayName("no demo user exists; the only user is the administrator from the environment")
	void onlyTheAdministrator() {
		IdentityService identity = application.getBean(IdentityService.class);

		assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly(ADMIN);
		assertThat(identity.checkPassword(ADMIN, ADMIN_PASSWORD)).isTrue();
		assertThat(identity.createGroupQuery().groupMember(ADMIN).singleResult().getId()).isEqualTo("camunda-admin");
		assertThat(application.getBeanNamesForType(DemoUsers.class)).isEmpty();
	}

	@Test
	@DisplayName("the contract's groups exist all the same")
	void groupsExist() {
		IdentityService identity = application.getBean(IdentityService.class);

		assertThat(identity.createGroupQuery().count()).isEqualTo(KantelGroup.values().length);
		assertThat(Arrays.stream(KantelGroup.values()).map(KantelGroup::id))
			.allMatch((id) -> identity.createGroupQuery().groupId(id).count() == 1);
	}

	@Test
	@DisplayName("Camunda's password policy is on: a password like 'demo' is refused")
	void passwordPolicyOn() {
		IdentityService identity = application.getBean(IdentityService.class);

		assertThat(identity.checkPasswordAgainstPolicy("demo").isValid()).isFalse();
	}

}
