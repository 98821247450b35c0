package nl.kantel.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import nl.kantel.identity.Toegang.Beoordeling;

/** The allow-list on Kantel's own API under {@code /api}, as on Camunda's. */
@Configuration(proxyBeanMethods = false)
class ToegangKantelApi implements WebMvcConfigurer, HandlerInterceptor {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Toegang toegang;

	ToegangKantelApi(Toegang toegang) {
		this.toegang = toegang;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	@SuppressWarnings("unchecked")
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		Map<String, String> padParameters = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Map<String, List<String>> queryParameters = request.getParameterMap()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> Arrays.asList(entry.getValue())));
		Beoordeling beoordeling = this.toegang.beoordeel(new Operatie(request.getMethod(), pattern),
				(padParameters != null) ? padParameters : Map.of(), queryParameters);
		if (!beoordeling.geweigerd()) {
			return true;
		}
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getWriter(), Map.of("type", "Geweigerd", "message", beoordeling.weigering()));
		return false;
	}

}
