package nl.kantel.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.kantel.Browser;
import nl.kantel.KantelH2;

/**
 * Managers watch the models in Cockpit; the diagram there is drawn from the BPMN file's
 * layout. The screenshot it leaves in target/screenshots is the picture in
 * docs/processes/wmo-intake.md.
 */
@KantelH2
class CockpitBrowserH2IT {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Test
	@DisplayName("a manager sees the wmo-intake model in Cockpit with every flow node drawn")
	void managerSeesTheModel() throws Exception {
		ProcessDefinition definition = this.engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(WmoIntake.PROCESS_KEY)
			.latestVersion()
			.singleResult();
		int flowNodes = this.engine.getRepositoryService()
			.getBpmnModelInstance(definition.getId())
			.getModelElementsByType(FlowNode.class)
			.size();
		try (Browser browser = Browser.open(this.port, 2600, 1200)) {
			browser.login("cockpit", "manager");
			browser.go("/camunda/app/cockpit/default/#/process-definition/" + definition.getId() + "/runtime");
			browser.waitFor(By.cssSelector("[data-element-id='KeukentafelgesprekVoeren']"));

			Object drawn = browser
				.script("return new Set([...document.querySelectorAll('g.djs-shape[data-element-id]')]"
						+ ".map(e => e.getAttribute('data-element-id'))).size");
			assertThat(((Number) drawn).intValue()).isGreaterThanOrEqualTo(flowNodes);
			WebElement diagram = browser.waitFor(By.cssSelector(".djs-container svg g.viewport"));
			Files.createDirectories(TasklistBrowserH2IT.SCREENSHOTS);
			Files.write(TasklistBrowserH2IT.SCREENSHOTS.resolve("wmo-intake-cockpit.png"),
					diagram.getScreenshotAs(OutputType.BYTES));
		}
	}

}
