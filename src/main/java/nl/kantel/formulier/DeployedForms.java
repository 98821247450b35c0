package nl.kantel.formulier;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * The forms of a deployment, read once: a deployment never changes, so the cache needs no
 * eviction beyond the engine's life.
 */
final class DeployedForms {

	private final Map<String, Map<String, FormDefinition>> byDeployment = new ConcurrentHashMap<>();

	FormDefinition find(CommandContext context, String processDefinitionId, String formId) {
		String deploymentId = context.getProcessEngineConfiguration()
			.getDeploymentCache()
			.findDeployedProcessDefinitionById(processDefinitionId)
			.getDeploymentId();
		Map<String, FormDefinition> forms = this.byDeployment.computeIfAbsent(deploymentId,
				(id) -> context.runWithoutAuthorization(() -> read(context, id)));
		FormDefinition form = forms.get(formId);
		if (form == null) {
			throw new IllegalStateException("Formulier '" + formId + "' staat niet in deployment " + deploymentId);
		}
		return form;
	}

	private static Map<String, FormDefinition> read(CommandContext context, String deploymentId) {
		Map<String, FormDefinition> forms = new HashMap<>();
		for (ResourceEntity resource : context.getResourceManager().findResourcesByDeploymentId(deploymentId)) {
			if (resource.getName().endsWith(".form")) {
				FormDefinition form = FormDefinition.parse(new String(resource.getBytes(), StandardCharsets.UTF_8));
				forms.put(form.id(), form);
			}
		}
		return forms;
	}

}
