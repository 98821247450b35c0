package nl.kantel.post;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.springframework.stereotype.Component;

/**
 * Plans a mail from inside a process step, without a service task in the model: the mail
 * becomes a job of its own that runs after the step commits, through
 * {@link UitgaandePost} (at most once per key). A failed attempt is tried again after
 * {@code kantel.post.pauze-na-mislukking}, three attempts in all, then Cockpit shows an
 * incident. The job is not tied to an execution, so it survives a case that ends in the
 * same step.
 */
@Component
public class PostNaCommit {

	/**
	 * @throws IllegalArgumentException when the mail does not fit a job; the step fails
	 * then and nothing is planned
	 */
	public void plannen(DelegateExecution execution, String sleutel, String ontvanger, String onderwerp, String tekst) {
		String opdracht = new Verzendopdracht(sleutel, ontvanger, onderwerp, tekst).toCanonicalString();
		if (opdracht.length() > Verzendopdracht.MAX_LENGTE) {
			throw new IllegalArgumentException("Bericht " + sleutel + " is te lang voor een verzendopdracht");
		}
		MessageEntity job = new MessageEntity();
		job.setJobHandlerType(VerzendJob.TYPE);
		job.setJobHandlerConfigurationRaw(opdracht);
		ExecutionEntity step = (ExecutionEntity) execution;
		job.setProcessInstanceId(step.getProcessInstanceId());
		job.setProcessDefinitionId(step.getProcessDefinitionId());
		job.setProcessDefinitionKey(step.getProcessDefinition().getKey());
		Context.getCommandContext().getJobManager().send(job);
	}

}
