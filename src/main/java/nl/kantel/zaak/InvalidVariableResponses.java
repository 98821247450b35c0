package nl.kantel.zaak;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.stereotype.Component;

import nl.kantel.engine.EngineApiUitbreiding;

/**
 * Answers an {@link InvalidVariableException} (and a refused Java-serialized variable)
 * with HTTP 400 and the Dutch message that names the variable, and a
 * {@link RefusedActionException} with 403 and its message. Camunda's REST resources wrap
 * every engine exception of a start or completion in a 500; these mappers, preferred by
 * their priority, look through that wrapping.
 */
@Component
class InvalidVariableResponses implements EngineApiUitbreiding {

	@Override
	public void registreer(ResourceConfig config) {
		config.register(WrappedByRest.class);
		config.register(Unwrapped.class);
	}

	/** Camunda's own refusal of a Java-serialized variable, which it reports as a 500. */
	static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";

	static Response answer(Throwable thrown) {
		ProcessEngineException refused = find(thrown);
		Response.Status status = (refused instanceof RefusedActionException) ? Response.Status.FORBIDDEN
				: Response.Status.BAD_REQUEST;
		ExceptionDto dto = new ExceptionDto();
		dto.setType((status == Response.Status.FORBIDDEN) ? "Geweigerd" : "Ongeldig");
		dto.setMessage(refused.getMessage());
		return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
	}

	static ProcessEngineException find(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidVariableException || cause instanceof RefusedActionException) {
				return (ProcessEngineException) cause;
			}
			if (cause instanceof ProcessEngineException refused && refused.getMessage() != null
					&& refused.getMessage().startsWith(JAVA_SERIALIZATION_PROHIBITED)) {
				return refused;
			}
		}
		return null;
	}

	abstract static class RefusalMapper<E extends Throwable> implements ExtendedExceptionMapper<E> {

		@Override
		public boolean isMappable(E exception) {
			return find(exception) != null;
		}

		@Override
		public Response toResponse(E exception) {
			return answer(exception);
		}

	}

	@Priority(1)
	public static class WrappedByRest extends RefusalMapper<RestException> {

	}

	@Priority(1)
	public static class Unwrapped extends RefusalMapper<ProcessEngineException> {

	}

}
