package nl.kantel.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * The path template of a request to Camunda's REST API as Jersey matched it, below the
 * engine: {@code /task/{id}/complete}, the same for {@code /engine-rest},
 * {@code /engine-rest/engine/{name}} and the webapps'
 * {@code /camunda/api/engine/engine/{name}}.
 */
public final class EngineApiPad {

	private static final String NAMED_ENGINE = "/engine/{name}";

	private EngineApiPad() {
	}

	public static String van(ExtendedUriInfo uri) {
		List<String> templates = new ArrayList<>(
				uri.getMatchedTemplates().stream().map(UriTemplate::getTemplate).toList());
		Collections.reverse(templates);
		return van(templates);
	}

	/** The path of the templates matched from the root resource on. */
	public static String van(List<String> templates) {
		StringBuilder path = new StringBuilder();
		for (String template : templates) {
			for (String segment : template.split("/")) {
				if (!segment.isEmpty()) {
					path.append('/').append(segment);
				}
			}
		}
		String full = path.toString();
		if (full.startsWith(NAMED_ENGINE)) {
			full = full.substring(NAMED_ENGINE.length());
		}
		return full.isEmpty() ? "/" : full;
	}

}
