package nl.kantel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Calls the running application over HTTP as one user, the way a portal or Modeler does.
 */
public record KantelRest(TestRestTemplate template, String user, String password) {

	public static final String DEMO_PASSWORD = "demo";

	private static final ObjectMapper JSON = new ObjectMapper();

	public static KantelRest anonymous(TestRestTemplate template) {
		return new KantelRest(template, null, null);
	}

	public static KantelRest as(TestRestTemplate template, String user) {
		return new KantelRest(template, user, DEMO_PASSWORD);
	}

	public Answer get(String path) {
		return exchange(HttpMethod.GET, path, null);
	}

	public Answer post(String path, Object body) {
		return exchange(HttpMethod.POST, path, body);
	}

	public Answer exchange(HttpMethod method, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		if (this.user != null) {
			headers.setBasicAuth(this.user, this.password);
		}
		ResponseEntity<String> response = this.template.exchange(path, method, new HttpEntity<>(body, headers),
				String.class);
		return answer(response);
	}

	public static Answer answer(ResponseEntity<String> response) {
		return new Answer(response.getStatusCode().value(), parse(response.getBody()));
	}

	/**
	 * Claims and completes the one task of this key in the case, as this user; fails the
	 * test when the user does not see exactly one or may not complete it.
	 */
	public void completeTask(String instanceId, String taskKey, Map<String, Object> values) {
		JsonNode tasks = get("/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + taskKey)
			.body();
		assertThat(tasks).as(this.user + " sees " + taskKey).hasSize(1);
		String taskId = tasks.get(0).path("id").asText();
		assertThat(post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", this.user)).status())
			.as(this.user + " claims " + taskKey)
			.isEqualTo(204);
		Answer completed = post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", typed(values)));
		assertThat(completed.status()).as(taskKey + ": " + completed.message()).isEqualTo(204);
	}

	/**
	 * Runs the job waiting at an activity, as an administrator does from Cockpit (the job
	 * executor is off in tests).
	 */
	public void executeJob(String instanceId, String activityId) {
		JsonNode jobs = get("/engine-rest/job?processInstanceId=" + instanceId + "&activityId=" + activityId).body();
		assertThat(jobs).as("job at " + activityId).hasSize(1);
		Answer executed = post("/engine-rest/job/" + jobs.get(0).path("id").asText() + "/execute", null);
		assertThat(executed.status()).as(activityId + ": " + executed.message()).isEqualTo(204);
	}

	/** Camunda's typed variables: {"name": {"value": ..., "type": ...}}. */
	public static Map<String, Object> typed(Map<String, Object> values) {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", typeOf(value))));
		return variables;
	}

	private static String typeOf(Object value) {
		if (value instanceof Boolean) {
			return "Boolean";
		}
		if (value instanceof Long) {
			return "Long";
		}
		if (value instanceof Integer) {
			return "Integer";
		}
		if (value instanceof Double) {
			return "Double";
		}
		return "String";
	}

	private static JsonNode parse(String body) {
		if (body == null || body.isBlank()) {
			return JSON.nullNode();
		}
		try {
			return JSON.readTree(body);
		}
		catch (JsonProcessingException ex) {
			return JSON.getNodeFactory().textNode(body);
		}
	}

	public record Answer(int status, JsonNode body) {

		public String message() {
			return this.body.path("message").asText();
		}

	}

}
