package nl.kantel.zaak;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;

import nl.kantel.engine.Gebruikersfout;

/**
 * Input that a case cannot accept: a start or task completion with a missing or wrong
 * variable. Thrown inside the engine so the whole transaction rolls back; the REST layer
 * answers it with HTTP 400 and the message, which names each variable.
 */
public class InvalidVariableException extends ProcessEngineException implements Gebruikersfout {

	private final List<Violation> violations;

	public InvalidVariableException(List<Violation> violations) {
		super(describe(violations));
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("an InvalidVariableException needs at least one violation");
		}
		this.violations = List.copyOf(violations);
	}

	public InvalidVariableException(String variable, String message) {
		this(List.of(new Violation(variable, message)));
	}

	public List<Violation> violations() {
		return this.violations;
	}

	@Override
	public int status() {
		return 400;
	}

	private static String describe(List<Violation> violations) {
		return violations.stream()
			.map((violation) -> violation.variable() + ": " + violation.message())
			.collect(Collectors.joining("; "));
	}

	/** What is wrong with one variable, in Dutch for the person who entered it. */
	public record Violation(String variable, String message) {
	}

}
