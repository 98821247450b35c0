package nl.kantel;

import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.InvalidVariableException.Violation;

/** What a refused engine call said was wrong, as the 400 a REST caller gets would. */
public final class Weigering {

	private Weigering() {
	}

	/**
	 * The violations of the InvalidVariableException that refused the call, wrapped by
	 * the engine or not; fails when the call was not refused that way.
	 */
	public static List<Violation> van(ThrowingCallable call) {
		Throwable thrown = catchThrowable(call);
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidVariableException invalid) {
				return invalid.violations();
			}
		}
		throw new AssertionError("expected a refusal with an InvalidVariableException, got " + thrown, thrown);
	}

}
