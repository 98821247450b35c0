package nl.kantel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FoutantwoordenTest {

	@Test
	@DisplayName("a message that crossed a job of the same case answers 409: try again")
	void gelijktijdigGewijzigd() {
		Response answer = Foutantwoorden.antwoord(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
				new OptimisticLockingException("ENGINE-03005 x"), "Cannot correlate message"));

		assertThat(answer.getStatus()).isEqualTo(409);
		assertThat(body(answer)).containsEntry("type", "Conflict");
		assertThat((String) body(answer).get("message")).contains("probeer het opnieuw");
	}

	@Test
	@DisplayName("something that does not exist answers 404, a wrong value 400, without engine codes or class names")
	void nietGevondenEnOngeldig() {
		Response missing = Foutantwoorden
			.antwoord(new NullValueException("ENGINE-03052 task bestaat-niet doesn't exist: task is null"));
		Response wrong = Foutantwoorden.antwoord(new IllegalArgumentException(
				"Cannot create org.camunda.bpm.engine.variable.FileValue without valueInfo"));

		assertThat(missing.getStatus()).isEqualTo(404);
		assertThat(wrong.getStatus()).isEqualTo(400);
		assertThat((String) body(wrong).get("message")).doesNotContain("org.camunda", "FileValue")
			.startsWith("Cannot create");
		assertThat(body(missing).toString()).doesNotContain("ENGINE-", "Exception");
	}

	@Test
	@DisplayName("a real fault answers 500 with a Dutch message that tells nothing of the inside")
	void echteFout() {
		Response answer = Foutantwoorden.antwoord(new ProcessEngineException("ENGINE-16004 connection reset"));

		assertThat(answer.getStatus()).isEqualTo(500);
		assertThat(body(answer)).containsEntry("type", "Fout").containsEntry("message", Foutantwoorden.FOUT);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> body(Response response) {
		return (Map<String, Object>) response.getEntity();
	}

}
