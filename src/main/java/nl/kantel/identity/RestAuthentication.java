package nl.kantel.identity;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic against Camunda's identity service for Camunda's REST API and Kantel's own
 * API, so that every call runs as a known user and the engine's authorization checks
 * apply.
 */
@Configuration(proxyBeanMethods = false)
class RestAuthentication {

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		return registration("engine-rest-authenticatie", "/engine-rest", "/engine-rest/*");
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> kantelApiAuthentication() {
		return registration("kantel-api-authenticatie", "", "/api/*");
	}

	private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration(String name,
			String pathPrefix, String urlPattern) {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new NoAnonymousAccess());
		registration.setName(name);
		registration.addUrlPatterns(urlPattern);
		registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName(), ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX,
				pathPrefix));
		return registration;
	}

	/**
	 * Camunda lets anyone list the engines at /engine; Kantel answers nothing
	 * anonymously.
	 */
	static class NoAnonymousAccess extends ProcessEngineAuthenticationFilter {

		@Override
		protected boolean requiresEngineAuthentication(String requestUrl) {
			return true;
		}

	}

}
