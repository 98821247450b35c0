package nl.kantel.formulier;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.dto.task.CompleteTaskDto;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.stereotype.Component;

import nl.kantel.engine.EngineApiPad;
import nl.kantel.engine.EngineApiUitbreiding;
import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * A person who completes a task hands in what the task's form asks, nothing more: its
 * editable fields, and its read-only fields only unchanged (Tasklist sends them along).
 * So a completion cannot rewrite what the process keeps itself, such as a deadline, the
 * receiving team or the zaaknummer; the unchanged read-only fields are then left out of
 * the completion. Judged on Camunda's REST API (both copies: Tasklist completes through
 * the webapps' one) on the body as Camunda read it.
 */
@Component
class TaakInvoerBewaking implements EngineApiUitbreiding {

	private static final String TAAK = TaakInvoerBewaking.class.getName();

	private static final Set<String> AFRONDEN = Set.of("/task/{id}/complete", "/task/{id}/submit-form");

	private final ProcessEngineConfigurationImpl engine;

	private final DeployedForms forms;

	TaakInvoerBewaking(ProcessEngineConfigurationImpl engine, FormValidationPlugin plugin) {
		this.engine = engine;
		this.forms = plugin.forms();
	}

	@Override
	public void registreer(ResourceConfig config) {
		config.register(new Afronden());
		config.register(new Inhoud());
	}

	@Priority(Priorities.AUTHORIZATION + 2)
	class Afronden implements ContainerRequestFilter {

		@Override
		public void filter(ContainerRequestContext request) {
			ExtendedUriInfo uri = (ExtendedUriInfo) request.getUriInfo();
			if ("POST".equals(request.getMethod()) && AFRONDEN.contains(EngineApiPad.van(uri))) {
				request.setProperty(TAAK, uri.getPathParameters().getFirst("id"));
			}
		}

	}

	@Priority(Priorities.AUTHORIZATION + 2)
	class Inhoud implements ReaderInterceptor {

		@Override
		public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
			Object inhoud = context.proceed();
			if (context.getProperty(TAAK) instanceof String taskId && inhoud instanceof CompleteTaskDto completion
					&& completion.getVariables() != null && !completion.getVariables().isEmpty()) {
				Set<String> alleenTeLezen = TaakInvoerBewaking.this.engine.getCommandExecutorTxRequired()
					.execute((command) -> command
						.runWithoutAuthorization(() -> check(command, taskId, completion.getVariables())));
				// Tasklist sends read-only fields back, numbers without their type (a
				// Long amount would come back an Integer): left out, the case keeps its
				// own.
				completion.getVariables().keySet().removeAll(alleenTeLezen);
			}
			return inhoud;
		}

	}

	/**
	 * @return the read-only fields handed in (unchanged, or the completion is refused)
	 */
	private Set<String> check(CommandContext context, String taskId, Map<String, VariableValueDto> submitted) {
		TaskEntity task = context.getTaskManager().findTaskById(taskId);
		if (task == null) {
			return Set.of();
		}
		task.initializeFormKey();
		if (task.getCamundaFormRef() == null) {
			return Set.of();
		}
		Map<String, FormField> fields = this.forms
			.find(context, task.getProcessDefinitionId(), task.getCamundaFormRef().getKey())
			.fields()
			.stream()
			.collect(Collectors.toMap(FormField::key, Function.identity(), (first, second) -> first));
		List<Violation> violations = new ArrayList<>();
		submitted.forEach((name, value) -> {
			FormField field = fields.get(name);
			if (field == null) {
				violations.add(new Violation(name, "Dit gegeven hoort niet bij het formulier van deze taak."));
			}
			else if (field.readonly()
					&& !sameValue((value != null) ? value.getValue() : null, task.getVariable(name))) {
				violations.add(new Violation(name, "Dit veld is alleen te lezen; u kunt het niet wijzigen."));
			}
		});
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
		return submitted.keySet().stream().filter((name) -> fields.get(name).readonly()).collect(Collectors.toSet());
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
