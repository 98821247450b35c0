package nl.kantel.intake;

import static nl.kantel.intake.WmoIntakeScenario.melding;
import static nl.kantel.intake.WmoIntakeScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import nl.kantel.FlowNodeCoverage;
import nl.kantel.brief.PdfText;
import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.RefusedActionException;

/**
 * Every path of the Wmo intake through the engine, with the dates the law gives; run on
 * H2 and on PostgreSQL, each run checking that it walked every flow node.
 */
abstract class WmoIntakeProcessContract {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	private static FlowNodeCoverage coverage;

	@Autowired
	ProcessEngine engine;

	@Value("${kantel.post.printpost}")
	Path printpost;

	WmoIntakeScenario zaak;

	@BeforeAll
	static void measureCoverage(@Autowired ProcessEngine engine) {
		coverage = FlowNodeCoverage.startingNow(engine, IntakeVariabelen.PROCESS_KEY);
	}

	@AfterAll
	static void everyFlowNodeWalked() {
		assertThat(coverage.missing()).isEmpty();
	}

	@BeforeEach
	void mondayAfterTheMelding() {
		BpmnAwareTests.init(this.engine);
		today("2026-11-16");
		this.zaak = new WmoIntakeScenario(this.engine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("a melding gets a zaaknummer and the Atw deadlines of the onderzoek and the persoonlijk plan")
	void meldingStartsTheClock() {
		this.zaak.start(melding("2026-11-14"));

		assertThat(this.zaak.instance()).isWaitingAt("KeukentafelgesprekPlannen", "PersoonlijkPlanAfwachten");
		assertThat(this.zaak.instance().getBusinessKey()).matches("WMO-2026-\\d{6}");
		assertThat(this.zaak.variable(IntakeVariabelen.ZAAKNUMMER)).isEqualTo(this.zaak.instance().getBusinessKey());
		// 14 November + 6 weeks = Saturday 26 December (Tweede Kerstdag) -> Monday 28
		// December
		assertThat(this.zaak.variable(IntakeVariabelen.ONDERZOEK_DEADLINE)).isEqualTo("2026-12-28");
		// 14 November + 7 days = Saturday 21 November -> Monday 23 November
		assertThat(this.zaak.variable(IntakeVariabelen.PERSOONLIJK_PLAN_DEADLINE)).isEqualTo("2026-11-23");
		assertThat(this.zaak.task("KeukentafelgesprekPlannen").getDueDate()).isEqualTo(endOf("2026-12-28"));
		assertThat(this.zaak.instance()).isNotWaitingAt("TijdelijkeVoorzieningTreffen")
			.isWaitingAt("OntvangstBevestigen");
	}

	@Test
	@DisplayName("a melding without a date is dated today")
	void meldingDatumDefaultsToToday() {
		Map<String, Object> variables = melding(null);
		variables.remove(IntakeVariabelen.MELDING_DATUM);

		this.zaak.start(variables);

		assertThat(this.zaak.variable(IntakeVariabelen.MELDING_DATUM)).isEqualTo("2026-11-16");
		assertThat(this.zaak.variable(IntakeVariabelen.ONDERZOEK_DEADLINE)).isEqualTo("2026-12-28");
	}

	@ParameterizedTest(name = "melding {0}: onderzoek ends {1} ({2})")
	@CsvSource({ "2026-11-14, 2026-12-28, Tweede Kerstdag on a Saturday", "2027-02-15, 2027-03-30, Tweede Paasdag",
			"2027-03-16, 2027-04-28, Koningsdag", "2027-03-24, 2027-05-07, Bevrijdingsdag then Hemelvaartsdag",
			"2027-03-25, 2027-05-07, Hemelvaartsdag", "2027-04-05, 2027-05-18, Tweede Pinksterdag",
			"2026-11-20, 2027-01-04, Nieuwjaarsdag and a weekend" })
	@DisplayName("the onderzoek deadline of the process skips weekends and the recognised holidays")
	void onderzoekDeadlineAcrossHolidays(String meldingDatum, String deadline, String why) {
		today("2027-06-01");

		this.zaak.start(melding(meldingDatum));

		assertThat(this.zaak.variable(IntakeVariabelen.ONDERZOEK_DEADLINE)).as(why).isEqualTo(deadline);
	}

	@Nested
	@DisplayName("a bad start")
	class BadStart {

		@Test
		@DisplayName("without a BSN is refused naming bsn, and leaves no case")
		void missingBsn() {
			Map<String, Object> variables = melding("2026-11-14");
			variables.remove(IntakeVariabelen.BSN);

			assertRefused(variables, "bsn: Het BSN is verplicht.");
		}

		@Test
		@DisplayName("with a BSN that fails the elfproef is refused")
		void invalidBsn() {
			Map<String, Object> variables = melding("2026-11-14");
			variables.put(IntakeVariabelen.BSN, "123456789");

			assertRefused(variables, "bsn: Het BSN is geen geldig burgerservicenummer (elfproef).");
		}

		@Test
		@DisplayName("with a melding date in the future or not ISO is refused")
		void badMeldingDatum() {
			assertRefused(melding("2026-11-17"), "meldingDatum: De datum mag niet in de toekomst liggen.");
			assertRefused(melding("16-11-2026"), "meldingDatum: De datum moet de vorm jjjj-mm-dd hebben.");
		}

		@Test
		@DisplayName("without a hulpvraag is refused by the melding's form check")
		void missingHulpvraag() {
			Map<String, Object> variables = melding("2026-11-14");
			variables.remove(IntakeVariabelen.HULPVRAAG);

			assertRefused(variables, "hulpvraag: 'Hulpvraag' is verplicht.");
		}

		private void assertRefused(Map<String, Object> variables, String message) {
			long before = WmoIntakeProcessContract.this.engine.getHistoryService()
				.createHistoricProcessInstanceQuery()
				.processDefinitionKey(IntakeVariabelen.PROCESS_KEY)
				.count();

			assertThatThrownBy(() -> WmoIntakeProcessContract.this.zaak.start(variables))
				.isInstanceOf(InvalidVariableException.class)
				.hasMessageContaining(message);
			assertThat(WmoIntakeProcessContract.this.engine.getHistoryService()
				.createHistoricProcessInstanceQuery()
				.processDefinitionKey(IntakeVariabelen.PROCESS_KEY)
				.count()).isEqualTo(before);
		}

	}

	@Test
	@DisplayName("the receipt confirmation reaches the resident once, also when the first attempt fails")
	void ontvangstbevestiging() throws Exception {
		Map<String, Object> variables = melding("2026-11-14");
		variables.put(IntakeVariabelen.EMAIL, "f.elamrani@example.nl");
		this.zaak.start(variables);
		assertThat(this.zaak.instance()).isWaitingAt("OntvangstBevestigen");

		greenMail.stop();
		assertThatThrownBy(() -> this.zaak.executeJob("OntvangstBevestigen")).isNotNull();
		assertThat(this.zaak.job("OntvangstBevestigen").getRetries()).isEqualTo(2);
		greenMail.start();
		// R3/PT10M: the next attempt comes ten minutes later
		ClockUtil.setCurrentTime(this.zaak.job("OntvangstBevestigen").getDuedate());
		this.zaak.executeJob("OntvangstBevestigen");

		MimeMessage[] mails = greenMail.getReceivedMessages();
		assertThat(mails).hasSize(1);
		String zaaknummer = this.zaak.instance().getBusinessKey();
		assertThat(mails[0].getAllRecipients()[0]).hasToString("f.elamrani@example.nl");
		assertThat(mails[0].getSubject()).isEqualTo("Wij hebben uw melding ontvangen (" + zaaknummer + ")");
		assertThat(PdfText.of(pdf(IntakePost.documentVariabele(IntakeBrieven.ONTVANGSTBEVESTIGING))))
			.contains(zaaknummer)
			.contains("23 november 2026")
			.contains("28 december 2026")
			.contains("cliëntondersteuning");
		assertThat(attachment(mails[0]))
			.isEqualTo(pdf(IntakePost.documentVariabele(IntakeBrieven.ONTVANGSTBEVESTIGING)));
		assertThat(this.zaak.instance()).hasPassed("OntvangstBevestigd");
	}

	@Test
	@DisplayName("a resident without e-mail gets the receipt by post: the letter lands in the print outbox, addressed to the postal address and the representative")
	void ontvangstbevestigingPerPost() throws Exception {
		Map<String, Object> variables = melding("2026-11-14");
		variables.put(IntakeVariabelen.POSTADRES, "Lindelaan 12, 1234 AB Voorbeeld");
		variables.put(IntakeVariabelen.VERTEGENWOORDIGER, "M. Jansen, bewindvoerder");
		this.zaak.start(variables).executeJob("OntvangstBevestigen");

		Path brief = this.printpost.resolve(this.zaak.instance().getBusinessKey() + "_ontvangstbevestiging_1.pdf");
		assertThat(PdfText.of(Files.readAllBytes(brief))).contains("Fatima el Amrani",
				"Lindelaan 12, 1234 AB Voorbeeld", "Ter attentie van", "M. Jansen, bewindvoerder", "cliëntondersteuner",
				"23 november 2026");
		assertThat(greenMail.getReceivedMessages()).isEmpty();
		assertThat(this.zaak.instance()).hasPassed("OntvangstBevestigd");
	}

	private static byte[] attachment(MimeMessage mail) throws Exception {
		Multipart parts = (Multipart) mail.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
				return parts.getBodyPart(i).getInputStream().readAllBytes();
			}
		}
		throw new AssertionError("Geen bijlage");
	}

	@Test
	@DisplayName("spoed: a temporary provision at once, beside the normal onderzoek")
	void spoedGivesTemporaryProvision() {
		Map<String, Object> variables = melding("2026-11-14");
		variables.put(IntakeVariabelen.SPOED, true);
		this.zaak.start(variables);

		assertThat(this.zaak.instance()).isWaitingAt("TijdelijkeVoorzieningTreffen", "KeukentafelgesprekPlannen");
		this.zaak.complete("TijdelijkeVoorzieningTreffen", "wmo-consulent",
				Map.of("tijdelijkeVoorziening", "Opvang in het Veilig Thuis-huis, 4 weken"));

		assertThat(this.zaak.instance()).hasPassed("TijdelijkeVoorzieningGetroffen")
			.isWaitingAt("KeukentafelgesprekPlannen");
	}

	@Test
	@DisplayName("a persoonlijk plan in time is available in the keukentafelgesprek")
	void persoonlijkPlanInTime() {
		this.zaak.start(melding("2026-11-14"));

		this.zaak.correlate("PersoonlijkPlanOntvangen",
				Map.of(IntakeVariabelen.PERSOONLIJK_PLAN, "Ik wil weer zelf boodschappen doen."));

		assertThat(this.zaak.instance()).hasPassed("PersoonlijkPlanOntvangen").isWaitingAt("KeukentafelgesprekPlannen");
		assertThat(this.engine.getRuntimeService().getVariable(this.zaak.id(), IntakeVariabelen.PERSOONLIJK_PLAN))
			.isEqualTo("Ik wil weer zelf boodschappen doen.");
	}

	@Test
	@DisplayName("uitkomst eigen kracht: after the verslag the resident may still apply; without an aanvraag the case ends eigen-kracht")
	void eigenKracht() {
		this.zaak.start(melding("2026-11-14"))
			.gesprekVoeren(Map.of(IntakeVariabelen.ONDERSTEUNINGSBEHOEFTE, "huishouden",
					IntakeVariabelen.EIGEN_KRACHT_VOLDOENDE, true))
			.planTermijnLatenVerstrijken();

		assertThat(this.zaak.instance()).isWaitingAt("VerslagOpstellen");
		assertThat(this.zaak.variable(IntakeVariabelen.UITKOMST)).isEqualTo("eigen-kracht");
		this.zaak.verslagOpstellen();

		// the verslag left on Tuesday 24 November, after the plan's 7 days: an aanvraag
		// is
		// possible for 6 weeks, up to Tuesday 5 January 2027
		assertThat(this.zaak.variable(IntakeVariabelen.VERSLAG_VERZONDEN)).isEqualTo("2026-11-24");
		assertThat(this.zaak.variable(IntakeVariabelen.AANVRAAG_MOGELIJK_TOT)).isEqualTo("2027-01-05");
		assertThat(this.zaak.instance()).isWaitingAt("AanvraagNaAdviesAfwachten");
		this.zaak.timerAfgaan("AanvraagNaAdviesUitgebleven", "2027-01-06");

		assertThat(this.zaak.instance()).isEnded().hasPassed("AdviesGevolgd");
		assertThat(this.zaak.variable(IntakeVariabelen.RESULTAAT)).isEqualTo("eigen-kracht");
	}

	@Test
	@DisplayName("uitkomst algemene voorziening ends with resultaat algemene-voorziening")
	void algemeneVoorziening() {
		this.zaak.start(melding("2026-11-14"))
			.gesprekVoeren(Map.of(IntakeVariabelen.ONDERSTEUNINGSBEHOEFTE, "dagbesteding",
					IntakeVariabelen.ALGEMENE_VOORZIENING_PASSEND, true))
			.planOntvangen()
			.verslagOpstellen();

		this.zaak.timerAfgaan("AanvraagNaAdviesUitgebleven", "2026-12-29");

		assertThat(this.zaak.instance()).isEnded().hasPassed("AdviesGevolgd");
		assertThat(this.zaak.variable(IntakeVariabelen.RESULTAAT)).isEqualTo("algemene-voorziening");
	}

	@Test
	@DisplayName("uitkomst verwijzing with consent: a verwijzing with this case as hoofdzaak runs, and the intake ends verwezen")
	void verwijzingGestart() {
		this.zaak.start(melding("2026-11-14"))
			.gesprekVoeren(Map.of(IntakeVariabelen.ONDERSTEUNINGSBEHOEFTE, "schulden"))
			.planOntvangen()
			.verslagOpstellen();
		assertThat(this.zaak.variable(IntakeVariabelen.VERWIJSDOEL)).isEqualTo("schuldhulp");

		this.zaak.executeJob("VerwijzingStarten");
		this.zaak.timerAfgaan("AanvraagNaAdviesUitgebleven", "2026-12-29");

		assertThat(this.zaak.instance()).isEnded().hasPassed("VerwijzingStarten", "AdviesGevolgd");
		assertThat(this.zaak.variable(IntakeVariabelen.RESULTAAT)).isEqualTo("verwezen");
		ProcessInstance verwijzing = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(VerwijzingStarten.VERWIJZING)
			.variableValueEquals("hoofdzaak", this.zaak.variable(IntakeVariabelen.ZAAKNUMMER))
			.singleResult();
		assertThat(verwijzing).isNotNull();
		assertThat(verwijzing).isWaitingAt("VerwijzingAccepteren");
	}

	@Test
	@DisplayName("a talk without offering free cliëntondersteuning cannot be completed: 400 naming clientondersteuningAangeboden")
	void clientondersteuningVerplicht() {
		this.zaak.start(melding("2026-11-14"));

		assertThatThrownBy(() -> this.zaak.gesprekVoeren(Map.of(IntakeVariabelen.ONDERSTEUNINGSBEHOEFTE, "huishouden",
				IntakeVariabelen.CLIENTONDERSTEUNING_AANGEBODEN, false)))
			.hasRootCauseInstanceOf(InvalidVariableException.class)
			.hasRootCauseMessage("clientondersteuningAangeboden: Bied de inwoner gratis cliëntondersteuning aan "
					+ "(art. 2.3.2 lid 3 Wmo) voordat u het gesprek afrondt.");
		assertThat(this.zaak.instance()).isWaitingAt("KeukentafelgesprekVoeren");
	}

	@ParameterizedTest(name = "dreigende situatie {0}: first talk by {1}")
	@CsvSource({ "true, 2026-11-19", "false, 2026-12-14" })
	@DisplayName("a threatened eviction or cut-off found in the talk goes with the referral: schuldhulp within 3 working days, else 4 weeks")
	void dreigendeSituatieGaatMee(boolean dreigend, String eersteContact) {
		this.zaak.start(melding("2026-11-14"))
			.gesprekVoeren(Map.of(IntakeVariabelen.ONDERSTEUNINGSBEHOEFTE, "schulden",
					IntakeVariabelen.DREIGENDE_SITUATIE, dreigend))
			.planOntvangen()
			.verslagOpstellen();

		this.zaak.executeJob("VerwijzingStarten");

		// started Monday 16 November 2026: 3 working days is Thursday 19 November, 4
		// weeks
		// Monday 14 December
		ProcessInstance verwijzing = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(VerwijzingStarten.VERWIJZING)
			.variableValueEquals("hoofdzaak", this.zaak.variable(IntakeVariabelen.ZAAKNUMMER))
			.singleResult();
		assertThat(this.engine.getRuntimeService().getVariable(verwijzing.getId(), "dreigendeSituatie"))
			.isEqualTo(dreigend);
		assertThat(this.engine.getRuntimeService().getVariable(verwijzing.getId(), "eersteContactDeadline"))
			.isEqualTo(eersteContact);
	}

	@Test
	@DisplayName("toekennen in kind below the limit: beschikking, toewijzing, bezwaar term, then care starts")
	void toekennenInNatura() {
		this.zaak.start(melding("2026-11-14")).totAanvraag("2026-11-16");
		// 16 November + 2 weeks = Monday 30 November
		assertThat(this.zaak.variable(IntakeVariabelen.BESCHIKKING_DEADLINE)).isEqualTo("2026-11-30");
		assertThat(this.zaak.task("AanvraagBeoordelen").getDueDate()).isEqualTo(endOf("2026-11-30"));

		this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", WmoIntakeScenario.toekenning("zin", 4200L))
			.executeJob("BeschikkingVersturen");

		assertThat(this.zaak.instance()).hasNotPassed("BeschikkingAccorderen").isWaitingAt("ZorgGestart");
		assertThat(this.zaak.variable(IntakeVariabelen.BESCHIKKING_DATUM)).isEqualTo("2026-11-16");
		// sent Monday 16 November: 6 weeks from the next day end Monday 28 December
		assertThat(this.zaak.variable(IntakeVariabelen.BESCHIKKING_VERZONDEN)).isEqualTo("2026-11-16");
		assertThat(this.zaak.variable(IntakeVariabelen.BEZWAAR_DEADLINE)).isEqualTo("2026-12-28");
		assertThat((String) this.zaak.variable(IntakeVariabelen.TOEWIJZING_NUMMER)).matches("\\d{8}");

		this.zaak.correlate("ZorgGestart", Map.of());

		assertThat(this.zaak.instance()).isEnded().hasPassed("ZorgIsGestart");
		assertThat(this.zaak.variable(IntakeVariabelen.RESULTAAT)).isEqualTo("toegekend");
	}

	@Test
	@DisplayName("the verslag and the beschikking are PDF letters with what the resident must read in them")
	void brieven() {
		this.zaak.start(melding("2026-11-14")).totAanvraag("2026-11-16");
		this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", WmoIntakeScenario.toekenning("zin", 4200L))
			.executeJob("BeschikkingVersturen");
		String zaaknummer = this.zaak.instance().getBusinessKey();

		String verslag = PdfText.of(pdf(IntakeVariabelen.VERSLAG_DOCUMENT));
		String beschikking = PdfText.of(pdf(IntakeVariabelen.BESCHIKKING_DOCUMENT));

		assertThat(verslag).contains(zaaknummer, "Fatima el Amrani", "Wij hebben samen gekeken wat u nodig hebt.");
		assertThat(beschikking).contains(zaaknummer, "Fatima el Amrani", "huishoudelijke hulp",
				"U kunt uw huis niet zelf schoonhouden",
				(String) this.zaak.variable(IntakeVariabelen.TOEWIJZING_NUMMER), "bezwaar", "28 december 2026");
	}

	private byte[] pdf(String variable) {
		FileValue file = (FileValue) this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(this.zaak.id())
			.variableName(variable)
			.singleResult()
			.getTypedValue();
		assertThat(file.getMimeType()).isEqualTo("application/pdf");
		assertThat(file.getFilename()).endsWith(this.zaak.instance().getBusinessKey() + ".pdf");
		try (InputStream in = file.getValue()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	@DisplayName("a PGB is approved by a teamleider, and the intake ends at the beschikking")
	void toekennenPgbMetAccordering() {
		this.zaak.start(melding("2026-11-14")).totAanvraag("2026-11-16", true);

		this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", WmoIntakeScenario.toekenning("pgb", 4200L))
			.complete("BeschikkingAccorderen", "teamleider-wmo", Map.of("akkoord", true))
			.executeJob("BeschikkingVersturen");

		assertThat(this.zaak.instance()).isEnded().hasPassed("BeschikkingAccorderen", "ToegekendPgb");
		assertThat(this.zaak.variable(IntakeVariabelen.RESULTAAT)).isEqualTo("toegekend");
		assertThat(this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(this.zaak.id())
			.variableName(IntakeVariabelen.TOEWIJZING_NUMMER)
			.count()).isZero();
	}

	@Test
	@DisplayName("a pgb only when the resident asked for it in the talk (Wmo 2.3.6): otherwise 400 naming leveringsvorm, the task stays")
	void pgbAlleenOpVerzoek() {
		this.zaak.start(melding("2026-11-14")).totAanvraag("2026-11-16", false);

		assertThatThrownBy(() -> this.zaak.complete("AanvraagBeoordelen", "wmo-consulent",
				WmoIntakeScenario.toekenning("pgb", 4200L)))
			.hasRootCauseInstanceOf(InvalidVariableException.class)
			.hasRootCauseMessage(
					"leveringsvorm: De inwoner vroeg in het gesprek niet om een pgb (art. 2.3.6 Wmo); kies zorg in natura.");
		assertThat(this.zaak.instance()).isWaitingAt("AanvraagBeoordelen");
	}

	@Test
	@DisplayName("costs above the limit need approval; 'niet akkoord' sends the aanvraag back to the consulent")
	void nietAkkoordTerugNaarConsulent() {
		this.zaak.start(melding("2026-11-14")).totAanvraag("2026-11-16");

		this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", WmoIntakeScenario.toekenning("zin", 25000L))
			.complete("BeschikkingAccorderen", "teamleider-wmo", Map.of("akkoord", false));

		assertThat(this.zaak.instance()).hasPassed("BeschikkingAccorderen").isWaitingAt("AanvraagBeoordelen");
	}

	@Test
	@DisplayName("four eyes: the user who assessed the aanvraag may neither claim nor complete the approval")
	void vierOgen() {
		this.zaak.start(melding("2026-11-14")).totAanvraag("2026-11-16", true);
		this.zaak.complete("AanvraagBeoordelen", "teamleider-wmo", WmoIntakeScenario.toekenning("pgb", 4200L));
		String approval = this.zaak.task("BeschikkingAccorderen").getId();

		assertThatThrownBy(() -> this.zaak.as("teamleider-wmo",
				() -> this.engine.getTaskService().claim(approval, "teamleider-wmo")))
			.hasRootCauseInstanceOf(RefusedActionException.class)
			.hasRootCauseMessage(
					"U hebt deze aanvraag zelf beoordeeld. Volgens het vier-ogenprincipe moet een collega dit accorderen.");
		assertThatThrownBy(() -> this.zaak.complete("BeschikkingAccorderen", "teamleider-wmo", Map.of("akkoord", true)))
			.hasRootCauseInstanceOf(RefusedActionException.class);
		assertThat(this.zaak.instance()).isWaitingAt("BeschikkingAccorderen");
	}

	@Test
	@DisplayName("four eyes cannot be dodged: naming another assessor changes nothing, the rule reads who assessed from the engine's log")
	void vierOgenNietTeOmzeilen() {
		this.zaak.start(melding("2026-11-14")).totAanvraag("2026-11-16", true);
		this.zaak.complete("AanvraagBeoordelen", "teamleider-wmo", WmoIntakeScenario.toekenning("pgb", 4200L));

		assertThatThrownBy(() -> this.zaak.complete("BeschikkingAccorderen", "teamleider-wmo",
				Map.of("akkoord", true, "beoordelaar", "wmo-consulent")))
			.hasRootCauseInstanceOf(RefusedActionException.class);
		assertThatThrownBy(() -> this.zaak.complete("BeschikkingAccorderen", "teamleider-wmo", Map.of("akkoord", true)))
			.hasRootCauseInstanceOf(RefusedActionException.class);
	}

	@Test
	@DisplayName("afwijzen: the case ends afgewezen with the bezwaar term set")
	void afwijzen() {
		this.zaak.start(melding("2026-11-14")).totAanvraag("2026-11-16");

		this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", WmoIntakeScenario.afwijzing())
			.executeJob("BeschikkingVersturen");

		assertThat(this.zaak.instance()).isEnded().hasPassed("Afgewezen");
		assertThat(this.zaak.variable(IntakeVariabelen.RESULTAAT)).isEqualTo("afgewezen");
		assertThat(this.zaak.variable(IntakeVariabelen.BEZWAAR_DEADLINE)).isEqualTo("2026-12-28");
	}

	@Test
	@DisplayName("a toekenning without the provision's data is refused naming each missing field")
	void toekenningZonderGegevens() {
		this.zaak.start(melding("2026-11-14")).totAanvraag("2026-11-16");
		Map<String, Object> variables = WmoIntakeScenario.toekenning("zin", 4200L);
		variables.remove(IntakeVariabelen.PRODUCTCATEGORIE);
		variables.remove(IntakeVariabelen.KOSTEN_PER_JAAR);

		assertThatThrownBy(() -> this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", variables))
			.hasRootCauseInstanceOf(InvalidVariableException.class)
			.hasRootCauseMessage("productcategorie: Dit veld is nodig voor een toekenning.; "
					+ "kostenPerJaar: Dit veld is nodig voor een toekenning.");
	}

	@Test
	@DisplayName("an aanvulling suspends the beschikking term: the deadline moves by the days waited")
	void aanvullingBeantwoord() {
		this.zaak.start(melding("2026-11-14")).totAanvraag("2026-11-16");
		this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", Map.of(IntakeVariabelen.AANVULLING_NODIG, true))
			.executeJob("AanvullingVragen");
		assertThat(this.zaak.instance()).isWaitingAt("AanvullingAfwachten");
		// asked on Monday 16 November; hersteltermijn 2 weeks: Monday 30 November
		assertThat(this.zaak.variable(IntakeVariabelen.HERSTELTERMIJN_DEADLINE)).isEqualTo("2026-11-30");

		today("2026-11-20");
		this.zaak.correlate("AanvullingOntvangen", Map.of());

		// suspended from Tuesday 17 up to Friday 20 November: 3 days; 30 November -> 3
		// December
		assertThat(this.engine.getRuntimeService().getVariable(this.zaak.id(), IntakeVariabelen.BESCHIKKING_DEADLINE))
			.isEqualTo("2026-12-03");
		assertThat(this.zaak.instance()).isWaitingAt("AanvraagBeoordelen");
		assertThat(this.zaak.task("AanvraagBeoordelen").getDueDate()).isEqualTo(endOf("2026-12-03"));
		assertThat(this.zaak.job("BeschikkingstermijnVerstreken").getDuedate()).isEqualTo(startOf("2026-12-04"));
	}

	@Test
	@DisplayName("the request for an aanvulling is a letter: what is missing, the hersteltermijn and what happens without an answer")
	void aanvullingsbrief() {
		this.zaak.start(melding("2026-11-14")).totAanvraag("2026-11-16");
		this.zaak
			.complete("AanvraagBeoordelen", "wmo-consulent", Map.of(IntakeVariabelen.AANVULLING_NODIG, true,
					IntakeVariabelen.GEVRAAGDE_AANVULLING, "Een verklaring van uw ergotherapeut over de trap."))
			.executeJob("AanvullingVragen");

		assertThat(this.zaak.variable(IntakeVariabelen.AANVULLING_GEVRAAGD_OP)).isEqualTo("2026-11-16");
		assertThat(PdfText.of(pdf("aanvullingDocument"))).contains("Een verklaring van uw ergotherapeut over de trap.",
				"30 november 2026", "buiten behandeling", "staat de termijn voor ons besluit stil");
	}

	@Test
	@DisplayName("buiten behandeling only after an aanvulling did not come (Awb 4:5): a decision with the bezwaar clause")
	void buitenBehandeling() {
		this.zaak.start(melding("2026-11-14")).totAanvraag("2026-11-16");
		Map<String, Object> buitenBehandeling = Map.of(IntakeVariabelen.AANVULLING_NODIG, false,
				IntakeVariabelen.BESLUIT, IntakeVariabelen.BUITEN_BEHANDELING);
		assertThatThrownBy(() -> this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", buitenBehandeling))
			.rootCause()
			.hasMessageContaining("besluit: Buiten behandeling laten kan alleen");
		this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", Map.of(IntakeVariabelen.AANVULLING_NODIG, true))
			.executeJob("AanvullingVragen")
			.timerAfgaan("HersteltermijnVerstreken", "2026-12-01");

		this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", buitenBehandeling).executeJob("BeschikkingVersturen");

		assertThat(this.zaak.instance()).isEnded().hasPassed("BuitenBehandeling");
		assertThat(this.zaak.variable(IntakeVariabelen.RESULTAAT)).isEqualTo("buiten-behandeling");
		assertThat(PdfText.of(pdf(IntakeVariabelen.BESCHIKKING_DOCUMENT)))
			.contains("Wij nemen uw aanvraag niet in behandeling", "artikel 4:5", "bezwaar");
	}

	@Test
	@DisplayName("uitkomst maatwerk without an aanvraag: a reminder halfway, then the case ends geen-aanvraag")
	void geenAanvraag() {
		this.zaak.start(melding("2026-11-14"))
			.gesprekVoeren(Map.of(IntakeVariabelen.ONDERSTEUNINGSBEHOEFTE, "huishouden"))
			.planOntvangen()
			.verslagOpstellen();
		// verslag sent Monday 16 November: the aanvraag is awaited up to Monday 28
		// December, the reminder goes halfway, on Monday 7 December
		assertThat(PdfText.of(pdf(IntakeVariabelen.VERSLAG_DOCUMENT))).contains("28 december 2026");

		this.zaak.timerAfgaan("AanvraagHerinneren", "2026-12-07").executeJob("AanvraagHerinneringVersturen");
		assertThat(PdfText.of(pdf("aanvraagHerinneringDocument"))).contains("28 december 2026");
		assertThat(this.zaak.instance()).hasPassed("AanvraagHerinnerd").isWaitingAt("AanvraagOntvangen");
		this.zaak.timerAfgaan("AanvraagUitgebleven", "2026-12-29");

		assertThat(this.zaak.instance()).isEnded().hasPassed("GeenAanvraag");
		assertThat(this.zaak.variable(IntakeVariabelen.RESULTAAT)).isEqualTo("geen-aanvraag");
	}

	@Test
	@DisplayName("a resident told 'eigen kracht' who disagrees applies anyway and gets a beschikking")
	void aanvraagNaEigenKracht() {
		this.zaak.start(melding("2026-11-14"))
			.gesprekVoeren(Map.of(IntakeVariabelen.ONDERSTEUNINGSBEHOEFTE, "huishouden",
					IntakeVariabelen.EIGEN_KRACHT_VOLDOENDE, true))
			.planOntvangen()
			.verslagOpstellen();
		assertThat(PdfText.of(pdf(IntakeVariabelen.VERSLAG_DOCUMENT)))
			.contains("Bent u het niet eens met deze conclusie?", "28 december 2026");

		this.zaak.correlate("AanvraagOntvangen", Map.of());
		this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", WmoIntakeScenario.afwijzing())
			.executeJob("BeschikkingVersturen");

		assertThat(this.zaak.instance()).isEnded().hasPassed("AanvraagNaAdviesAfwachten", "Afgewezen");
		assertThat(this.zaak.variable(IntakeVariabelen.RESULTAAT)).isEqualTo("afgewezen");
	}

	@Test
	@DisplayName("uitkomst verwijzing without consent: no verwijzing starts, and the verslag tells where to go")
	void verwijzingZonderToestemming() {
		this.zaak.start(melding("2026-11-14"))
			.gesprekVoeren(Map.of(IntakeVariabelen.ONDERSTEUNINGSBEHOEFTE, "schulden",
					IntakeVariabelen.TOESTEMMING_DELEN, false))
			.planOntvangen()
			.verslagOpstellen();

		assertThat(this.zaak.instance()).hasPassed("IsToestemmingGegeven")
			.hasNotPassed("VerwijzingStarten")
			.isWaitingAt("AanvraagNaAdviesAfwachten");
		assertThat(this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(VerwijzingStarten.VERWIJZING)
			.variableValueEquals("hoofdzaak", this.zaak.variable(IntakeVariabelen.ZAAKNUMMER))
			.count()).isZero();
		assertThat(PdfText.of(pdf(IntakeVariabelen.VERSLAG_DOCUMENT))).contains("Daarom sturen wij uw vraag niet door");
	}

	@Test
	@DisplayName("a persoonlijk plan after the 7 days is still taken until the verslag, and shown in the tasks after it")
	void persoonlijkPlanLater() {
		this.zaak.start(melding("2026-11-14")).planTermijnLatenVerstrijken();
		this.zaak.correlate("PersoonlijkPlanOntvangen", Map.of(IntakeVariabelen.PERSOONLIJK_PLAN, "Eerste plan"));
		this.zaak.correlate("PersoonlijkPlanOntvangen", Map.of(IntakeVariabelen.PERSOONLIJK_PLAN, "Herzien plan"));
		this.zaak.gesprekVoeren(Map.of(IntakeVariabelen.ONDERSTEUNINGSBEHOEFTE, "huishouden"));

		assertThat(this.engine.getTaskService()
			.getVariable(this.zaak.task("VerslagOpstellen").getId(), IntakeVariabelen.PERSOONLIJK_PLAN))
			.isEqualTo("Herzien plan");
		this.zaak.verslagOpstellen();
		assertThat(PdfText.of(pdf(IntakeVariabelen.VERSLAG_DOCUMENT))).contains("Herzien plan");
		assertThatThrownBy(() -> this.zaak.correlate("PersoonlijkPlanOntvangen",
				Map.of(IntakeVariabelen.PERSOONLIJK_PLAN, "Na het verslag")))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
	}

	@Test
	@DisplayName("a resident who wants no keukentafelgesprek: no date needed, the verslag says so; otherwise a date is")
	void geenGesprek() {
		this.zaak.start(melding("2026-11-14"));
		assertThatThrownBy(() -> this.zaak.complete("KeukentafelgesprekPlannen", "wmo-consulent",
				Map.of(IntakeVariabelen.GESPREK_VORM, "thuis")))
			.rootCause()
			.hasMessageContaining("gesprekDatum: Kies de datum van het gesprek");

		this.zaak.complete("KeukentafelgesprekPlannen", "wmo-consulent",
				Map.of(IntakeVariabelen.GESPREK_VORM, IntakeVariabelen.GEEN_GESPREK));
		this.zaak.complete("KeukentafelgesprekVoeren", "wmo-consulent",
				Map.of(IntakeVariabelen.ONDERSTEUNINGSBEHOEFTE, "huishouden",
						IntakeVariabelen.CLIENTONDERSTEUNING_AANGEBODEN, true, IntakeVariabelen.EIGEN_KRACHT_VOLDOENDE,
						true));
		this.zaak.planOntvangen().verslagOpstellen();

		assertThat(PdfText.of(pdf(IntakeVariabelen.VERSLAG_DOCUMENT))).contains("U wilde geen gesprek met ons");
	}

	@Test
	@DisplayName("care in kind that does not start: every 4 weeks a consulent is asked to follow it up, until the provider reports the start")
	void zorgNietGestart() {
		this.zaak.start(melding("2026-11-14")).totAanvraag("2026-11-16");
		this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", WmoIntakeScenario.toekenning("zin", 4200L))
			.executeJob("BeschikkingVersturen");
		// the wait began Monday 16 November at 09:00: 4 weeks later, Monday 14 December
		Date due = Date
			.from(LocalDate.parse("2026-12-14").atTime(9, 0).atZone(WmoIntakeScenario.AMSTERDAM).toInstant());
		assertThat(this.zaak.job("ZorgNogNietGestart").getDuedate()).isEqualTo(due);
		ClockUtil.setCurrentTime(due);

		this.zaak.executeJob("ZorgNogNietGestart");
		this.zaak.complete("ZorgNietGestart", "wmo-consulent", Map.of("zorgStartAfspraak", "Aanbieder start maandag"));

		assertThat(this.zaak.instance()).hasPassed("ZorgStartNagevraagd").isWaitingAt("ZorgGestart");
		assertThat(this.zaak.job("ZorgNogNietGestart").getDuedate()).isAfter(due);
		this.zaak.correlate("ZorgGestart", Map.of());
		assertThat(this.zaak.instance()).isEnded().hasPassed("ZorgIsGestart");
	}

	@Test
	@DisplayName("a suspended beschikking term: the Atw applies once, to the end of the lengthened term (DOMAIN.md's example)")
	void atwEenmaalNaOpschorting() {
		today("2025-12-08");
		this.zaak.start(melding("2025-11-20")).totAanvraag("2025-12-06");
		// aanvraag Saturday 6 December 2025: two weeks end Saturday 20 December, the Atw
		// makes it Monday 22 December
		assertThat(this.zaak.variable(IntakeVariabelen.BESCHIKKING_DEADLINE)).isEqualTo("2025-12-22");
		this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", Map.of(IntakeVariabelen.AANVULLING_NODIG, true))
			.executeJob("AanvullingVragen");

		today("2025-12-12");
		this.zaak.correlate("AanvullingOntvangen", Map.of());

		// asked Monday 8, answered Friday 12 December: 9, 10 and 11 December suspended;
		// 20 December + 3 days is Tuesday 23 December (before: 22 + 3 = 25, Atw: 29
		// December)
		assertThat(this.engine.getRuntimeService().getVariable(this.zaak.id(), IntakeVariabelen.BESCHIKKING_DEADLINE))
			.isEqualTo("2025-12-23");
		assertThat(this.zaak.task("AanvraagBeoordelen").getDueDate()).isEqualTo(endOf("2025-12-23"));
	}

	@Test
	@DisplayName("two aanvullingen: the days of both lengthen the term, the Atw applied once to its end")
	void tweeAanvullingen() {
		this.zaak.start(melding("2026-11-14")).totAanvraag("2026-11-16");
		this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", Map.of(IntakeVariabelen.AANVULLING_NODIG, true))
			.executeJob("AanvullingVragen");
		today("2026-11-20");
		this.zaak.correlate("AanvullingOntvangen", Map.of());
		this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", Map.of(IntakeVariabelen.AANVULLING_NODIG, true))
			.executeJob("AanvullingVragen");
		today("2026-11-26");
		this.zaak.correlate("AanvullingOntvangen", Map.of());

		// 16 November + 2 weeks = Monday 30 November; 3 days (17-19) and 5 days (21-25)
		// suspended: 8 December
		assertThat(this.engine.getRuntimeService()
			.getVariable(this.zaak.id(), IntakeVariabelen.BESCHIKKING_OPGESCHORTE_DAGEN)).isEqualTo(8L);
		assertThat(this.engine.getRuntimeService().getVariable(this.zaak.id(), IntakeVariabelen.BESCHIKKING_DEADLINE))
			.isEqualTo("2026-12-08");
	}

	@Test
	@DisplayName("an aanvulling that never comes: the term resumes when the hersteltermijn ends unused")
	void aanvullingNietBeantwoord() {
		this.zaak.start(melding("2026-11-14")).totAanvraag("2026-11-16");
		this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", Map.of(IntakeVariabelen.AANVULLING_NODIG, true))
			.executeJob("AanvullingVragen");
		assertThat(this.zaak.job("HersteltermijnVerstreken").getDuedate()).isEqualTo(startOf("2026-12-01"));

		today("2026-12-01");
		this.zaak.executeJob("HersteltermijnVerstreken");

		// suspended from 17 November up to 1 December: 14 days; 30 November -> 14
		// December
		assertThat(this.engine.getRuntimeService().getVariable(this.zaak.id(), IntakeVariabelen.BESCHIKKING_DEADLINE))
			.isEqualTo("2026-12-14");
		assertThat(this.zaak.instance()).hasPassed("HersteltermijnVerstreken").isWaitingAt("AanvraagBeoordelen");
	}

	@Test
	@DisplayName("the onderzoek term: a warning some working days before, then TermijnoverschrijdingAfhandelen")
	void onderzoekstermijnOverschreden() {
		this.zaak.start(melding("2026-11-14"));
		// 5 working days before Monday 28 December: Friday 18 December (25 and 26
		// December are holidays)
		assertThat(this.zaak.job("OnderzoekstermijnBijna").getDuedate()).isEqualTo(startOf("2026-12-18"));
		assertThat(this.zaak.job("OnderzoekstermijnVerstreken").getDuedate()).isEqualTo(startOf("2026-12-29"));

		today("2026-12-18");
		this.zaak.executeJob("OnderzoekstermijnBijna");
		assertThat(this.zaak.instance()).isWaitingAt("OnderzoekstermijnBewaken", "KeukentafelgesprekPlannen");
		this.zaak.complete("OnderzoekstermijnBewaken", "teamleider-wmo", Map.of("afspraak", "Gesprek maandag"));

		today("2026-12-29");
		this.zaak.executeJob("OnderzoekstermijnVerstreken");

		assertThat(this.zaak.instance()).isWaitingAt("TermijnoverschrijdingAfhandelen", "KeukentafelgesprekPlannen");
		assertThat(this.engine.getRuntimeService().getVariable(this.zaak.id(), "onderzoekTermijnOverschreden"))
			.isEqualTo(true);
		this.zaak
			.complete("TermijnoverschrijdingAfhandelen", "teamleider-wmo",
					Map.of("inwonerGeinformeerd", true, "nieuweTermijn", "2027-01-08"))
			.executeJob("OnderzoekTeLaatMelden");
		assertThat(this.zaak.instance()).hasPassed("TermijnoverschrijdingAfgehandeld");
		assertThat(PdfText.of(pdf("onderzoekTeLaatDocument"))).contains("8 januari 2027",
				"U mag nu al een aanvraag doen", "geen dwangsom");
	}

	@Test
	@DisplayName("after the onderzoek term an aanvraag without a verslag is received (Wmo 2.3.2 lid 9); the onderzoek's tasks make way for the assessment")
	void aanvraagZonderVerslag() {
		this.zaak.start(melding("2026-11-14"));
		assertThatThrownBy(() -> this.zaak.correlate("AanvraagOntvangen", Map.of()))
			.isInstanceOf(MismatchingMessageCorrelationException.class);

		this.zaak.timerAfgaan("OnderzoekstermijnAfwachten", "2026-12-29");
		today("2026-12-30");
		this.zaak.correlate("AanvraagOntvangen", Map.of());

		assertThat(this.zaak.instance()).hasPassed("AanvraagZonderVerslagOntvangen", "AanvraagVoorVerslag")
			.isWaitingAt("AanvraagBeoordelen")
			.isNotWaitingAt("KeukentafelgesprekPlannen");
		assertThat(this.zaak.variable(IntakeVariabelen.AANVRAAG_DATUM)).isEqualTo("2026-12-30");
		// 30 December + 2 weeks = Wednesday 13 January 2027
		assertThat(this.zaak.variable(IntakeVariabelen.BESCHIKKING_DEADLINE)).isEqualTo("2027-01-13");
	}

	@Test
	@DisplayName("a new term named in the past is refused naming nieuweTermijn; none named gives two weeks")
	void nieuweTermijn() {
		this.zaak.start(melding("2026-11-14"));
		this.zaak.timerAfgaan("OnderzoekstermijnVerstreken", "2026-12-29");

		assertThatThrownBy(() -> this.zaak.complete("TermijnoverschrijdingAfhandelen", "teamleider-wmo",
				Map.of("nieuweTermijn", "2026-12-28")))
			.hasRootCauseMessage("nieuweTermijn: De nieuwe termijn moet na vandaag liggen.");
		this.zaak.complete("TermijnoverschrijdingAfhandelen", "teamleider-wmo", Map.of());

		// 29 December + 2 weeks = Tuesday 12 January 2027
		assertThat(this.zaak.variable(IntakeVariabelen.NIEUWE_TERMIJN)).isEqualTo("2027-01-12");
	}

	@Test
	@DisplayName("the beschikking term: warning, then TermijnoverschrijdingAfhandelen with beschikkingTermijnOverschreden")
	void beschikkingstermijnOverschreden() {
		this.zaak.start(melding("2026-11-14")).totAanvraag("2026-11-16");
		assertThat(this.zaak.job("BeschikkingstermijnBijna").getDuedate()).isEqualTo(startOf("2026-11-23"));

		today("2026-11-23");
		this.zaak.executeJob("BeschikkingstermijnBijna");
		this.zaak.complete("BeschikkingstermijnBewaken", "teamleider-wmo", Map.of());
		today("2026-12-01");
		this.zaak.executeJob("BeschikkingstermijnVerstreken");

		assertThat(this.zaak.instance()).isWaitingAt("TermijnoverschrijdingAfhandelen", "AanvraagBeoordelen")
			.hasPassed("BeschikkingstermijnBewaakt");
		assertThat(this.engine.getRuntimeService().getVariable(this.zaak.id(), "beschikkingTermijnOverschreden"))
			.isEqualTo(true);
		this.zaak.complete("TermijnoverschrijdingAfhandelen", "teamleider-wmo", Map.of("nieuweTermijn", "2026-12-08"))
			.executeJob("BeschikkingTeLaatMelden");
		assertThat(this.zaak.instance()).hasPassed("BeschikkingTeLaatGemeld");
		assertThat(PdfText.of(pdf("beschikkingTeLaatDocument"))).contains("8 december 2026", "ingebrekestelling",
				"dwangsom");
	}

	@ParameterizedTest(name = "beschikking on {0}: {1} days, EUR {2}, to be set by {3}")
	@CsvSource({ "2026-12-26, 10, 230, 2027-01-08", "2027-01-05, 20, 532, 2027-01-18",
			"2027-02-04, 42, 1442, 2027-02-09" })
	@DisplayName("an ingebrekestelling after the term: a dwangsom from two weeks after it, at the Awb 4:17 rates, set by beschikking")
	void dwangsom(String beschikkingDatum, long dagen, long bedrag, String vaststellenUiterlijk) {
		this.zaak.start(melding("2026-11-14")).totAanvraag("2026-11-16");
		assertThatThrownBy(() -> this.zaak.correlate("IngebrekestellingOntvangen", Map.of()))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
		// the term ended Monday 30 November; the ingebrekestelling can come from 1
		// December
		this.zaak.timerAfgaan("BeschikkingstermijnVoorbij", "2026-12-01");
		today("2026-12-02");
		this.zaak.correlate("IngebrekestellingOntvangen", Map.of());
		// received 2 December: the dwangsom runs from Wednesday 16 December
		assertThat(this.zaak.variable(IntakeVariabelen.DWANGSOM_VANAF)).isEqualTo("2026-12-16");

		today(beschikkingDatum);
		this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", WmoIntakeScenario.afwijzing())
			.executeJob("BeschikkingVersturen");

		assertThat(this.zaak.variable(IntakeVariabelen.DWANGSOM_DAGEN)).isEqualTo(dagen);
		assertThat(this.zaak.variable(IntakeVariabelen.DWANGSOM_BEDRAG)).isEqualTo(bedrag);
		assertThat(this.zaak.variable(IntakeVariabelen.DWANGSOM_BESCHIKKING_DEADLINE)).isEqualTo(vaststellenUiterlijk);
		assertThat(this.zaak.task("DwangsomVaststellen").getDueDate()).isEqualTo(endOf(vaststellenUiterlijk));
		this.zaak.complete("DwangsomVaststellen", "teamleider-wmo", Map.of()).executeJob("DwangsomVersturen");
		assertThat(this.zaak.instance()).isEnded().hasPassed("DwangsomVastgesteld", "Afgewezen");
		assertThat(PdfText.of(pdf("dwangsomDocument"))).contains("€ " + bedrag, "16 december 2026", "bezwaar");
	}

	@Test
	@DisplayName("a beschikking before the dwangsom runs owes none")
	void geenDwangsom() {
		this.zaak.start(melding("2026-11-14")).totAanvraag("2026-11-16");
		this.zaak.timerAfgaan("BeschikkingstermijnVoorbij", "2026-12-01");
		this.zaak.correlate("IngebrekestellingOntvangen",
				Map.of(IntakeVariabelen.INGEBREKESTELLING_DATUM, "2026-12-01"));
		today("2026-12-15");

		this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", WmoIntakeScenario.afwijzing())
			.executeJob("BeschikkingVersturen");

		assertThat(this.zaak.instance()).isEnded().hasNotPassed("DwangsomVaststellen");
	}

	@Test
	@DisplayName("an ingebrekestelling stays on record when an aanvulling sends the aanvraag round again")
	void ingebrekestellingBlijft() {
		this.zaak.start(melding("2026-11-14")).totAanvraag("2026-11-16");
		this.zaak.timerAfgaan("BeschikkingstermijnVoorbij", "2026-12-01");
		this.zaak.correlate("IngebrekestellingOntvangen", Map.of());
		this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", Map.of(IntakeVariabelen.AANVULLING_NODIG, true))
			.executeJob("AanvullingVragen");
		today("2026-12-03");
		this.zaak.correlate("AanvullingOntvangen", Map.of());

		assertThat(this.zaak.instance()).hasPassed("AlInGebrekeGesteld").isWaitingAt("AanvraagBeoordelen");
		assertThat(this.zaak.variable(IntakeVariabelen.DWANGSOM_VANAF)).isEqualTo("2026-12-15");
	}

	@ParameterizedTest(name = "withdrawn while waiting at {0}")
	@CsvSource({ "KeukentafelgesprekPlannen", "AanvraagOntvangen", "AanvraagBeoordelen", "AanvullingAfwachten",
			"ZorgGestart" })
	@DisplayName("the melding can be withdrawn at every stage; the case ends ingetrokken")
	void intrekken(String stage) {
		this.zaak.start(melding("2026-11-14"));
		if (!stage.equals("KeukentafelgesprekPlannen")) {
			this.zaak.gesprekVoeren(Map.of(IntakeVariabelen.ONDERSTEUNINGSBEHOEFTE, "huishouden"))
				.planOntvangen()
				.verslagOpstellen();
		}
		if (stage.equals("AanvraagBeoordelen") || stage.equals("AanvullingAfwachten") || stage.equals("ZorgGestart")) {
			this.zaak.correlate("AanvraagOntvangen", Map.of());
		}
		if (stage.equals("AanvullingAfwachten")) {
			this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", Map.of(IntakeVariabelen.AANVULLING_NODIG, true))
				.executeJob("AanvullingVragen");
		}
		if (stage.equals("ZorgGestart")) {
			this.zaak.complete("AanvraagBeoordelen", "wmo-consulent", WmoIntakeScenario.toekenning("zin", 4200L))
				.executeJob("BeschikkingVersturen");
		}
		assertThat(this.zaak.instance()).isWaitingAt(stage);

		this.zaak.correlate("MeldingIngetrokken", Map.of());

		assertThat(this.zaak.instance()).isEnded().hasPassed("Ingetrokken");
		assertThat(this.zaak.variable(IntakeVariabelen.RESULTAAT)).isEqualTo("ingetrokken");
	}

	@Test
	@DisplayName("an aanvraag dated before the melding or in the future is refused naming aanvraagDatum")
	void aanvraagDatumChecked() {
		this.zaak.start(melding("2026-11-14"))
			.gesprekVoeren(Map.of(IntakeVariabelen.ONDERSTEUNINGSBEHOEFTE, "huishouden"))
			.planOntvangen()
			.verslagOpstellen();

		assertThatThrownBy(
				() -> this.zaak.correlate("AanvraagOntvangen", Map.of(IntakeVariabelen.AANVRAAG_DATUM, "2026-11-13")))
			.isInstanceOf(InvalidVariableException.class)
			.hasMessageContaining("aanvraagDatum");
		assertThatThrownBy(
				() -> this.zaak.correlate("AanvraagOntvangen", Map.of(IntakeVariabelen.AANVRAAG_DATUM, "2026-11-17")))
			.hasMessageContaining("aanvraagDatum: De datum mag niet in de toekomst liggen.");
		assertThat(this.zaak.instance()).isWaitingAt("AanvraagOntvangen");
	}

	private static Date startOf(String date) {
		return Date.from(LocalDate.parse(date).atStartOfDay(WmoIntakeScenario.AMSTERDAM).toInstant());
	}

	private static Date endOf(String date) {
		return Date.from(LocalDate.parse(date).atTime(23, 59, 59).atZone(WmoIntakeScenario.AMSTERDAM).toInstant());
	}

}
