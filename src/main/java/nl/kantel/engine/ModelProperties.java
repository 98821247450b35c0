package nl.kantel.engine;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the models that designers own are read from: resource patterns for BPMN, DMN and
 * Camunda Forms.
 */
@ConfigurationProperties("kantel.modellen")
record ModelProperties(List<String> processen, List<String> beslissingen, List<String> formulieren) {

	ModelProperties {
		processen = (processen == null) ? List.of() : List.copyOf(processen);
		beslissingen = (beslissingen == null) ? List.of() : List.copyOf(beslissingen);
		formulieren = (formulieren == null) ? List.of() : List.copyOf(formulieren);
	}

}
