package nl.kantel.intake;

import static nl.kantel.intake.WmoIntakeScenario.melding;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.kantel.Browser;
import nl.kantel.KantelH2;

/**
 * The date field of a Camunda Form in Dutch Tasklist: day first on screen (dd-mm-jjjj),
 * an ISO date in the case. Headless Chromium's own locale is en-US while its preferred
 * language is Dutch ({@link Browser}): the mix in which the field showed mm/dd/yyyy.
 */
@KantelH2
class DatumveldBrowserH2IT {

	private static final By GESPREK_DATUM = By.cssSelector("input[id$='Veld_gesprekDatum-date']");

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	WmoIntakeScenario zaak;

	@BeforeEach
	void caseAtKeukentafelgesprekPlannen() {
		this.zaak = new WmoIntakeScenario(this.engine).start(melding(new WmoIntakeScenario(this.engine).vandaag()));
	}

	@Test
	@DisplayName("the date field asks for dd-mm-jjjj, and 03-04-2027 typed there is stored as 3 April: 2027-04-03")
	void getypteDatumIsDagMaandJaar() {
		try (Browser browser = Browser.open(this.port)) {
			browser.login("tasklist", "wmo-consulent");
			WebElement datum = openAndClaim(browser);

			// On to the next field, as a caseworker does: the date is read when the
			// field is left. (A click on Voltooien straight from the field can be lost:
			// the form checks itself again and disables the button for a moment, with
			// or without Kantel's script.)
			datum.sendKeys("03-04-2027", Keys.TAB);
			browser.click(By.xpath("//button[normalize-space()='Voltooien']"));

			browser.waitUntil("de taak is voltooid", (driver) -> this.zaak.task("KeukentafelgesprekPlannen") == null);
		}
		assertThat(this.zaak.variable(IntakeVariabelen.GESPREK_DATUM)).isEqualTo("2027-04-03");
	}

	@Test
	@DisplayName("a date the case holds (2027-04-03) is shown as 03-04-2027 in a Dutch calendar on 3 april, and stays 2027-04-03")
	void bewaardeDatumStaatErAlsDagMaandJaar() {
		this.engine.getRuntimeService().setVariable(this.zaak.id(), IntakeVariabelen.GESPREK_DATUM, "2027-04-03");
		try (Browser browser = Browser.open(this.port)) {
			browser.login("tasklist", "wmo-consulent");
			WebElement datum = openAndClaim(browser);
			browser.waitUntil("de datum staat er als 03-04-2027",
					(driver) -> "03-04-2027".equals(datum.getDomProperty("value")));

			browser.click(GESPREK_DATUM);
			WebElement kalender = browser.waitFor(By.cssSelector(".fjs-datepicker .flatpickr-calendar.open"));
			assertThat(new Select(kalender.findElement(By.cssSelector(".flatpickr-monthDropdown-months")))
				.getFirstSelectedOption()
				.getText()).isEqualTo("april");
			assertThat(kalender.findElement(By.cssSelector(".cur-year")).getDomProperty("value")).isEqualTo("2027");
			assertThat(kalender.findElement(By.cssSelector(".flatpickr-day.selected")).getDomAttribute("aria-label"))
				.isEqualTo("3 april 2027");
			assertThat(kalender.findElement(By.cssSelector(".flatpickr-weekday")).getText()).isEqualTo("ma");

			browser.click(By.xpath("//button[normalize-space()='Voltooien']"));
			browser.waitUntil("de taak is voltooid", (driver) -> this.zaak.task("KeukentafelgesprekPlannen") == null);
		}
		assertThat(this.zaak.variable(IntakeVariabelen.GESPREK_DATUM)).isEqualTo("2027-04-03");
	}

	/**
	 * Opens the task, claims it and returns its date field once it asks for dd-mm-jjjj.
	 */
	private WebElement openAndClaim(Browser browser) {
		String taskId = this.zaak.task("KeukentafelgesprekPlannen").getId();
		browser.go("/camunda/app/tasklist/default/#/?task=" + taskId);
		browser.click(By.xpath("//*[normalize-space(text())='Claimen']"));
		WebElement datum = browser.waitFor(GESPREK_DATUM);
		browser.waitUntil("het datumveld vraagt om dd-mm-jjjj",
				(driver) -> "dd-mm-jjjj".equals(datum.getDomAttribute("placeholder")));
		return datum;
	}

}
