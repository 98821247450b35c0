package nl.kantel.engine;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses a start with profile {@code postgres} before anything connects, naming every
 * environment variable that is missing, instead of failing later on a placeholder.
 */
public class ProductionEnvironmentCheck implements EnvironmentPostProcessor {

	static final List<String> REQUIRED = List.of("KANTEL_DB_URL", "KANTEL_DB_USER", "KANTEL_DB_PASSWORD",
			"KANTEL_ADMIN_USER", "KANTEL_ADMIN_PASSWORD");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of("postgres"))) {
			return;
		}
		List<String> missing = REQUIRED.stream().filter((name) -> isBlank(environment.getProperty(name))).toList();
		if (!missing.isEmpty()) {
			throw new IllegalStateException("Kantel start niet met profiel postgres: zet de omgevingsvariabele(n) "
					+ String.join(", ", missing) + " (database en eerste beheerder; zie README, Productie)");
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
