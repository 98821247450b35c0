package nl.kantel.identity;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Lets one group read one case, running and in history, for processes whose cases are
 * read per case (setting {@code kantel.identity.lezen-per-zaak}) instead of by every
 * group of the process. Called from the model, e.g. {@code ${zaakToegang.lezen(execution,
 * ontvangendTeam)}} once the resident consented.
 */
@Component("zaakToegang")
public class ZaakToegang {

	public void lezen(DelegateExecution execution, String groep) {
		if (groep == null || groep.isBlank()) {
			throw new IllegalArgumentException("Geen groep om de zaak te laten lezen");
		}
		Grants grants = new Grants(execution.getProcessEngineServices().getAuthorizationService());
		String caseId = execution.getProcessInstanceId();
		// The user whose step led here (a referrer, a portal) may not grant rights
		// themselves; the model does it for them.
		Context.getCommandContext().runWithoutAuthorization(() -> {
			grants.grant(groep, Resources.PROCESS_INSTANCE, caseId, ProcessInstancePermissions.READ);
			grants.grant(groep, Resources.HISTORIC_PROCESS_INSTANCE, caseId, HistoricProcessInstancePermissions.READ);
			return null;
		});
	}

}
