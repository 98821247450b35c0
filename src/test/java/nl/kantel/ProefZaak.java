package nl.kantel;

import java.util.HashMap;
import java.util.Map;

import nl.kantel.KantelRest.Answer;

/** The platform's test process (src/test/resources/testmodellen) driven over REST. */
public final class ProefZaak {

	public static final String KEY = "proef-zaak";

	public static final String START = "/engine-rest/process-definition/key/" + KEY + "/start";

	private ProefZaak() {
	}

	public static Map<String, Object> validStart() {
		Map<String, Object> values = new HashMap<>();
		values.put("bsn", "123456782");
		values.put("naam", "J. de Vries");
		values.put("aantal", 3L);
		values.put("soort", "a");
		values.put("datum", "2026-11-14");
		return values;
	}

	public static Answer start(KantelRest rest, Map<String, Object> values) {
		return rest.post(START, Map.of("variables", KantelRest.typed(values)));
	}

	public static Answer completeTask(KantelRest rest, String taskId, Map<String, Object> values) {
		return rest.post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", KantelRest.typed(values)));
	}

}
