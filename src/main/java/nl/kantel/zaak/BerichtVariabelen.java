package nl.kantel.zaak;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.dto.message.CorrelationMessageDto;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.stereotype.Component;

import nl.kantel.engine.EngineApiUitbreiding;
import nl.kantel.engine.ZonderAutorisatie;
import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * A message into a running case brings only the variables its catching event declares:
 * the extension property {@code variabelen} (Camunda Modeler, tab Extension properties),
 * e.g. {@code persoonlijkPlan}; an event without it brings none. Read per process
 * definition of the case the message is for, so another model's events never change what
 * a case accepts. A message that starts a case is not limited here: its variables are
 * start variables, checked by the case's {@link StartValidator}.
 */
@Component
class BerichtVariabelen implements EngineApiUitbreiding {

	static final String PROPERTY = "variabelen";

	private final ProcessEngine engine;

	/** Per process definition and message name; a deployed definition never changes. */
	private final Map<String, Map<String, Set<String>>> byDefinition = new ConcurrentHashMap<>();

	BerichtVariabelen(ProcessEngine engine) {
		this.engine = engine;
	}

	@Override
	public void registreer(ResourceConfig config) {
		config.register(new Inhoud());
	}

	@Priority(Priorities.AUTHORIZATION + 2)
	class Inhoud implements ReaderInterceptor {

		@Override
		public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
			Object inhoud = context.proceed();
			if (inhoud instanceof CorrelationMessageDto message && message.getBusinessKey() != null) {
				check(message);
			}
			return inhoud;
		}

	}

	private void check(CorrelationMessageDto message) {
		Set<String> sent = new TreeSet<>();
		Stream
			.of(message.getProcessVariables(), message.getProcessVariablesLocal(),
					message.getProcessVariablesToTriggeredScope())
			.filter(Objects::nonNull)
			.forEach((payload) -> sent.addAll(payload.keySet()));
		if (sent.isEmpty()) {
			return;
		}
		for (ProcessInstance zaak : zaken(message.getBusinessKey())) {
			accepted(zaak.getProcessDefinitionId(), message.getMessageName()).ifPresent((accepted) -> {
				List<Violation> violations = sent.stream()
					.filter((name) -> !accepted.contains(name))
					.map((name) -> new Violation(name,
							"Bericht " + message.getMessageName() + " kan dit gegeven niet meebrengen."))
					.toList();
				if (!violations.isEmpty()) {
					throw new InvalidVariableException(violations);
				}
			});
		}
	}

	/**
	 * The running cases with this zaaknummer, also for a caller that may not read them.
	 */
	private List<ProcessInstance> zaken(String zaaknummer) {
		return ZonderAutorisatie.opzoeken(this.engine.getIdentityService(),
				() -> this.engine.getRuntimeService()
					.createProcessInstanceQuery()
					.processInstanceBusinessKey(zaaknummer)
					.list());
	}

	/** Empty when the definition does not catch this message in a running case. */
	private Optional<Set<String>> accepted(String processDefinitionId, String messageName) {
		return Optional.ofNullable(this.byDefinition.computeIfAbsent(processDefinitionId, this::read).get(messageName));
	}

	private Map<String, Set<String>> read(String processDefinitionId) {
		BpmnModelInstance model = this.engine.getRepositoryService().getBpmnModelInstance(processDefinitionId);
		Map<String, Set<String>> accepted = new HashMap<>();
		for (MessageEventDefinition definition : model.getModelElementsByType(MessageEventDefinition.class)) {
			if (definition.getMessage() != null && catchesInCase(definition.getParentElement())) {
				accepted.putIfAbsent(definition.getMessage().getName(),
						declared((FlowElement) definition.getParentElement()));
			}
		}
		for (ReceiveTask task : model.getModelElementsByType(ReceiveTask.class)) {
			if (task.getMessage() != null) {
				accepted.putIfAbsent(task.getMessage().getName(), declared(task));
			}
		}
		return accepted;
	}

	private static boolean catchesInCase(Object event) {
		if (event instanceof IntermediateCatchEvent || event instanceof BoundaryEvent) {
			return true;
		}
		return event instanceof StartEvent start && !(start.getParentElement() instanceof Process);
	}

	/** The variables an event declares in its extension property {@code variabelen}. */
	static Set<String> declared(FlowElement event) {
		if (event.getExtensionElements() == null) {
			return Set.of();
		}
		return event.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()
			.stream()
			.flatMap((properties) -> properties.getCamundaProperties().stream())
			.filter((property) -> PROPERTY.equals(property.getCamundaName()))
			.map(CamundaProperty::getCamundaValue)
			.filter(Objects::nonNull)
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map(String::trim)
			.filter((variable) -> !variable.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

}
