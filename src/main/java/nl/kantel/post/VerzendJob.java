package nl.kantel.post;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/** Sends the mail of a job planned by {@link PostNaCommit}. */
class VerzendJob implements JobHandler<Verzendopdracht> {

	static final String TYPE = "kantel-post";

	private final UitgaandePost post;

	VerzendJob(UitgaandePost post) {
		this.post = post;
	}

	@Override
	public String getType() {
		return TYPE;
	}

	@Override
	public void execute(Verzendopdracht opdracht, ExecutionEntity execution, CommandContext commandContext,
			String tenantId) {
		this.post.send(opdracht.sleutel(), opdracht.ontvanger(), opdracht.onderwerp(), opdracht.tekst());
	}

	@Override
	public Verzendopdracht newConfiguration(String canonicalString) {
		return Verzendopdracht.parse(canonicalString);
	}

	@Override
	public void onDelete(Verzendopdracht configuration, JobEntity jobEntity) {
		// the job holds everything; nothing else to remove
	}

}
