package nl.kantel.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * What a deployed model may reach: expressions only Kantel's beans and the case
 * ({@link AfgeschermdeExpressies}), and no Java class by name: a model with
 * {@code camunda:class} (a delegate, listener or variable mapping) is refused at
 * deployment, naming the element, and so is a CMMN case model.
 */
@Component
class ModelSandbox extends AbstractProcessEnginePlugin {

	private static final List<String> KLASSE_ATTRIBUTEN = List.of("class", "variableMappingClass");

	private final ApplicationContext beans;

	ModelSandbox(ApplicationContext beans) {
		this.beans = beans;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setExpressionManager(new AfgeschermdeExpressies(this.beans));
		List<Deployer> preDeployers = new ArrayList<>();
		if (configuration.getCustomPreDeployers() != null) {
			preDeployers.addAll(configuration.getCustomPreDeployers());
		}
		preDeployers.add(ModelSandbox::refuseCaseModels);
		configuration.setCustomPreDeployers(preDeployers);
		ParseListeners.addFirst(configuration, new AbstractBpmnParseListener() {

			@Override
			public void parseRootElement(Element definitions, List<ProcessDefinitionEntity> processes) {
				refuseClasses(definitions, null);
			}

		});
	}

	/**
	 * Kantel models in BPMN; a CMMN case model would bring its own listeners and classes
	 * past these checks.
	 */
	private static void refuseCaseModels(DeploymentEntity deployment) {
		deployment.getResources()
			.keySet()
			.stream()
			.filter((name) -> name.endsWith(".cmmn") || name.endsWith(".cmmn11.xml") || name.endsWith(".cmmn10.xml"))
			.findFirst()
			.ifPresent((name) -> {
				throw new BadUserRequestException(
						"Kantel gebruikt geen CMMN-modellen (" + name + "); maak een BPMN-proces.");
			});
	}

	private static void refuseClasses(Element element, String owner) {
		String id = element.attribute("id");
		String named = (id != null) ? id : owner;
		for (String attribute : KLASSE_ATTRIBUTEN) {
			if (element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, attribute) != null) {
				throw new BadUserRequestException("Element " + named + " noemt een Java-klasse (camunda:" + attribute
						+ "); roep in Kantel een Spring-bean aan met delegateExpression of expression.");
			}
		}
		element.elements().forEach((child) -> refuseClasses(child, named));
	}

}
