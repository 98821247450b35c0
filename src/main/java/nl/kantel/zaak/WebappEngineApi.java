package nl.kantel.zaak;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Tasklist completes tasks through the webapps' own copy of the engine API
 * ({@code /camunda/api/engine}), not through /engine-rest. Registering that servlet
 * first, under the name the webapp starter uses (which then skips its own), gives it the
 * same 400 answer for bad input, so Tasklist shows the Dutch message.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "camunda.bpm.webapp", name = "enabled", matchIfMissing = true)
class WebappEngineApi {

	static final String SERVLET_NAME = "Engine Api";

	@Bean
	ServletRegistrationBean<ServletContainer> webappEngineApiServlet(
			@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
		ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(new ServletContainer(),
				webappPath + "/api/engine/*");
		registration.setName(SERVLET_NAME);
		registration
			.setInitParameters(Map.of("jakarta.ws.rs.Application", WithInvalidVariableResponses.class.getName()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	public static class WithInvalidVariableResponses extends EngineRestApplication {

		@Override
		public Set<Class<?>> getClasses() {
			Set<Class<?>> classes = super.getClasses();
			classes.add(InvalidVariableResponses.WrappedByRest.class);
			classes.add(InvalidVariableResponses.Unwrapped.class);
			return classes;
		}

	}

}
