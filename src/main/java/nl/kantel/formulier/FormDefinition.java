package nl.kantel.formulier;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A Camunda Form file (form-js schema) read for its id and its input fields. */
public record FormDefinition(String id, List<FormField> fields) {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Components that show something but hold no value. */
	private static final Set<String> WITHOUT_VALUE = Set.of("text", "html", "spacer", "separator", "button", "image",
			"iframe", "table", "documentPreview", "expression", "filepicker");

	/** Components that only group others. */
	private static final Set<String> CONTAINERS = Set.of("group", "dynamiclist");

	public static FormDefinition parse(String json) {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Formulier is geen geldige JSON: " + ex.getOriginalMessage(), ex);
		}
		String id = root.path("id").asText(null);
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("Formulier heeft geen id");
		}
		List<FormField> fields = new ArrayList<>();
		collect(root.path("components"), fields);
		return new FormDefinition(id, List.copyOf(fields));
	}

	private static void collect(JsonNode components, List<FormField> fields) {
		for (JsonNode component : components) {
			String type = component.path("type").asText("");
			if (CONTAINERS.contains(type)) {
				collect(component.path("components"), fields);
			}
			else if (!WITHOUT_VALUE.contains(type) && component.hasNonNull("key")) {
				fields.add(field(component, type));
			}
		}
	}

	private static FormField field(JsonNode component, String type) {
		JsonNode validate = component.path("validate");
		String label = "datetime".equals(type) ? component.path("dateLabel").asText(null)
				: component.path("label").asText(null);
		List<String> allowed = new ArrayList<>();
		boolean yesNo = component.path("values").size() > 0;
		for (JsonNode value : component.path("values")) {
			allowed.add(value.path("value").asText());
			yesNo &= value.path("value").isBoolean();
		}
		return new FormField(component.get("key").asText(), label, type, validate.path("required").asBoolean(false),
				textOrNull(validate, "pattern"), textOrNull(validate, "validationType"),
				intOrNull(validate, "minLength"), intOrNull(validate, "maxLength"), doubleOrNull(validate, "min"),
				doubleOrNull(validate, "max"), List.copyOf(allowed), yesNo, component.path("conditional").has("hide"),
				component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false));
	}

	private static String textOrNull(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value == null || value.isNull() || value.asText().isBlank()) ? null : value.asText();
	}

	private static Integer intOrNull(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value == null || !value.isNumber()) ? null : value.asInt();
	}

	private static Double doubleOrNull(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value == null || !value.isNumber()) ? null : value.asDouble();
	}

}
