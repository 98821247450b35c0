package nl.kantel.zaak;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Which variables a message may bring into a running case, as the process designer
 * declares them on the catching event: the extension property {@code variabelen} (Camunda
 * Modeler, tab Extension properties), e.g. {@code persoonlijkPlan}. A message without the
 * property brings none. A message that starts a case is not limited here: its variables
 * are start variables, checked by the case's {@link StartValidator}.
 */
class BerichtVariabelen {

	static final String PROPERTY = "variabelen";

	private static final Set<String> CATCHING = Set.of("intermediateCatchEvent", "boundaryEvent", "receiveTask");

	private final Map<String, Set<String>> byMessage = new ConcurrentHashMap<>();

	private final Set<String> startMessages = ConcurrentHashMap.newKeySet();

	/** Null when the message starts cases: then this rule does not apply. */
	Set<String> accepted(String messageName) {
		if (this.startMessages.contains(messageName)) {
			return null;
		}
		return this.byMessage.getOrDefault(messageName, Set.of());
	}

	BpmnParseListener parseListener() {
		return new AbstractBpmnParseListener() {

			@Override
			public void parseRootElement(Element definitions, List<ProcessDefinitionEntity> processes) {
				Map<String, String> names = new HashMap<>();
				for (Element message : definitions.elements("message")) {
					names.put(message.attribute("id"), message.attribute("name"));
				}
				for (Element process : definitions.elements("process")) {
					read(process, names, true);
				}
			}

		};
	}

	private void read(Element scope, Map<String, String> names, boolean processLevel) {
		for (Element element : scope.elements()) {
			String messageRef = messageRef(element);
			String name = (messageRef == null) ? null : names.get(messageRef);
			if (name != null && processLevel && "startEvent".equals(element.getTagName())) {
				this.startMessages.add(name);
			}
			else if (name != null
					&& (CATCHING.contains(element.getTagName()) || "startEvent".equals(element.getTagName()))) {
				this.byMessage.put(name, declared(element));
			}
			if ("subProcess".equals(element.getTagName())) {
				read(element, names, false);
			}
		}
	}

	private static String messageRef(Element element) {
		if ("receiveTask".equals(element.getTagName())) {
			return element.attribute("messageRef");
		}
		Element definition = element.element("messageEventDefinition");
		return (definition == null) ? null : definition.attribute("messageRef");
	}

	private static Set<String> declared(Element event) {
		Element extensions = event.element("extensionElements");
		Element properties = (extensions == null) ? null
				: extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
		if (properties == null) {
			return Set.of();
		}
		return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")
			.stream()
			.filter((property) -> PROPERTY.equals(property.attribute("name")))
			.flatMap((property) -> Arrays.stream(property.attribute("value", "").split(",")))
			.map(String::trim)
			.filter((variable) -> !variable.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

}
