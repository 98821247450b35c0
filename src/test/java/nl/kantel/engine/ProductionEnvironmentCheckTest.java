package nl.kantel.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ProductionEnvironmentCheckTest {

	private final ProductionEnvironmentCheck check = new ProductionEnvironmentCheck();

	@Test
	@DisplayName("profile postgres without its environment variables refuses to start, naming each missing one")
	void postgresWithoutEnvironmentRefused() {
		StandardEnvironment environment = environment(Map.of("KANTEL_DB_URL", "jdbc:postgresql://db/kantel"),
				"postgres");

		assertThatThrownBy(() -> this.check.postProcessEnvironment(environment, new SpringApplication()))
			.hasMessageContaining("KANTEL_DB_USER, KANTEL_DB_PASSWORD, KANTEL_ADMIN_USER, KANTEL_ADMIN_PASSWORD")
			.hasMessageNotContaining("KANTEL_DB_URL,");
	}

	@Test
	@DisplayName("profile postgres with every variable set starts")
	void postgresWithEnvironmentStarts() {
		Map<String, Object> all = new HashMap<>();
		ProductionEnvironmentCheck.REQUIRED.forEach((name) -> all.put(name, "gezet"));

		assertThatCode(() -> this.check.postProcessEnvironment(environment(all, "postgres"), new SpringApplication()))
			.doesNotThrowAnyException();
	}

	@Test
	@DisplayName("the local run needs none of them")
	void localRunNeedsNothing() {
		assertThatCode(() -> this.check.postProcessEnvironment(environment(Map.of(), "local"), new SpringApplication()))
			.doesNotThrowAnyException();
	}

	private static StandardEnvironment environment(Map<String, Object> values, String profile) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().addFirst(new MapPropertySource("test", values));
		environment.setActiveProfiles(profile);
		return environment;
	}

}
