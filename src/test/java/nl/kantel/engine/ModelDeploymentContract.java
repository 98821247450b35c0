package nl.kantel.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Designers own processes/ and forms/: what changed is deployed again, what did not
 * stays.
 */
abstract class ModelDeploymentContract {

	@Autowired
	ProcessEngine engine;

	@TempDir
	Path models;

	String key;

	ModelDeployment deployment;

	@BeforeEach
	void modelsInAFolder() throws IOException {
		this.key = "ontwerp-" + UUID.randomUUID().toString().substring(0, 8);
		writeProcess("Eerste versie");
		writeForm("Toelichting");
		String folder = "file:" + this.models.toAbsolutePath() + "/";
		this.deployment = new ModelDeployment(
				new ModelProperties(List.of(folder + "*.bpmn"), List.of(folder + "*.dmn"), List.of(folder + "*.form")));
	}

	@Test
	@DisplayName("deploying unchanged files again creates no new version")
	void unchangedFilesKeepTheirVersion() {
		this.deployment.deploy(this.engine);
		this.deployment.deploy(this.engine);

		assertThat(versions()).containsExactly(1);
	}

	@Test
	@DisplayName("a changed process is deployed as a new version, with its form beside it")
	void changedProcessGetsNewVersion() throws IOException {
		this.deployment.deploy(this.engine);
		writeProcess("Tweede versie");

		this.deployment.deploy(this.engine);

		assertThat(versions()).containsExactly(1, 2);
		ProcessDefinition latest = latest();
		assertThat(latest.getName()).isEqualTo("Tweede versie");
		assertThat(this.engine.getRepositoryService().getDeploymentResourceNames(latest.getDeploymentId()))
			.containsExactlyInAnyOrder(this.key + ".bpmn", this.key + ".form");
	}

	@Test
	@DisplayName("a changed form deploys the processes that use it again, so they find the new form")
	void changedFormRedeploysItsProcess() throws IOException {
		this.deployment.deploy(this.engine);
		writeForm("Toelichting voor de consulent");

		this.deployment.deploy(this.engine);

		assertThat(versions()).containsExactly(1, 2);
	}

	@Test
	@DisplayName("a process that references a form missing from forms/ is refused, naming both")
	void missingFormRefused() throws IOException {
		Files.delete(this.models.resolve(this.key + ".form"));

		assertThatThrownBy(() -> this.deployment.deploy(this.engine)).hasMessageContaining(this.key + ".bpmn")
			.hasMessageContaining("'" + this.key + "'");
	}

	@Test
	@DisplayName("a model with a script task is refused when it is deployed")
	void scriptTaskRefused() {
		String bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess(this.key)
			.camundaHistoryTimeToLive(5)
			.startEvent()
			.scriptTask("Rekenen")
			.scriptFormat("javascript")
			.scriptText("1 + 1")
			.endEvent()
			.done());

		assertThatThrownBy(() -> this.engine.getRepositoryService()
			.createDeployment()
			.addString(this.key + ".bpmn", bpmn)
			.deploy()).hasMessageContaining(ScriptsRefused.MESSAGE);
	}

	@Test
	@DisplayName("a script in a listener never runs: the start fails with Kantel's message")
	void scriptListenerNeverRuns() {
		String bpmn = """
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="https://kantel.nl/test">
				  <process id="%s" isExecutable="true" camunda:historyTimeToLive="5">
				    <startEvent id="Start">
				      <extensionElements>
				        <camunda:executionListener event="start">
				          <camunda:script scriptFormat="javascript">execution.setVariable('x', 1)</camunda:script>
				        </camunda:executionListener>
				      </extensionElements>
				    </startEvent>
				  </process>
				</definitions>
				""".formatted(this.key);
		this.engine.getRepositoryService().createDeployment().addString(this.key + ".bpmn", bpmn).deploy();

		assertThatThrownBy(() -> this.engine.getRuntimeService().startProcessInstanceByKey(this.key))
			.hasMessageContaining(ScriptsRefused.MESSAGE);
	}

	private List<Integer> versions() {
		return this.engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(this.key)
			.orderByProcessDefinitionVersion()
			.asc()
			.list()
			.stream()
			.map(ProcessDefinition::getVersion)
			.toList();
	}

	private ProcessDefinition latest() {
		return this.engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(this.key)
			.latestVersion()
			.singleResult();
	}

	private void writeProcess(String name) throws IOException {
		String bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess(this.key)
			.name(name)
			.camundaHistoryTimeToLive(5)
			.startEvent()
			.userTask("Beoordelen")
			.camundaCandidateGroups("wmo-consulent")
			.camundaFormRef(this.key)
			.camundaFormRefBinding("deployment")
			.endEvent()
			.done());
		Files.writeString(this.models.resolve(this.key + ".bpmn"), bpmn);
	}

	private void writeForm(String label) throws IOException {
		Files.writeString(this.models.resolve(this.key + ".form"), """
				{"id": "%s", "type": "default", "components": [
				  {"id": "VeldToelichting", "key": "toelichting", "type": "textarea", "label": "%s"}]}
				""".formatted(this.key, label));
	}

}
