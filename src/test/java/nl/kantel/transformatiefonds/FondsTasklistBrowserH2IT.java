package nl.kantel.transformatiefonds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.kantel.Browser;
import nl.kantel.Zaakgeschiedenis;
import nl.kantel.KantelH2;
import nl.kantel.Zaakverloop;
import nl.kantel.fonds.Grootboek;
import nl.kantel.fonds.Saldo;

/**
 * The fund's forms in the real Tasklist, in Dutch, in headless Chromium: the
 * transformatieteam registers an application that came on paper and checks one for
 * completeness, the programmamanager decides.
 */
@KantelH2
class FondsTasklistBrowserH2IT {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String STARTFORMULIER = "Aanvraag Transformatiefonds";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	Grootboek grootboek;

	@Test
	@DisplayName("the transformatieteam registers a paper application through the start form; the case holds typed variables")
	void papierenAanvraagRegistreren() {
		String titel = "Repaircafé De Schroevendraaier";
		// tall enough for the whole start form in one screenshot
		try (Browser browser = Browser.open(this.port, 1400, 2000)) {
			startformulierOpenen(browser, "transformatieteam");
			choose(browser, "Veld_fonds", "Participatiefonds");
			// 3 November, typed day first as the Dutch field asks; read when the field is
			// left
			datumveld(browser).sendKeys("03-11-2026", Keys.TAB);
			type(browser, "Veld_initiatiefnemer", "Stichting Buurtwerk Noord");
			choose(browser, "Veld_typeInitiatiefnemer",
					"Sociale partner (bijvoorbeeld een welzijnsorganisatie of sportvereniging)");
			type(browser, "Veld_email", "info@buurtwerknoord.example");
			type(browser, "Veld_projectTitel", titel);
			type(browser, "Veld_projectOmschrijving", "Elke zaterdag repareren buurtbewoners samen spullen.");
			type(browser, "Veld_gevraagdBedrag", "12500");
			type(browser, "Veld_looptijdMaanden", "9");
			browser.click(By.cssSelector("[id$='Veld_aansluitingVraagBewoners']"));
			browser.click(By.cssSelector("[id$='Veld_bevordertParticipatie']"));
			browser.click(By.cssSelector("[id$='Veld_draagtBijAanPreventie']"));
			browser.script("document.querySelector('.modal').scrollTop = 0");
			browser.screenshot(SCREENSHOTS.resolve("tasklist-fonds-aanvraag.png"));
			browser.click(By.xpath("//button[normalize-space()='Starten']"));

			browser.waitUntil("de aanvraag is gestart", (driver) -> gestart(titel) != null);
		}
		HistoricProcessInstance zaak = gestart(titel);
		assertThat(zaak.getBusinessKey()).matches("TF-\\d{4}-\\d{6}");
		Map<String, Object> variabelen = variabelen(zaak.getId());
		assertThat(variabelen).containsEntry(AanvraagVariabelen.FONDS, "participatiefonds")
			.containsEntry(AanvraagVariabelen.FONDS_NAAM, "Participatiefonds")
			.containsEntry(AanvraagVariabelen.AANVRAAG_DATUM, "2026-11-03")
			// 3 November 2026 + 8 weeks: Tuesday 29 December, a working day
			.containsEntry(AanvraagVariabelen.BESLIS_DEADLINE, "2026-12-29")
			.containsEntry(AanvraagVariabelen.INITIATIEFNEMER, "Stichting Buurtwerk Noord")
			.containsEntry(AanvraagVariabelen.TYPE_INITIATIEFNEMER, "sociale-partner")
			.containsEntry(AanvraagVariabelen.EMAIL, "info@buurtwerknoord.example")
			.containsEntry(AanvraagVariabelen.PROJECT_OMSCHRIJVING,
					"Elke zaterdag repareren buurtbewoners samen spullen.")
			.containsEntry(AanvraagVariabelen.GEVRAAGD_BEDRAG, 12_500L)
			.containsEntry(AanvraagVariabelen.LOOPTIJD_MAANDEN, 9L)
			.containsEntry("aansluitingVraagBewoners", true)
			.containsEntry("bevordertParticipatie", true)
			.containsEntry("bespaartKosten", false)
			.containsEntry("draagtBijAanPreventie", true)
			.containsEntry("ontschotting", false)
			.containsEntry("deregulering", false);
		assertThat(this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(zaak.getId())
			.taskCandidateGroup("transformatieteam")
			.singleResult()
			.getTaskDefinitionKey()).isEqualTo("OntvankelijkheidToetsen");
	}

	@Test
	@DisplayName("a looptijd of 30 months and an e-mail that is none get Dutch messages in the form, a date in the future the server's; no case starts")
	void foutStartformulierStartGeenZaak() {
		String titel = "Buurtmoestuin Zuid";
		try (Browser browser = Browser.open(this.port)) {
			startformulierOpenen(browser, "transformatieteam");
			type(browser, "Veld_initiatiefnemer", "Bewonersgroep Zuid");
			choose(browser, "Veld_typeInitiatiefnemer", "Bewoners (een inwoner of een groep inwoners)");
			type(browser, "Veld_email", "geen-mail");
			type(browser, "Veld_projectTitel", titel);
			type(browser, "Veld_projectOmschrijving", "Een moestuin voor en door de buurt.");
			type(browser, "Veld_gevraagdBedrag", "3000");
			type(browser, "Veld_looptijdMaanden", "30");

			foutmelding(browser, "Veld_email", "Vul een geldig e-mailadres in.");
			foutmelding(browser, "Veld_looptijdMaanden", "De waarde mag hoogstens 24 zijn.");
			browser.screenshot(SCREENSHOTS.resolve("tasklist-fonds-aanvraag-fout.png"));
			assertThat(browser.driver().findElement(By.xpath("//button[normalize-space()='Starten']")).isEnabled())
				.as("Starten met fouten in het formulier")
				.isFalse();

			// What only the server knows: the form takes any date, the server no date
			// after today
			wissen(browser, "Veld_email");
			type(browser, "Veld_email", "moestuin@zuid.example");
			wissen(browser, "Veld_looptijdMaanden");
			type(browser, "Veld_looptijdMaanden", "12");
			datumveld(browser).sendKeys("01-01-2099", Keys.TAB);
			browser.screenshot(SCREENSHOTS.resolve("tasklist-fonds-aanvraag-toekomst.png"));
			browser.click(By.xpath("//button[normalize-space()='Starten']"));

			browser.waitFor(By.xpath("//*[contains(text(),'De datum mag niet in de toekomst liggen.')]"));
		}
		assertThat(gestart(titel)).as("een zaak gestart met een datum in de toekomst").isNull();
	}

	@Test
	@DisplayName("the transformatieteam finds an application incomplete in Tasklist: read-only context, the field for what is missing appears on 'Nee'")
	void aanvraagOnvolledigInTasklist() {
		Zaakverloop zaak = new Zaakverloop(this.engine).start(AanvraagVariabelen.PROCESS_KEY,
				AanvraagProcessContract.aanvraag(20_000, 6));
		String taskId = zaak.task("OntvankelijkheidToetsen").getId();
		try (Browser browser = Browser.open(this.port)) {
			browser.login("tasklist", "transformatieteam");
			openEnClaimen(browser, taskId);
			WebElement initiatiefnemer = browser.waitFor(By.cssSelector("[id$='Veld_initiatiefnemer']"));
			browser.waitUntil("het formulier toont de aanvraag",
					(driver) -> "Stichting Buurtkeuken De Kom".equals(initiatiefnemer.getDomProperty("value")));
			assertThat(initiatiefnemer.getDomAttribute("readonly")).as("initiatiefnemer alleen-lezen").isNotNull();
			assertThat(browser.driver().findElement(By.cssSelector("[id$='Veld_gevraagdBedrag']")))
				.satisfies((bedrag) -> assertThat(bedrag.getDomAttribute("readonly")).isNotNull())
				.satisfies((bedrag) -> assertThat(bedrag.getDomProperty("value")).isEqualTo("20000"));
			assertThat(
					browser.driver().findElement(By.cssSelector("[id$='Veld_projectTitel']")).getDomProperty("value"))
				.isEqualTo("Buurtkeuken tegen eenzaamheid");
			assertThat(browser.driver().findElement(By.cssSelector(".fjs-form")).getText())
				.contains("Sluit aan bij wat bewoners vragen: ja", "Bespaart kosten: nee");
			assertThat(browser.driver().findElements(By.cssSelector("[id$='Veld_gevraagdeAanvulling']")))
				.as("het veld voor wat ontbreekt, voordat 'Nee' gekozen is")
				.isEmpty();

			browser.click(By.xpath("//label[normalize-space()='Nee, er ontbreekt informatie']"));
			browser.waitFor(By.cssSelector("[id$='Veld_gevraagdeAanvulling']"))
				.sendKeys("Stuur de begroting van het project mee.");
			browser.screenshot(SCREENSHOTS.resolve("tasklist-fonds-ontvankelijkheid.png"));
			browser.click(By.xpath("//button[normalize-space()='Voltooien']"));

			browser.waitUntil("de taak is voltooid", (driver) -> zaak.task("OntvankelijkheidToetsen") == null);
		}
		assertThat(zaak.variable(AanvraagVariabelen.VOLLEDIG)).isEqualTo(false);
		assertThat(zaak.variable(AanvraagVariabelen.GEVRAAGDE_AANVULLING))
			.isEqualTo("Stuur de begroting van het project mee.");
		assertThat(zaak.variable(AanvraagVariabelen.INITIATIEFNEMER)).isEqualTo("Stichting Buurtkeuken De Kom");
		// the read-only amount the form showed is still the case's Long
		assertThat(zaak.variable(AanvraagVariabelen.GEVRAAGD_BEDRAG)).isEqualTo(20_000L);
		assertThat(this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(zaak.id())
			.activityId("AanvullingVragen")
			.count()).isEqualTo(1);
	}

	@Test
	@DisplayName("the programmamanager grants an amount in Tasklist; the case records it in whole euros and goes to the ledger")
	void toekennenInTasklist() {
		ruimteInFonds(30_000);
		Zaakverloop zaak = new Zaakverloop(this.engine).start(AanvraagVariabelen.PROCESS_KEY,
				AanvraagProcessContract.aanvraag(30_000, 12));
		zaak.complete("OntvankelijkheidToetsen", "transformatieteam", Map.of(AanvraagVariabelen.VOLLEDIG, true))
			.executeJob("BedragReserveren")
			.complete("AdviesCommissie", "adviescommissie",
					Map.of(AanvraagVariabelen.ADVIES_COMMISSIE, "positief", AanvraagVariabelen.ADVIES_TOELICHTING,
							"Besproken in de commissie."))
			.complete("ProgrammateamToets", "transformatieteam",
					Map.of(AanvraagVariabelen.ADVIES_PROGRAMMATEAM, "Past in het programma."));
		String taskId = zaak.task("BesluitNemen").getId();
		try (Browser browser = Browser.open(this.port)) {
			browser.login("tasklist", "programmamanager");
			openEnClaimen(browser, taskId);
			browser.waitFor(By.cssSelector("[id$='Veld_besluit-0']"));
			assertThat(browser.driver().findElements(By.cssSelector("[id$='Veld_toegekendBedrag']")))
				.as("het bedrag, voordat 'Toekennen' gekozen is")
				.isEmpty();
			browser.click(By.xpath("//label[normalize-space()='Toekennen']"));
			browser.waitFor(By.cssSelector("[id$='Veld_toegekendBedrag']")).sendKeys("25000", Keys.TAB);
			browser.screenshot(SCREENSHOTS.resolve("tasklist-fonds-besluit.png"));
			browser.click(By.xpath("//button[normalize-space()='Voltooien']"));

			browser.waitUntil("de taak is voltooid", (driver) -> zaak.task("BesluitNemen") == null);
		}
		assertThat(zaak.variable(AanvraagVariabelen.BESLUIT)).isEqualTo("toekennen");
		assertThat(zaak.variable(AanvraagVariabelen.TOEGEKEND_BEDRAG)).isEqualTo(25_000L);
		assertThat(zaak.variable(AanvraagVariabelen.GEVRAAGD_BEDRAG)).isEqualTo(30_000L);
		assertThat(zaak.variable(AanvraagVariabelen.ACCORDERING_NODIG)).isEqualTo(false);
		assertThat(zaak.variable(AanvraagVariabelen.BESLOTEN_DOOR)).isEqualTo("programmamanager");
		assertThat(zaak.job("BesluitVastleggen")).as("het besluit wacht op het grootboek").isNotNull();
	}

	private void startformulierOpenen(Browser browser, String gebruiker) {
		browser.login("tasklist", gebruiker);
		browser.click(By.xpath("//a[contains(normalize-space(.),'Proces starten')]"));
		browser.click(By.xpath("//a[normalize-space(.)='" + STARTFORMULIER + "']"));
		browser.waitFor(By.cssSelector("[id$='Veld_initiatiefnemer']"));
	}

	private static WebElement datumveld(Browser browser) {
		WebElement datum = browser.waitFor(By.cssSelector("input[id$='Veld_aanvraagDatum-date']"));
		browser.waitUntil("het datumveld vraagt om dd-mm-jjjj",
				(driver) -> "dd-mm-jjjj".equals(datum.getDomAttribute("placeholder")));
		return datum;
	}

	private static void openEnClaimen(Browser browser, String taskId) {
		browser.go("/camunda/app/tasklist/default/#/?task=" + taskId);
		browser.click(By.xpath("//*[normalize-space(text())='Claimen']"));
		browser.waitFor(By.cssSelector(".fjs-form"));
	}

	private static void type(Browser browser, String fieldId, String text) {
		browser.driver().findElement(By.cssSelector("[id$='" + fieldId + "']")).sendKeys(text);
	}

	/**
	 * Empties a field as a person does: clear() empties only the DOM, not what the form
	 * holds.
	 */
	private static void wissen(Browser browser, String fieldId) {
		browser.driver()
			.findElement(By.cssSelector("[id$='" + fieldId + "']"))
			.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
	}

	private static void choose(Browser browser, String fieldId, String label) {
		browser.click(By.cssSelector("[id$='" + fieldId + "-display']"));
		browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']"));
	}

	/** Waits for the form's message under one field. */
	private static void foutmelding(Browser browser, String fieldId, String melding) {
		browser.waitFor(By.xpath("//*[contains(@class,'fjs-form-field')][.//*[substring(@id, string-length(@id) - "
				+ (fieldId.length() - 1) + ") = '" + fieldId + "']]//*[contains(@class,'fjs-form-field-error')]"
				+ "[normalize-space()='" + melding + "']"));
	}

	private void ruimteInFonds(long bedrag) {
		Saldo saldo = this.grootboek.saldo(AanvraagRegistreren.STANDAARD_FONDS);
		this.grootboek.budgetVaststellen(AanvraagRegistreren.STANDAARD_FONDS,
				saldo.gereserveerd() + saldo.toegekend() + bedrag, "programmamanager", "Ruimte voor de browsertest");
	}

	private HistoricProcessInstance gestart(String projectTitel) {
		return Zaakgeschiedenis.metVariabele(this.engine, AanvraagVariabelen.PROJECT_TITEL, projectTitel);
	}

	private Map<String, Object> variabelen(String instanceId) {
		return Zaakgeschiedenis.variabelen(this.engine, instanceId);
	}

}
