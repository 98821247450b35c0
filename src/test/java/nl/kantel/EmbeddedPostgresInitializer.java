package nl.kantel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts one PostgreSQL server per JVM from the Maven artifact and points the context at
 * it.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static EmbeddedPostgres server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		EmbeddedPostgres postgres = server();
		TestPropertyValues
			.of("spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"spring.datasource.username=postgres", "spring.datasource.password=",
					"camunda.bpm.database.type=postgres",
					// Zaaknummers start again on a new database: letters of the H2 run
					// must not stand where this run puts its own.
					"kantel.post.outbox=target/test-outbox-postgres",
					"kantel.post.printpost=target/test-printpost-postgres")
			.applyTo(context);
	}

	/** A JDBC URL for a database of its own on the same server, created on first use. */
	public static String freshDatabase(String name) {
		EmbeddedPostgres postgres = server();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Database " + name + " niet aangemaakt", ex);
		}
		return postgres.getJdbcUrl("postgres", name);
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
