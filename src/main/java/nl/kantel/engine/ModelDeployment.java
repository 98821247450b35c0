package nl.kantel.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ and forms/ when the engine starts.
 *
 * <p>
 * Each BPMN file is one deployment together with the forms it references, because a
 * {@code camunda:formRef} with binding {@code deployment} only finds forms deployed with
 * it. Duplicate filtering compares with the previous deployment of the same name: an
 * unchanged group gives no new version, a change in the model or in one of its forms
 * deploys the group again. Decisions and forms that no model references are deployed on
 * their own.
 */
@Component
class ModelDeployment extends AbstractProcessEnginePlugin {

	static final String SOURCE = "kantel-modellen";

	private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ModelProperties properties;

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	ModelDeployment(ModelProperties properties) {
		this.properties = properties;
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		deploy(engine);
	}

	List<DeploymentWithDefinitions> deploy(ProcessEngine engine) {
		Map<String, ModelFile> forms = new LinkedHashMap<>();
		for (ModelFile form : read(this.properties.formulieren())) {
			forms.put(formId(form), form);
		}
		List<DeploymentWithDefinitions> deployments = new ArrayList<>();
		Set<String> referencedForms = new HashSet<>();
		for (ModelFile process : read(this.properties.processen())) {
			List<ModelFile> group = new ArrayList<>(List.of(process));
			for (String formId : FormReferences.in(process.content())) {
				ModelFile form = forms.get(formId);
				if (form == null) {
					throw new IllegalStateException(
							process.name() + " verwijst naar formulier '" + formId + "', maar forms/ heeft het niet");
				}
				group.add(form);
				referencedForms.add(formId);
			}
			deployments.add(deploy(engine, process.name(), group));
		}
		for (ModelFile decision : read(this.properties.beslissingen())) {
			deployments.add(deploy(engine, decision.name(), List.of(decision)));
		}
		forms.forEach((id, form) -> {
			if (!referencedForms.contains(id)) {
				deployments.add(deploy(engine, form.name(), List.of(form)));
			}
		});
		return deployments;
	}

	private DeploymentWithDefinitions deploy(ProcessEngine engine, String name, List<ModelFile> files) {
		DeploymentBuilder builder = engine.getRepositoryService()
			.createDeployment()
			.name(name)
			.source(SOURCE)
			.enableDuplicateFiltering(false);
		files.forEach((file) -> builder.addString(file.name(), file.content()));
		DeploymentWithDefinitions deployment = builder.deployWithResult();
		log.info("Model {} gedeployed ({} bestanden, deployment {})", name, files.size(), deployment.getId());
		return deployment;
	}

	/** The id by which a model's {@code camunda:formRef} names the form. */
	private static String formId(ModelFile form) {
		try {
			String id = JSON.readTree(form.content()).path("id").asText("");
			if (id.isBlank()) {
				throw new IllegalStateException("Formulier " + form.name() + " heeft geen id");
			}
			return id;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Formulier " + form.name() + " is geen geldige JSON", ex);
		}
	}

	private List<ModelFile> read(List<String> patterns) {
		List<ModelFile> files = new ArrayList<>();
		for (String pattern : patterns) {
			try {
				for (Resource resource : this.resolver.getResources(pattern)) {
					try (InputStream in = resource.getInputStream()) {
						files.add(new ModelFile(resource.getFilename(),
								new String(in.readAllBytes(), StandardCharsets.UTF_8)));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Modellen in " + pattern + " niet leesbaar", ex);
			}
		}
		files.sort(Comparator.comparing(ModelFile::name));
		return files;
	}

	record ModelFile(String name, String content) {
	}

}
