package nl.kantel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * Flow-node coverage of one model by the cases a test class started, read from Camunda's
 * history: which flow nodes of the latest version were entered. Writes a report per model
 * under target/flow-node-coverage.
 */
public final class FlowNodeCoverage {

	private static final Path REPORTS = Path.of("target", "flow-node-coverage");

	private final ProcessEngine engine;

	private final String key;

	private final Set<String> instancesBefore;

	private FlowNodeCoverage(ProcessEngine engine, String key) {
		this.engine = engine;
		this.key = key;
		this.instancesBefore = instanceIds();
	}

	/** Counts only the cases started from now on. */
	public static FlowNodeCoverage startingNow(ProcessEngine engine, String key) {
		return new FlowNodeCoverage(engine, key);
	}

	/**
	 * The flow nodes no case started since {@link #startingNow} entered; also writes the
	 * report.
	 */
	public Set<String> missing() {
		ProcessDefinition definition = this.engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(this.key)
			.latestVersion()
			.singleResult();
		BpmnModelInstance model = this.engine.getRepositoryService().getBpmnModelInstance(definition.getId());
		Set<String> nodes = model.getModelElementsByType(FlowNode.class)
			.stream()
			.map(FlowNode::getId)
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> covered = new TreeSet<>();
		HistoryService history = this.engine.getHistoryService();
		for (String instanceId : instanceIds()) {
			if (!this.instancesBefore.contains(instanceId)) {
				history.createHistoricActivityInstanceQuery()
					.processInstanceId(instanceId)
					.list()
					.stream()
					.map(HistoricActivityInstance::getActivityId)
					.forEach(covered::add);
			}
		}
		Set<String> missing = new TreeSet<>(nodes);
		missing.removeAll(covered);
		report(nodes.size(), nodes.size() - missing.size(), missing);
		return missing;
	}

	private Set<String> instanceIds() {
		return this.engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey(this.key)
			.list()
			.stream()
			.map(HistoricProcessInstance::getId)
			.collect(Collectors.toSet());
	}

	private void report(int total, int covered, Set<String> missing) {
		String text = String.format("%s: %d van %d flow nodes geraakt (%.1f%%)%nniet geraakt: %s%n", this.key, covered,
				total, 100.0 * covered / total, missing);
		try {
			Files.createDirectories(REPORTS);
			Files.writeString(REPORTS.resolve(this.key + ".txt"), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
