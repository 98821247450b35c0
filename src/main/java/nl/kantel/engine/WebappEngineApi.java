package nl.kantel.engine;

import java.util.List;

import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Gives both copies of Camunda's REST API the rooms' {@link EngineApiUitbreiding}s:
 * {@code /engine-rest} through Spring Boot's Jersey configuration, and the webapps' own
 * copy ({@code /camunda/api/engine}), through which Tasklist completes tasks, by
 * registering that servlet first under the name the webapp starter uses (which then skips
 * its own).
 */
@Configuration(proxyBeanMethods = false)
class WebappEngineApi {

	static final String SERVLET_NAME = "Engine Api";

	@Bean
	ResourceConfigCustomizer engineRestUitbreidingen(ObjectProvider<EngineApiUitbreiding> uitbreidingen) {
		return (config) -> uitbreidingen.orderedStream().forEach((uitbreiding) -> uitbreiding.registreer(config));
	}

	@Bean
	@ConditionalOnProperty(prefix = "camunda.bpm.webapp", name = "enabled", matchIfMissing = true)
	ServletRegistrationBean<ServletContainer> webappEngineApiServlet(
			@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
			List<EngineApiUitbreiding> uitbreidingen) {
		ResourceConfig config = ResourceConfig.forApplication(new EngineRestApplication());
		uitbreidingen.forEach((uitbreiding) -> uitbreiding.registreer(config));
		ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(
				new ServletContainer(config), webappPath + "/api/engine/*");
		registration.setName(SERVLET_NAME);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
