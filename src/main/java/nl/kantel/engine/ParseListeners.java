package nl.kantel.engine;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Adds a BPMN parse listener to the engine configuration, for the rooms' engine plugins.
 */
public final class ParseListeners {

	private ParseListeners() {
	}

	/** Runs before Camunda's own listeners, so the added listeners fire first. */
	public static void addFirst(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPreBPMNParseListeners().add(listener);
	}

	/** Runs after Camunda's own listeners, when activity behaviours exist. */
	public static void addLast(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(listener);
	}

}
