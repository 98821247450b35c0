package nl.kantel.zaak;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A case's data changes through its steps: a start, a completed task, a message. Setting
 * or removing variables directly ({@code /process-instance/{id}/variables},
 * {@code /task/{id}/variables}) is refused to everyone but an administrator, who may
 * repair a case in Cockpit. Without this a portal account, which may correlate messages
 * and therefore update instances, could rewrite a deadline or the receiving team.
 */
class VariabelenAlleenViaStappen extends CommandInterceptor {

	@Override
	public <T> T execute(Command<T> command) {
		if ((command instanceof AbstractVariableCmd || command instanceof AbstractPatchVariablesCmd)
				&& isPersonOtherThanAdministrator(Context.getCommandContext())) {
			throw new RefusedActionException("De gegevens van een zaak veranderen via een taak of een bericht, "
					+ "niet rechtstreeks; alleen een beheerder mag ze herstellen.");
		}
		return this.next.execute(command);
	}

	private static boolean isPersonOtherThanAdministrator(CommandContext context) {
		Authentication authentication = (context == null) ? null : context.getAuthentication();
		return authentication != null && authentication.getUserId() != null && (authentication.getGroupIds() == null
				|| !authentication.getGroupIds().contains(Groups.CAMUNDA_ADMIN));
	}

}
