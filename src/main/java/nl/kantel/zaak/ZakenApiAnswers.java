package nl.kantel.zaak;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The refusals of Kantel's own API in the shape that
 * {@code nl.kantel.engine.Foutantwoorden} gives them on /engine-rest ({@code {type,
 * message}}, the message naming the variable), so a client reads one kind of error from
 * both.
 */
@RestControllerAdvice(assignableTypes = ZakenApi.class)
class ZakenApiAnswers {

	@ExceptionHandler
	ResponseEntity<Map<String, String>> invalidVariable(InvalidVariableException exception) {
		return answer(HttpStatus.BAD_REQUEST, "Ongeldig", exception);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> notFound(ZaakNotFoundException exception) {
		return answer(HttpStatus.NOT_FOUND, "NietGevonden", exception);
	}

	private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String type,
			RuntimeException exception) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("type", type, "message", exception.getMessage()));
	}

}
