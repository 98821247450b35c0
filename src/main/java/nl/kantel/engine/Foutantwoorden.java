package nl.kantel.engine;

import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every error of Camunda's REST API as a Dutch answer without Java class names or engine
 * codes, and bad input as 4xx: a task or case that does not exist (or that the caller may
 * not see) 404, a change that crossed another one 409 (try again), a request the engine
 * refuses 400 or 403. Only a real fault answers 500, and only that is logged, at WARN;
 * bad input is not logged. Mappers for the same types as Camunda's own, and preferred by
 * priority, so that Camunda's (which log each refusal with its stack trace at ERROR) do
 * not run.
 */
@Component
public class Foutantwoorden implements EngineApiUitbreiding {

	private static final Logger log = LoggerFactory.getLogger(Foutantwoorden.class);

	private static final Pattern ENGINE_CODE = Pattern.compile("\\b[A-Z]+-\\d{5}\\s*");

	private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*");

	private static final Pattern NOT_FOUND = Pattern
		.compile("doesn't exist|does not exist|Cannot find|cannot be found|not found|No matching|no resource found"
				+ "|No subscriptions were found");

	static final String FOUT = "Er ging iets mis op de server; probeer het later opnieuw of meld het aan de beheerder.";

	private static final String ZONDER_UITLEG = "Dit verzoek kan niet worden uitgevoerd.";

	@Override
	public void registreer(ResourceConfig config) {
		config.register(Alles.class);
		config.register(Engine.class);
		config.register(Rest.class);
		config.register(Json.class);
	}

	static Response antwoord(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			Response known = bekend(cause);
			if (known != null) {
				return known;
			}
		}
		if (thrown instanceof RestException rest && rest.getStatus() != null
				&& rest.getStatus().getFamily() == Response.Status.Family.CLIENT_ERROR) {
			return antwoord(rest.getStatus(), rest.getMessage());
		}
		log.warn("Fout bij een verzoek aan de engine-API", thrown);
		return antwoord(Status.INTERNAL_SERVER_ERROR, FOUT);
	}

	private static Response bekend(Throwable cause) {
		if (cause instanceof Gebruikersfout fout) {
			return antwoord(Status.fromStatusCode(fout.status()), cause.getMessage());
		}
		if (cause instanceof WebApplicationException web) {
			Status status = Status.fromStatusCode(web.getResponse().getStatus());
			return antwoord((status != null) ? status : Status.BAD_REQUEST, standaard(web));
		}
		if (cause instanceof NotFoundException || (cause instanceof NullValueException && notFound(cause))
				|| (cause.getClass() == ProcessEngineException.class && notFound(cause))) {
			return antwoord(Status.NOT_FOUND, "Niet gevonden, of u mag het niet inzien.");
		}
		if (cause instanceof AuthorizationException) {
			return antwoord(Status.FORBIDDEN, "U mag dit niet inzien of wijzigen.");
		}
		if (cause instanceof OptimisticLockingException) {
			return antwoord(Status.CONFLICT,
					"De zaak werd tegelijk door een andere stap gewijzigd; probeer het opnieuw.");
		}
		if (cause instanceof BadUserRequestException || cause instanceof NotValidException
				|| cause instanceof MismatchingMessageCorrelationException || cause instanceof NullValueException
				|| cause instanceof JsonProcessingException || cause instanceof IllegalArgumentException) {
			return antwoord(notFound(cause) ? Status.NOT_FOUND : Status.BAD_REQUEST, cause.getMessage());
		}
		return null;
	}

	private static boolean notFound(Throwable cause) {
		return cause.getMessage() != null && NOT_FOUND.matcher(cause.getMessage()).find();
	}

	private static String standaard(WebApplicationException web) {
		return switch (web.getResponse().getStatus()) {
			case 404 -> "Niet gevonden.";
			case 405 -> "Deze methode kan hier niet.";
			case 406 -> "Dit antwoordformaat wordt hier niet geleverd.";
			case 415 -> "Dit formaat wordt hier niet aangenomen.";
			default -> web.getMessage();
		};
	}

	/** The answer {@code {type, message}} with a Dutch type for the status. */
	public static Response antwoord(Status status, String message) {
		String type = switch (status.getFamily()) {
			case CLIENT_ERROR -> switch (status) {
				case NOT_FOUND -> "NietGevonden";
				case FORBIDDEN -> "Geweigerd";
				case CONFLICT -> "Conflict";
				default -> "Ongeldig";
			};
			default -> "Fout";
		};
		return Response.status(status)
			.entity(Map.of("type", type, "message", schoon(message)))
			.type(MediaType.APPLICATION_JSON_TYPE)
			.build();
	}

	/** Without engine codes and class names, which say nothing to a caller. */
	static String schoon(String message) {
		String clean = (message == null) ? ""
				: CLASS_NAME.matcher(ENGINE_CODE.matcher(message).replaceAll("")).replaceAll("").trim();
		return clean.isEmpty() ? ZONDER_UITLEG : clean;
	}

	abstract static class Mapper<E extends Throwable> implements jakarta.ws.rs.ext.ExceptionMapper<E> {

		@Override
		public Response toResponse(E exception) {
			return antwoord(exception);
		}

	}

	@Priority(2)
	public static class Alles extends Mapper<Throwable> {

	}

	@Priority(2)
	public static class Engine extends Mapper<ProcessEngineException> {

	}

	@Priority(2)
	public static class Rest extends Mapper<RestException> {

	}

	@Priority(2)
	public static class Json extends Mapper<JsonProcessingException> {

	}

}
