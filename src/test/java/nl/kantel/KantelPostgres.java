package nl.kantel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The running application on a real PostgreSQL server that the tests start themselves.
 * These tests run in a JVM of their own (failsafe execution "postgres"): Camunda
 * registers its engine by name, so an H2 and a PostgreSQL context must not share a JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = KantelApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
public @interface KantelPostgres {

}
