package nl.kantel.post;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * After a failed mail job the next attempt waits a while, as a mail server that is down
 * is rarely back within a second; Camunda's own retry would try again at once, because a
 * job without an activity has no retry cycle. Every other job keeps Camunda's retry.
 */
class VerzendPogingen implements FailedJobCommandFactory {

	private final Duration pauze;

	VerzendPogingen(Duration pauze) {
		this.pauze = pauze;
	}

	@Override
	public Command<Object> getCommand(String jobId, Throwable exception) {
		return new RetryCmd(jobId, exception, this.pauze);
	}

	private static final class RetryCmd extends DefaultJobRetryCmd {

		private final Duration pauze;

		RetryCmd(String jobId, Throwable exception, Duration pauze) {
			super(jobId, exception);
			this.pauze = pauze;
		}

		@Override
		public Object execute(CommandContext commandContext) {
			JobEntity job = getJob();
			if (job == null || !VerzendJob.TYPE.equals(job.getJobHandlerType())) {
				return super.execute(commandContext);
			}
			logException(job);
			job.setDuedate(new Date(ClockUtil.getCurrentTime().getTime() + this.pauze.toMillis()));
			job.unlock();
			decrementRetries(job);
			notifyAcquisition(commandContext);
			return null;
		}

	}

}
