package nl.kantel.formulier;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * What a person hands in when completing a task: over REST ({@code /task/{id}/complete})
 * or from Tasklist ({@code submit-form}). Camunda's commands keep the values in protected
 * fields without a getter, hence the reflection; a Camunda upgrade that renames them
 * stops the engine from starting, not silently.
 */
record Inzending(String taskId, Map<String, ?> variables) {

	private static final Reader COMPLETION = new Reader(CompleteTaskCmd.class, "variables");

	private static final Reader FORM_SUBMISSION = new Reader(SubmitTaskFormCmd.class, "properties");

	static Optional<Inzending> of(Command<?> command) {
		if (command instanceof CompleteTaskCmd) {
			return Optional.of(COMPLETION.read(command));
		}
		if (command instanceof SubmitTaskFormCmd) {
			return Optional.of(FORM_SUBMISSION.read(command));
		}
		return Optional.empty();
	}

	private record Reader(Field taskId, Field variables) {

		Reader(Class<?> type, String variablesField) {
			this(field(type, "taskId"), field(type, variablesField));
		}

		@SuppressWarnings("unchecked")
		Inzending read(Command<?> command) {
			try {
				Map<String, ?> values = (Map<String, ?>) this.variables.get(command);
				return new Inzending((String) this.taskId.get(command), (values != null) ? values : Map.of());
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static Field field(Class<?> type, String name) {
			try {
				Field field = type.getDeclaredField(name);
				field.setAccessible(true);
				return field;
			}
			catch (NoSuchFieldException ex) {
				throw new IllegalStateException("Camunda's " + type.getSimpleName() + " is veranderd", ex);
			}
		}

	}

}
