package nl.kantel.post;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Teaches the engine the mail jobs of {@link PostNaCommit} and their pause on failure.
 */
@Component
class PostJobsPlugin extends AbstractProcessEnginePlugin {

	private final UitgaandePost post;

	private final PostProperties properties;

	PostJobsPlugin(UitgaandePost post, PostProperties properties) {
		this.post = post;
		this.properties = properties;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomJobHandlers() == null) {
			configuration.setCustomJobHandlers(new ArrayList<>());
		}
		configuration.getCustomJobHandlers().add(new VerzendJob(this.post));
		configuration.setFailedJobCommandFactory(new VerzendPogingen(this.properties.pauzeNaMislukking()));
	}

}
