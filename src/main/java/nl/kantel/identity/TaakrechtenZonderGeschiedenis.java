package nl.kantel.identity;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;

/**
 * The rights Camunda gives with a task (to its candidate groups, its assignee, a user or
 * group it is shared with) hold while the task is open. Camunda would also give read on
 * the task in history, and through it read of every variable of the case in history, for
 * ever; a team reads a case only as far as the case grants it ({@link ZaakToegang}).
 */
class TaakrechtenZonderGeschiedenis extends DefaultAuthorizationProvider {

	@Override
	protected boolean isHistoricInstancePermissionsEnabled() {
		return false;
	}

}
