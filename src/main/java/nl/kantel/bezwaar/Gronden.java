package nl.kantel.bezwaar;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The grounds of a bezwaar arrive as {@code motivering} (at the start, or in task
 * GrondenAanvullen) and are kept as {@code gronden}: {@code motivering} is later the
 * jurist's motivering of the beslissing, which must neither overwrite the indiener's
 * grounds nor start out filled with them in the decision form.
 */
final class Gronden {

	private Gronden() {
	}

	/** Moves a handed-in motivering to {@code gronden}; whether there was one. */
	static boolean bewaar(VariableScope scope) {
		Object motivering = scope.getVariable(BezwaarVariabelen.MOTIVERING);
		scope.removeVariable(BezwaarVariabelen.MOTIVERING);
		if (motivering instanceof String text && !text.isBlank()) {
			scope.setVariable(BezwaarVariabelen.GRONDEN, text);
			return true;
		}
		return false;
	}

}
