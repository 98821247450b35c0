package nl.kantel.fonds;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.kantel.zaak.InvalidVariableException;

/**
 * The refusals of {@link FondsenApi} as {@code {type, message}}, as everywhere in
 * Kantel's APIs.
 */
@RestControllerAdvice(assignableTypes = FondsenApi.class)
class FondsenApiAnswers {

	@ExceptionHandler
	ResponseEntity<Map<String, String>> invalid(InvalidVariableException exception) {
		return answer(HttpStatus.BAD_REQUEST, "Ongeldig", exception.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException exception) {
		return answer(HttpStatus.BAD_REQUEST, "Ongeldig",
				"bedrag: Stuur {\"bedrag\": hele euro's, \"reden\": tekst} als JSON.");
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> unknown(FondsOnbekendException exception) {
		return answer(HttpStatus.NOT_FOUND, "NietGevonden", exception.getMessage());
	}

	private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String type, String message) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("type", type, "message", message));
	}

}
