package nl.kantel.formulier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;

import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * A person who completes a task hands in what the task's form asks, nothing more: its
 * editable fields, and its read-only fields only unchanged (Tasklist sends them along).
 * So a completion over REST cannot rewrite what the process keeps itself, such as a
 * deadline, the receiving team or the zaaknummer. The engine's own steps (no logged-in
 * user) are not limited.
 */
class TaakInvoerBewaking extends CommandInterceptor {

	private final DeployedForms forms;

	TaakInvoerBewaking(DeployedForms forms) {
		this.forms = forms;
	}

	@Override
	public <T> T execute(Command<T> command) {
		CommandContext context = Context.getCommandContext();
		if (context != null && context.getAuthenticatedUserId() != null) {
			Inzending.of(command).ifPresent((inzending) -> check(context, inzending));
		}
		return this.next.execute(command);
	}

	private void check(CommandContext context, Inzending inzending) {
		TaskEntity task = context.getTaskManager().findTaskById(inzending.taskId());
		Expression formRef = (task == null || task.getTaskDefinition() == null) ? null
				: task.getTaskDefinition().getCamundaFormDefinitionKey();
		if (formRef == null || inzending.variables().isEmpty()) {
			return;
		}
		Map<String, FormField> fields = this.forms.find(task.getProcessDefinitionId(), formRef.getExpressionText())
			.fields()
			.stream()
			.collect(Collectors.toMap(FormField::key, Function.identity(), (first, second) -> first));
		List<Violation> violations = new ArrayList<>();
		inzending.variables().forEach((name, submitted) -> {
			FormField field = fields.get(name);
			if (field == null) {
				violations.add(new Violation(name, "Dit gegeven hoort niet bij het formulier van deze taak."));
			}
			else if (field.readonly() && !sameValue(unwrap(submitted), task.getVariable(name))) {
				violations.add(new Violation(name, "Dit veld is alleen te lezen; u kunt het niet wijzigen."));
			}
		});
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
	}

	private static Object unwrap(Object value) {
		return (value instanceof TypedValue typed) ? typed.getValue() : value;
	}

	/** As a form shows them: a number as a number, an empty text as nothing. */
	static boolean sameValue(Object submitted, Object current) {
		Object left = blankToNull(submitted);
		Object right = blankToNull(current);
		if (Objects.equals(left, right)) {
			return true;
		}
		if (left instanceof Number a && right instanceof Number b) {
			return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
		}
		return left != null && right != null && left.toString().equals(right.toString());
	}

	private static Object blankToNull(Object value) {
		return (value instanceof String text && text.isBlank()) ? null : value;
	}

}
