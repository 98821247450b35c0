package nl.kantel.post;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;

/**
 * A mail waiting in a job of its own, in the job's configuration column (4000
 * characters), so it needs no process variable and outlives the case that planned it.
 */
record Verzendopdracht(String sleutel, String ontvanger, String onderwerp,
		String tekst) implements JobHandlerConfiguration {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Camunda's column for a job's configuration holds this many characters. */
	static final int MAX_LENGTE = 4000;

	static Verzendopdracht parse(String canonical) {
		try {
			return JSON.readValue(canonical, Verzendopdracht.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Onleesbare verzendopdracht in een job", ex);
		}
	}

	@Override
	public String toCanonicalString() {
		try {
			return JSON.writeValueAsString(this);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
