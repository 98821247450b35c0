package nl.kantel.intake;

import static nl.kantel.intake.WmoIntakeScenario.melding;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.kantel.Browser;
import nl.kantel.KantelH2;

/** A Wmo-consulent at work in Tasklist, in Dutch, in headless Chromium. */
@KantelH2
class TasklistBrowserH2IT {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	WmoIntakeScenario zaak;

	String taskId;

	@BeforeEach
	void caseAtTheKeukentafelgesprek() {
		this.zaak = new WmoIntakeScenario(this.engine).start(melding(new WmoIntakeScenario(this.engine).vandaag()));
		this.zaak.complete("KeukentafelgesprekPlannen", "wmo-consulent",
				Map.of(IntakeVariabelen.GESPREK_DATUM, this.zaak.variable(IntakeVariabelen.MELDING_DATUM)));
		this.taskId = this.zaak.task("KeukentafelgesprekVoeren").getId();
	}

	@Test
	@DisplayName("the consulent logs in to Dutch Tasklist, claims the keukentafelgesprek, fills its form and completes it")
	void keukentafelgesprekVoeren() {
		try (Browser browser = Browser.open(this.port)) {
			browser.login("tasklist", "wmo-consulent");
			browser.waitFor(By.xpath("//*[contains(text(),'Taken van mijn teams')]"));
			openAndClaim(browser);

			browser.waitForClickable(By.cssSelector("[id$='Veld_ondersteuningsbehoefte-display']")).click();
			browser
				.waitForClickable(
						By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='Huishouden']"))
				.click();
			browser.driver().findElement(By.cssSelector("[id$='Veld_clientondersteuningAangeboden']")).click();
			browser.driver().findElement(By.cssSelector("[id$='Veld_toestemmingDelen']")).click();
			browser.screenshot(SCREENSHOTS.resolve("keukentafelgesprek-voeren.png"));
			browser.waitForClickable(By.xpath("//button[normalize-space()='Voltooien']")).click();

			browser.waitUntil("de taak is voltooid", (driver) -> this.zaak.task("KeukentafelgesprekVoeren") == null);
		}
		assertThat(this.zaak.variable(IntakeVariabelen.ONDERSTEUNINGSBEHOEFTE)).isEqualTo("huishouden");
		assertThat(this.zaak.variable(IntakeVariabelen.CLIENTONDERSTEUNING_AANGEBODEN)).isEqualTo(true);
		assertThat(this.zaak.variable(IntakeVariabelen.TOESTEMMING_DELEN)).isEqualTo(true);
		assertThat(this.zaak.variable(IntakeVariabelen.EIGEN_KRACHT_VOLDOENDE)).isEqualTo(false);
	}

	@Test
	@DisplayName("the form's own checks speak Dutch, and a BSN that fails the elfproef gets the server's Dutch message")
	void verkeerdBsnGeeftNederlandseFoutmelding() {
		try (Browser browser = Browser.open(this.port)) {
			browser.login("tasklist", "wmo-consulent");
			browser.click(By.xpath("//a[contains(normalize-space(.),'Proces starten')]"));
			browser.click(By.xpath("//a[normalize-space(.)='Wmo-melding en keukentafelgesprek']"));
			browser.waitFor(By.cssSelector("[id$='Veld_bsn']"));
			browser.click(By.xpath("//button[normalize-space()='Starten']"));
			browser.waitFor(By
				.xpath("//*[contains(@class,'fjs-form-field-error')][normalize-space()='Dit veld is verplicht.']"));
			browser.driver().findElement(By.cssSelector("[id$='Veld_bsn']")).sendKeys("123456789");
			browser.driver().findElement(By.cssSelector("[id$='Veld_naam']")).sendKeys("Fatima el Amrani");
			browser.driver().findElement(By.cssSelector("[id$='Veld_hulpvraag']")).sendKeys("Hulp in huis");
			browser.click(By.xpath("//button[normalize-space()='Starten']"));

			browser.waitFor(By.xpath("//*[contains(text(),'Het BSN is geen geldig burgerservicenummer (elfproef).')]"));
			browser.screenshot(SCREENSHOTS.resolve("melding-bsn-fout.png"));
		}
	}

	@Test
	@DisplayName("a saved form draft leaves the browser at logout")
	void conceptWegBijUitloggen() {
		try (Browser browser = Browser.open(this.port)) {
			browser.login("tasklist", "wmo-consulent");
			openAndClaim(browser);
			chooseHuishouden(browser);
			browser.click(By.xpath("//button[normalize-space()='Opslaan']"));
			browser.waitUntil("concept opgeslagen", (driver) -> draft(browser) != null);

			browser.click(By.xpath("//a[contains(normalize-space(.),'Demo Wmo-consulenten')]"));
			browser.click(By.xpath("//a[normalize-space(.)='Uitloggen']"));

			browser.waitFor(By.cssSelector("input[ng-model='username']"));
			browser.waitUntil("concept verwijderd", (driver) -> draft(browser) == null);
		}
	}

	@Test
	@DisplayName("a form draft leaves the browser when the session has ended")
	void conceptWegNaEindeSessie() {
		try (Browser browser = Browser.open(this.port)) {
			browser.login("tasklist", "wmo-consulent");
			openAndClaim(browser);
			browser.script("localStorage.setItem(arguments[0], arguments[1])", "camunda-form:" + this.taskId,
					"{\"bsn\":\"123456782\"}");

			browser.driver().manage().deleteCookieNamed("JSESSIONID");
			browser.driver().navigate().refresh();

			browser.waitFor(By.cssSelector("input[ng-model='username']"));
			browser.waitUntil("concept verwijderd", (driver) -> draft(browser) == null);
		}
	}

	private void openAndClaim(Browser browser) {
		browser.go("/camunda/app/tasklist/default/#/?task=" + this.taskId);
		browser.click(By.xpath("//*[normalize-space(text())='Claimen']"));
		browser.waitFor(By.cssSelector(".fjs-form"));
	}

	private static void chooseHuishouden(Browser browser) {
		browser.waitFor(By.xpath("//*[contains(@class,'fjs-select-display')][normalize-space()='Kies een waarde']"));
		browser.click(By.cssSelector("[id$='Veld_ondersteuningsbehoefte-display']"));
		browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='Huishouden']"));
	}

	private Object draft(Browser browser) {
		return browser.script("return localStorage.getItem(arguments[0])", "camunda-form:" + this.taskId);
	}

}
