package nl.kantel.verwijzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.kantel.Browser;
import nl.kantel.Zaakgeschiedenis;
import nl.kantel.KantelH2;

/**
 * A wijkteam worker takes a GP practice's call and registers the referral in Tasklist.
 */
@KantelH2
class VerwijzingTasklistBrowserH2IT {

	private static final String VERWIJZER = "Huisartsenpraktijk Het Anker";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Test
	@DisplayName("the start form registers a referral with consent; a bad e-mail address gets a Dutch message first")
	void verwijzingRegistrerenInTasklist() {
		try (Browser browser = Browser.open(this.port)) {
			browser.login("tasklist", "wijkteam");
			browser.click(By.xpath("//a[contains(normalize-space(.),'Proces starten')]"));
			browser.click(By.xpath("//a[normalize-space(.)='Verwijzing (welzijn op recept, wijkteam, schuldhulp)']"));
			browser.waitFor(By.cssSelector("[id$='Veld_bsn']"));
			type(browser, "Veld_bsn", "123456782");
			choose(browser, "Veld_verwijzerType", "Huisarts of praktijkondersteuner");
			type(browser, "Veld_verwijzerNaam", VERWIJZER);
			type(browser, "Veld_verwijzerEmail", "praktijk at hetanker");
			choose(browser, "Veld_verwijsdoel", "Welzijn (welzijn op recept)");
			type(browser, "Veld_reden", "Voelt zich eenzaam, komt de deur niet meer uit.");
			browser.click(By.cssSelector("[id$='Veld_toestemmingClient']"));

			browser.waitFor(By.xpath(
					"//*[contains(@class,'fjs-form-field-error')][normalize-space()='Vul een geldig e-mailadres in.']"));
			browser.driver().findElement(By.cssSelector("[id$='Veld_verwijzerEmail']")).clear();
			type(browser, "Veld_verwijzerEmail", "praktijk@hetanker.example");
			browser.screenshot(Path.of("target", "screenshots", "verwijzing-registreren.png"));
			browser.click(By.xpath("//button[normalize-space()='Starten']"));

			browser.waitUntil("de verwijzing is gestart", (driver) -> started() != null);
		}
		HistoricProcessInstance verwijzing = started();
		assertThat(verwijzing.getBusinessKey()).matches("VRW-\\d{4}-\\d{6}");
		Map<String, Object> variables = variables(verwijzing.getId());
		assertThat(variables).containsEntry(VerwijzingVariabelen.VERWIJZER_TYPE, "huisarts")
			.containsEntry(VerwijzingVariabelen.VERWIJSDOEL, "welzijn")
			.containsEntry(VerwijzingVariabelen.TOESTEMMING_CLIENT, true)
			.containsEntry(VerwijzingVariabelen.VERWIJZER_EMAIL, "praktijk@hetanker.example")
			.containsEntry(VerwijzingVariabelen.ONTVANGEND_TEAM, "welzijnscoach");
		assertThat(this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(verwijzing.getId())
			.taskCandidateGroup("welzijnscoach")
			.singleResult()
			.getTaskDefinitionKey()).isEqualTo("VerwijzingAccepteren");
	}

	@Test
	@DisplayName("the welzijnscoach accepts a referral in Tasklist; the form's read-only fields go back unchanged")
	void verwijzingAccepterenInTasklist() {
		Map<String, Object> start = new HashMap<>(
				Map.of(VerwijzingVariabelen.BSN, "123456782", VerwijzingVariabelen.VERWIJZER_TYPE, "huisarts",
						VerwijzingVariabelen.VERWIJSDOEL, "welzijn", VerwijzingVariabelen.REDEN,
						"Eenzaam sinds de verhuizing.", VerwijzingVariabelen.TOESTEMMING_CLIENT, true));
		String id = this.engine.getRuntimeService()
			.startProcessInstanceByKey(VerwijzingVariabelen.PROCESS_KEY, start)
			.getId();
		String taskId = this.engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult().getId();
		try (Browser browser = Browser.open(this.port)) {
			browser.login("tasklist", "welzijnscoach");
			browser.go("/camunda/app/tasklist/default/#/?task=" + taskId);
			browser.click(By.xpath("//*[normalize-space(text())='Claimen']"));
			browser.waitFor(By.cssSelector("[id$='Veld_geaccepteerd']"));
			browser.click(By.cssSelector("[id$='Veld_geaccepteerd']"));
			browser.waitForClickable(By.xpath("//button[normalize-space()='Voltooien']")).click();

			browser.waitUntil("de verwijzing is geaccepteerd",
					(driver) -> this.engine.getTaskService()
						.createTaskQuery()
						.processInstanceId(id)
						.taskDefinitionKey("EersteGesprekVoeren")
						.count() == 1);
		}
		assertThat(variables(id)).containsEntry(VerwijzingVariabelen.GEACCEPTEERD, true)
			.containsEntry(VerwijzingVariabelen.REDEN, "Eenzaam sinds de verhuizing.");
	}

	@Test
	@DisplayName("the wijkteam asks for consent in Tasklist: the form shows who is referred to which goal, not the reason")
	void toestemmingVragenInTasklist() {
		Map<String, Object> start = new HashMap<>(
				Map.of(VerwijzingVariabelen.BSN, "123456782", VerwijzingVariabelen.VERWIJZER_TYPE, "huisarts",
						VerwijzingVariabelen.VERWIJZER_NAAM, "Huisartsenpraktijk De Linde",
						VerwijzingVariabelen.VERWIJSDOEL, "schuldhulp", VerwijzingVariabelen.REDEN,
						"Huurachterstand van vier maanden.", VerwijzingVariabelen.TOESTEMMING_CLIENT, false));
		String id = this.engine.getRuntimeService()
			.startProcessInstanceByKey(VerwijzingVariabelen.PROCESS_KEY, start)
			.getId();
		String taskId = this.engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult().getId();
		try (Browser browser = Browser.open(this.port)) {
			browser.login("tasklist", "wijkteam");
			browser.go("/camunda/app/tasklist/default/#/?task=" + taskId);
			browser.click(By.xpath("//*[normalize-space(text())='Claimen']"));
			browser.waitFor(By.cssSelector("[id$='Veld_toestemmingClient']"));
			browser.waitUntil("het formulier toont de inwoner", (driver) -> "123456782"
				.equals(driver.findElement(By.cssSelector("[id$='Veld_bsn']")).getAttribute("value")));
			String formulier = browser.driver().findElement(By.cssSelector(".fjs-form")).getText();
			assertThat(formulier).contains("Verwezen naar", "Schuldhulp", "Huisarts of praktijkondersteuner")
				.doesNotContain("Reden", "Huurachterstand");
			browser.screenshot(Path.of("target", "screenshots", "verwijzing-toestemming.png"));
			browser.click(By.cssSelector("[id$='Veld_toestemmingClient']"));
			browser.waitForClickable(By.xpath("//button[normalize-space()='Voltooien']")).click();

			browser.waitUntil("de toestemming is vastgelegd",
					(driver) -> this.engine.getTaskService()
						.createTaskQuery()
						.processInstanceId(id)
						.taskDefinitionKey("VerwijzingAccepteren")
						.count() == 1);
		}
		assertThat(this.engine.getRuntimeService().getVariable(id, VerwijzingVariabelen.REDEN))
			.isEqualTo("Huurachterstand van vier maanden.");
	}

	private static void type(Browser browser, String fieldId, String text) {
		browser.driver().findElement(By.cssSelector("[id$='" + fieldId + "']")).sendKeys(text);
	}

	private static void choose(Browser browser, String fieldId, String label) {
		browser.click(By.cssSelector("[id$='" + fieldId + "-display']"));
		browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']"));
	}

	private HistoricProcessInstance started() {
		return Zaakgeschiedenis.metVariabele(this.engine, VerwijzingVariabelen.VERWIJZER_NAAM, VERWIJZER);
	}

	private Map<String, Object> variables(String instanceId) {
		return Zaakgeschiedenis.variabelen(this.engine, instanceId);
	}

}
