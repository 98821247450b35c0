package nl.kantel;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import nl.kantel.KantelRest.Answer;

/**
 * What the run command promises: the application, its webapps, REST API and models are
 * up.
 */
abstract class PlatformContract {

	@Autowired
	TestRestTemplate template;

	@Autowired
	DataSource dataSource;

	@Autowired
	ProcessEngine engine;

	/** The database this run claims to use, as its JDBC driver names it. */
	abstract String database();

	@Test
	@DisplayName("the run is on the database its name says, for Kantel's tables and Camunda's engine alike")
	void databaseIsWhatTheRunSays() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(database());
		}
		String engineDatabase = ((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration())
			.getDatabaseType();
		assertThat(engineDatabase).isEqualTo(database().equals("PostgreSQL") ? "postgres" : "h2");
	}

	@Test
	@DisplayName("the health endpoint reports UP")
	void healthUp() {
		Answer health = KantelRest.anonymous(this.template).get("/actuator/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body().path("status").asText()).isEqualTo("UP");
	}

	@Test
	@DisplayName("Tasklist, Cockpit and Admin are served under /camunda")
	void webappsServed() {
		for (String app : new String[] { "tasklist", "cockpit", "admin" }) {
			ResponseEntity<String> page = this.template.getForEntity("/camunda/app/" + app + "/", String.class);
			assertThat(page.getStatusCode().value()).as(app).isEqualTo(200);
			assertThat(page.getBody()).as(app).contains("<html");
		}
	}

	@Test
	@DisplayName("the webapps offer Dutch first: a Dutch locale file and config.js with Dutch as fallback")
	void webappsInDutch() {
		for (String app : new String[] { "tasklist", "cockpit", "admin", "welcome" }) {
			ResponseEntity<String> locale = this.template.getForEntity("/camunda/app/" + app + "/locales/nl.json",
					String.class);
			ResponseEntity<String> config = this.template.getForEntity("/camunda/app/" + app + "/scripts/config.js",
					String.class);
			assertThat(locale.getStatusCode().value()).as(app).isEqualTo(200);
			assertThat(config.getBody()).as(app)
				.contains("availableLocales: ['nl', 'en']")
				.contains("fallbackLocale: 'nl'");
		}
		ResponseEntity<String> tasklist = this.template.getForEntity("/camunda/app/tasklist/locales/nl.json",
				String.class);
		assertThat(tasklist.getBody()).contains("\"COMPLETE\": \"Voltooien\"");
	}

	@Test
	@DisplayName("the REST API answers 401 without credentials, also for the engine list and Kantel's own API")
	void anonymousRestRefused() {
		KantelRest anonymous = KantelRest.anonymous(this.template);

		assertThat(anonymous.get("/engine-rest/engine").status()).isEqualTo(401);
		assertThat(anonymous.get("/engine-rest/process-definition").status()).isEqualTo(401);
		assertThat(anonymous.get("/engine-rest/task").status()).isEqualTo(401);
		assertThat(anonymous.get("/api/zaken/WMO-2026-000001/gekoppeld").status()).isEqualTo(401);
	}

	@Test
	@DisplayName("the REST API answers 401 for a wrong password")
	void wrongPasswordRefused() {
		// A user no other test logs in as: failed attempts lock the account for a while.
		KantelRest wrong = new KantelRest(this.template, "clientenraad", "geen-demo");

		assertThat(wrong.get("/engine-rest/task").status()).isEqualTo(401);
	}

	@Test
	@DisplayName("a portal's Json variable is stored as Json through Spin")
	void jsonVariableFromRest() {
		Map<String, Object> variables = KantelRest.typed(ProefZaak.validStart());
		variables.put("domeinen", Map.of("value", "[\"wmo\",\"schuldhulp\"]", "type", "Json"));

		Answer started = KantelRest.as(this.template, "portaal").post(ProefZaak.START, Map.of("variables", variables));

		assertThat(started.status()).isEqualTo(200);
		Answer stored = KantelRest.as(this.template, "manager")
			.get("/engine-rest/process-instance/" + started.body().path("id").asText()
					+ "/variables/domeinen?deserializeValue=false");
		assertThat(stored.body().path("type").asText()).isEqualTo("Json");
		assertThat(stored.body().path("value").asText()).isEqualTo("[\"wmo\",\"schuldhulp\"]");
	}

	@Test
	@DisplayName("a Java-serialized object variable is refused")
	void javaSerializationRefused() {
		Map<String, Object> variables = KantelRest.typed(ProefZaak.validStart());
		variables.put("object",
				Map.of("value", "rO0ABXQABGhhbGxv", "type", "Object", "valueInfo", Map.of("objectTypeName",
						"java.lang.String", "serializationDataFormat", "application/x-java-serialized-object")));

		Answer answer = KantelRest.as(this.template, "portaal").post(ProefZaak.START, Map.of("variables", variables));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.message()).startsWith("object: ").contains("neemt Kantel niet aan");
	}

	@Test
	@DisplayName("the models are deployed on start, each process together with the forms it references")
	void modelsDeployed() {
		KantelRest admin = KantelRest.as(this.template, "camunda-admin");

		Answer definitions = admin.get("/engine-rest/process-definition?key=" + ProefZaak.KEY);
		assertThat(definitions.body()).hasSize(1);
		String deploymentId = definitions.body().get(0).path("deploymentId").asText();
		Answer resources = admin.get("/engine-rest/deployment/" + deploymentId + "/resources");
		assertThat(resources.body().findValuesAsText("name")).containsExactlyInAnyOrder("proef-zaak.bpmn",
				"proef-start.form", "proef-beoordelen.form", "proef-accorderen.form");
	}

}
