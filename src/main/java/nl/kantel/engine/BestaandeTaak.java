package nl.kantel.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response.Status;

import org.camunda.bpm.engine.TaskService;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.stereotype.Component;

/**
 * A request about a task that does not exist, or that the caller may not see, answers 404
 * before Camunda handles it: some of Camunda's task resources fail on a missing task with
 * a NullPointerException (a 500).
 */
@Component
class BestaandeTaak implements EngineApiUitbreiding {

	private final TaskService tasks;

	BestaandeTaak(TaskService tasks) {
		this.tasks = tasks;
	}

	@Override
	public void registreer(ResourceConfig config) {
		config.register(new Filter());
	}

	@Priority(Priorities.AUTHORIZATION + 1)
	class Filter implements ContainerRequestFilter {

		@Override
		public void filter(ContainerRequestContext request) {
			ExtendedUriInfo uri = (ExtendedUriInfo) request.getUriInfo();
			boolean overEenTaak = EngineApiPad.van(uri).startsWith("/task/{id}");
			String id = uri.getPathParameters().getFirst("id");
			if (overEenTaak && id != null && BestaandeTaak.this.tasks.createTaskQuery().taskId(id).count() == 0) {
				request.abortWith(
						Foutantwoorden.antwoord(Status.NOT_FOUND, "Deze taak bestaat niet, of u mag haar niet zien."));
			}
		}

	}

}
