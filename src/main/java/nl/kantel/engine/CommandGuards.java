package nl.kantel.engine;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** Adds a check on every engine command, for the rooms' engine plugins. */
public final class CommandGuards {

	private CommandGuards() {
	}

	/**
	 * Runs inside the command context (after Camunda's own interceptors), so the guard
	 * sees the logged-in user and can read the task or case a command is about.
	 */
	public static void add(ProcessEngineConfigurationImpl configuration, CommandInterceptor guard) {
		if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
			configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
		}
		configuration.getCustomPostCommandInterceptorsTxRequired().add(guard);
	}

}
