package nl.kantel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.kantel.Browser;
import nl.kantel.KantelH2;

/**
 * Managers watch the models in Cockpit; the diagram there is drawn from the BPMN file's
 * layout. The screenshots it leaves in target/screenshots are the pictures in
 * docs/processes.
 */
@KantelH2
class CockpitBrowserH2IT {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "wmo-intake, KeukentafelgesprekVoeren, 3450, 1100", "verwijzing, EersteGesprekVoeren, 2000, 900",
			"bezwaar, BeslissenOpBezwaar, 3300, 1200", "transformatiefonds-aanvraag, BesluitNemen, 3950, 1400" })
	@DisplayName("a manager sees the model in Cockpit with every flow node drawn")
	void managerSeesTheModel(String processKey, String someTask, int width, int height) throws Exception {
		ProcessDefinition definition = this.engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.latestVersion()
			.singleResult();
		int flowNodes = this.engine.getRepositoryService()
			.getBpmnModelInstance(definition.getId())
			.getModelElementsByType(FlowNode.class)
			.size();
		try (Browser browser = Browser.open(this.port, width, height)) {
			browser.login("cockpit", "manager");
			browser.go("/camunda/app/cockpit/default/#/process-definition/" + definition.getId() + "/runtime");
			browser.waitFor(By.cssSelector("[data-element-id='" + someTask + "']"));

			Object drawn = browser
				.script("return new Set([...document.querySelectorAll('g.djs-shape[data-element-id]')]"
						+ ".map(e => e.getAttribute('data-element-id'))).size");
			assertThat(((Number) drawn).intValue()).isGreaterThanOrEqualTo(flowNodes);
			WebElement diagram = browser.waitFor(By.cssSelector(".djs-container svg g.viewport"));
			Path screenshots = Path.of("target", "screenshots");
			Files.createDirectories(screenshots);
			Files.write(screenshots.resolve(processKey + "-cockpit.png"), diagram.getScreenshotAs(OutputType.BYTES));
		}
	}

}
