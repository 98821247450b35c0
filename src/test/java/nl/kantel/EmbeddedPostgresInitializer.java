package nl.kantel;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts one PostgreSQL server per JVM from the Maven artifact and points the context at
 * it.
 */
class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static EmbeddedPostgres server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		EmbeddedPostgres postgres = server();
		TestPropertyValues
			.of("spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"spring.datasource.username=postgres", "spring.datasource.password=",
					"camunda.bpm.database.type=postgres")
			.applyTo(context);
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Embedded PostgreSQL start niet", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresInitializer::stop));
		}
		return server;
	}

	private static void stop() {
		try {
			server.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
