package nl.kantel.bezwaar;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Kantel's date variables (ISO strings) read and written as {@link LocalDate}, and counts
 * of days.
 */
final class Datums {

	private Datums() {
	}

	/** The date in variable {@code name}, or null when it is not set. */
	static LocalDate lees(VariableScope scope, String name) {
		return (scope.getVariable(name) instanceof String text && !text.isBlank()) ? LocalDate.parse(text) : null;
	}

	/** The number of days in variable {@code name}, 0 when it is not set. */
	static long dagen(VariableScope scope, String name) {
		return (scope.getVariable(name) instanceof Number number) ? number.longValue() : 0;
	}

	static void schrijf(VariableScope scope, String name, LocalDate date) {
		scope.setVariable(name, date.toString());
	}

}
