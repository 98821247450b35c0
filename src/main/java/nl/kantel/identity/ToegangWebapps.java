package nl.kantel.identity;

import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Application;

import org.camunda.bpm.admin.impl.web.AdminApplication;
import org.camunda.bpm.cockpit.impl.web.CockpitApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.tasklist.impl.web.TasklistApplication;
import org.camunda.bpm.welcome.impl.web.WelcomeApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The webapps' own APIs beside the engine's ({@code /camunda/api/cockpit}, {@code admin},
 * {@code tasklist}, {@code welcome}): Camunda lets any logged-in user call every plugin
 * of every app. Kantel lets each app's plugins serve only the groups that work in that
 * app: Cockpit the managers and designers, Tasklist the staff and managers, Admin the
 * administrators; logging in and the apps' static scripts stay open. Registered first
 * under the names the webapp starter uses, which then skips its own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "camunda.bpm.webapp", name = "enabled", matchIfMissing = true)
class ToegangWebapps {

	private static final Logger log = LoggerFactory.getLogger(ToegangWebapps.class);

	/** Logging in and out, and who is logged in, in every app. */
	private static final Pattern AANMELDEN = Pattern.compile("^/?auth/user/[^/]+(/.*)?$");

	private static final Pattern STATISCH = Pattern.compile("^/?plugin/[^/]+/static/.*$");

	private static final Set<String> COCKPIT = Set.of(KantelGroup.MANAGER.id(), KantelGroup.PROCESONTWERPER.id());

	@Bean
	ServletRegistrationBean<ServletContainer> cockpitApiServlet(
			@Value("${camunda.bpm.webapp.application-path:/camunda}") String path, ProcessEngine engine) {
		return registration("Cockpit Api", path + "/api/cockpit/*", CockpitApplication::new,
				new Filter("cockpit", engine, COCKPIT::contains));
	}

	@Bean
	ServletRegistrationBean<ServletContainer> adminApiServlet(
			@Value("${camunda.bpm.webapp.application-path:/camunda}") String path, ProcessEngine engine) {
		return registration("Admin Api", path + "/api/admin/*", AdminApplication::new,
				new Filter("admin", engine, (groep) -> false));
	}

	@Bean
	ServletRegistrationBean<ServletContainer> tasklistApiServlet(
			@Value("${camunda.bpm.webapp.application-path:/camunda}") String path, ProcessEngine engine) {
		return registration("Tasklist Api", path + "/api/tasklist/*", TasklistApplication::new, new Filter("tasklist",
				engine, (groep) -> Toegangsbeleid.van(Set.of(groep)).contains(Handeling.TAKEN_LEZEN)));
	}

	@Bean
	ServletRegistrationBean<ServletContainer> welcomeApiServlet(
			@Value("${camunda.bpm.webapp.application-path:/camunda}") String path, ProcessEngine engine) {
		return registration("Welcome Api", path + "/api/welcome/*", WelcomeApplication::new, new Filter("welcome",
				engine, (groep) -> !KantelGroup.PORTAAL.id().equals(groep) && KantelGroup.byId(groep).isPresent()));
	}

	private static ServletRegistrationBean<ServletContainer> registration(String name, String urlMapping,
			Supplier<Application> application, Filter filter) {
		ResourceConfig config = ResourceConfig.forApplication(application.get());
		config.register(filter);
		ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(
				new ServletContainer(config), urlMapping);
		registration.setName(name);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** A group of the app, or camunda-admin; logging in and static scripts for anyone. */
	@PreMatching
	@Priority(Priorities.AUTHORIZATION)
	static final class Filter implements ContainerRequestFilter {

		private final String app;

		private final ProcessEngine engine;

		private final Predicate<String> groepVanDeApp;

		Filter(String app, ProcessEngine engine, Predicate<String> groepVanDeApp) {
			this.app = app;
			this.engine = engine;
			this.groepVanDeApp = groepVanDeApp;
		}

		@Override
		public void filter(ContainerRequestContext request) {
			String path = request.getUriInfo().getPath();
			if (AANMELDEN.matcher(path).matches() && "admin".equals(this.app)
					|| STATISCH.matcher(path).matches() && "GET".equals(request.getMethod())) {
				return;
			}
			Authentication user = this.engine.getIdentityService().getCurrentAuthentication();
			boolean toegestaan = user != null && user.getGroupIds() != null
					&& (Toegangsbeleid.magAlles(user.getGroupIds())
							|| user.getGroupIds().stream().anyMatch(this.groepVanDeApp));
			if (!toegestaan) {
				log.info("Geweigerd: {} {} /camunda/api/{}/{}: {}", (user != null) ? user.getUserId() : null,
						request.getMethod(), this.app, path, Toegang.BERICHT);
				request.abortWith(ToegangFilter.geweigerd(Toegang.BERICHT));
			}
		}

	}

}
