package nl.kantel.zaak;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * A case changes through its steps: a start, a completed task, a message with the
 * variables its event declares ({@link BerichtVariabelen}). Setting or removing variables
 * directly ({@code /process-instance/{id}/variables}, {@code /task/{id}/variables}),
 * moving a case to another step (modification, restart) and suspending it are refused to
 * everyone but an administrator, who may repair a case in Cockpit. Camunda lets whoever
 * may correlate messages (a portal) also do all of these; without this a portal could
 * rewrite a deadline or skip the four-eyes approval. The engine's own steps (no logged-in
 * user) are not limited.
 */
class ZaakVerandertViaStappen extends CommandInterceptor {

	/** What Cockpit offers an administrator to repair a case. */
	private static final List<Class<?>> REPAIRS = List.of(AbstractVariableCmd.class, AbstractPatchVariablesCmd.class,
			ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, AbstractModificationCmd.class,
			AbstractRestartProcessInstanceCmd.class, AbstractSetProcessInstanceStateCmd.class,
			AbstractUpdateProcessInstancesSuspendStateCmd.class);

	private static final Field CORRELATION = correlationField();

	private final BerichtVariabelen berichten;

	ZaakVerandertViaStappen(BerichtVariabelen berichten) {
		this.berichten = berichten;
	}

	@Override
	public <T> T execute(Command<T> command) {
		if (isPersonOtherThanAdministrator(Context.getCommandContext())) {
			if (REPAIRS.stream().anyMatch((repair) -> repair.isInstance(command))) {
				throw new RefusedActionException("Een zaak verandert via een taak of een bericht, "
						+ "niet rechtstreeks; alleen een beheerder mag een zaak herstellen.");
			}
			if (command instanceof AbstractCorrelateMessageCmd correlation) {
				checkPayload(builder(correlation));
			}
		}
		return this.next.execute(command);
	}

	private void checkPayload(MessageCorrelationBuilderImpl message) {
		Set<String> accepted = this.berichten.accepted(message.getMessageName());
		if (accepted == null) {
			return;
		}
		Set<String> sent = new TreeSet<>();
		Stream
			.of(message.getPayloadProcessInstanceVariables(), message.getPayloadProcessInstanceVariablesLocal(),
					message.getPayloadProcessInstanceVariablesToTriggeredScope())
			.filter(Objects::nonNull)
			.forEach((payload) -> sent.addAll(payload.keySet()));
		List<Violation> violations = sent.stream()
			.filter((name) -> !accepted.contains(name))
			.map((name) -> new Violation(name,
					"Bericht " + message.getMessageName() + " kan dit gegeven niet meebrengen."))
			.toList();
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
	}

	private static MessageCorrelationBuilderImpl builder(AbstractCorrelateMessageCmd command) {
		try {
			return (MessageCorrelationBuilderImpl) CORRELATION.get(command);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Camunda keeps the correlation in a protected field without a getter. */
	private static Field correlationField() {
		try {
			Field builder = AbstractCorrelateMessageCmd.class.getDeclaredField("builder");
			builder.setAccessible(true);
			return builder;
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException("Camunda's AbstractCorrelateMessageCmd is veranderd", ex);
		}
	}

	private static boolean isPersonOtherThanAdministrator(CommandContext context) {
		Authentication authentication = (context == null) ? null : context.getAuthentication();
		return authentication != null && authentication.getUserId() != null && (authentication.getGroupIds() == null
				|| !authentication.getGroupIds().contains(Groups.CAMUNDA_ADMIN));
	}

}
