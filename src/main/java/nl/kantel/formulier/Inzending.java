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
 * fails every completion test, not silently.
 */
record Inzending(String taskId, Map<String, ?> variables) {

	static Optional<Inzending> of(Command<?> command) {
		if (command instanceof CompleteTaskCmd) {
			return Optional.of(read(CompleteTaskCmd.class, command, "variables"));
		}
		if (command instanceof SubmitTaskFormCmd) {
			return Optional.of(read(SubmitTaskFormCmd.class, command, "properties"));
		}
		return Optional.empty();
	}

	private static Inzending read(Class<?> type, Command<?> command, String variablesField) {
		try {
			Field taskId = type.getDeclaredField("taskId");
			Field variables = type.getDeclaredField(variablesField);
			taskId.setAccessible(true);
			variables.setAccessible(true);
			@SuppressWarnings("unchecked")
			Map<String, ?> values = (Map<String, ?>) variables.get(command);
			return new Inzending((String) taskId.get(command), (values != null) ? values : Map.of());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Camunda's " + type.getSimpleName() + " is veranderd", ex);
		}
	}

}
