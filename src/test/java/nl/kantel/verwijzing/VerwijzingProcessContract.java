package nl.kantel.verwijzing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.plugin.variable.SpinValues;
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
import org.springframework.jdbc.core.JdbcTemplate;

import nl.kantel.AsUser;
import nl.kantel.FlowNodeCoverage;
import nl.kantel.brief.PdfText;
import nl.kantel.zaak.InvalidVariableException;

/**
 * Every path of the verwijzing with its dates, on H2 and on PostgreSQL: consent asked,
 * given, refused or never answered; the Wgs terms of schuldhulp; the beschikking on the
 * toelating with its letter and bezwaar term; every flow node walked.
 */
abstract class VerwijzingProcessContract {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final String REDEN = "Voelt zich eenzaam sinds het overlijden van haar man.";

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	private static FlowNodeCoverage coverage;

	@Value("${kantel.post.printpost}")
	Path printpost;

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcTemplate jdbc;

	private ProcessInstance instance;

	/** The database product this run must be on, as JDBC names it. */
	abstract String databaseProduct();

	@BeforeAll
	static void measureCoverage(@Autowired ProcessEngine engine) {
		coverage = FlowNodeCoverage.startingNow(engine, VerwijzingVariabelen.PROCESS_KEY);
	}

	@AfterAll
	static void everyFlowNodeWalked() {
		assertThat(coverage.missing()).isEmpty();
	}

	@BeforeEach
	void monday() {
		BpmnAwareTests.init(this.engine);
		today("2026-11-16");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("the cases of this run are stored in the database the test class names")
	void opDeGenoemdeDatabase() throws SQLException {
		try (Connection connection = this.jdbc.getDataSource().getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(databaseProduct());
		}
	}

	@Test
	@DisplayName("a referral with consent gets a zaaknummer, the welzijnscoach, a first-contact deadline and feedback ontvangen")
	void welzijnOpRecept() {
		start(verwijzing("welzijn", true));

		assertThat(this.instance).isWaitingAt("VerwijzingAccepteren").hasNotPassed("ToestemmingVragen");
		assertThat(this.instance.getBusinessKey()).matches("VRW-2026-\\d{6}");
		assertThat(variable(VerwijzingVariabelen.ZAAKNUMMER)).isEqualTo(this.instance.getBusinessKey());
		assertThat(variable(VerwijzingVariabelen.VERZOEK_DATUM)).isEqualTo("2026-11-16");
		assertThat(variable(VerwijzingVariabelen.ONTVANGEND_TEAM)).isEqualTo("welzijnscoach");
		// setting P2W: 16 November + 2 weeks = Monday 30 November
		assertThat(variable(VerwijzingVariabelen.EERSTE_CONTACT_DEADLINE)).isEqualTo("2026-11-30");
		assertThat(task("VerwijzingAccepteren").getDueDate()).isEqualTo(endOf("2026-11-30"));
		assertThat(groupsOf(task("VerwijzingAccepteren"))).containsExactly("welzijnscoach");
		assertThat(runtimeVariable(VerwijzingVariabelen.REDEN)).isEqualTo(REDEN);
		assertThat(statussen()).containsExactly("ontvangen");
	}

	@Test
	@DisplayName("what the case keeps about itself cannot be handed in at the start: feedback, flags, deadlines, the bezwaar term")
	void eigenGegevensBeginnenSchoon() {
		Map<String, Object> variables = verwijzing("schuldhulp", true);
		variables.put(VerwijzingVariabelen.TERUGKOPPELINGEN,
				SpinValues.jsonValue("[{\"status\":\"afgerond\",\"datum\":\"2026-01-01\"}]").create());
		variables.put(VerwijzingVariabelen.EERSTE_CONTACT_TERMIJN_OVERSCHREDEN, true);
		variables.put(VerwijzingVariabelen.EERSTE_CONTACT_DEADLINE, "2099-12-31");
		variables.put(VerwijzingVariabelen.TOESTEMMING_VERLOOPDATUM, "2099-12-31");
		variables.put(VerwijzingVariabelen.BEZWAAR_DEADLINE, "2099-12-31");
		variables.put(VerwijzingVariabelen.BESCHIKKING_VERZONDEN, "2026-11-16");

		assertThatThrownBy(() -> start(variables)).isInstanceOf(InvalidVariableException.class)
			.hasMessageContaining(VerwijzingVariabelen.TERUGKOPPELINGEN + ": ")
			.hasMessageContaining(VerwijzingVariabelen.EERSTE_CONTACT_TERMIJN_OVERSCHREDEN + ": ")
			.hasMessageContaining(VerwijzingVariabelen.EERSTE_CONTACT_DEADLINE + ": ")
			.hasMessageContaining(VerwijzingVariabelen.TOESTEMMING_VERLOOPDATUM + ": ")
			.hasMessageContaining(VerwijzingVariabelen.BEZWAAR_DEADLINE + ": ")
			.hasMessageContaining(VerwijzingVariabelen.BESCHIKKING_VERZONDEN + ": ");
	}

	@ParameterizedTest(name = "verwijsdoel {0} goes to group {1}")
	@CsvSource({ "welzijn, welzijnscoach", "sociaal-wijkteam, wijkteam", "schuldhulp, schuldhulp",
			"werk-en-inkomen, werk-en-inkomen" })
	@DisplayName("the receiving team of each goal accepts and holds the first talk")
	void teamPerGoal(String verwijsdoel, String team) {
		start(verwijzing(verwijsdoel, true));
		assertThat(groupsOf(task("VerwijzingAccepteren"))).containsExactly(team);

		complete("VerwijzingAccepteren", team, Map.of(VerwijzingVariabelen.GEACCEPTEERD, true));

		assertThat(this.instance).isWaitingAt("EersteGesprekVoeren");
		assertThat(groupsOf(task("EersteGesprekVoeren"))).containsExactly(team);
		assertThat(statussen()).containsExactly("ontvangen", "geaccepteerd");
	}

	@Nested
	@DisplayName("the first talk of schuldhulp (Wgs art. 4a)")
	class EersteContactSchuldhulp {

		@ParameterizedTest(name = "referred {0}: first talk by {1} ({2})")
		@CsvSource(delimiter = '|', textBlock = """
				2026-12-24 | 2026-12-30 | Thursday: Eerste and Tweede Kerstdag and the weekend do not count
				2026-11-21 | 2026-11-25 | Saturday: Monday, Tuesday, Wednesday
				2026-04-02 | 2026-04-08 | Thursday: Goede Vrijdag is a working day, Tweede Paasdag is not
				2027-04-23 | 2027-04-29 | Friday: Monday, Koningsdag on Tuesday, Wednesday, Thursday
				""")
		@DisplayName("when eviction or a cut-off threatens: within 3 working days after the request")
		void dreigend(String verzoekDatum, String eersteContact, String why) {
			today(verzoekDatum);
			Map<String, Object> variables = verwijzing("schuldhulp", true);
			variables.put(VerwijzingVariabelen.DREIGENDE_SITUATIE, true);

			start(variables);

			assertThat(variable(VerwijzingVariabelen.EERSTE_CONTACT_DEADLINE)).as(why).isEqualTo(eersteContact);
		}

		@Test
		@DisplayName("the 3 working days are the due date of the talk; the coordinators hear it the day after")
		void dreigendTermijnInHetGesprek() {
			today("2026-12-24");
			Map<String, Object> variables = verwijzing("schuldhulp", true);
			variables.put(VerwijzingVariabelen.DREIGENDE_SITUATIE, true);
			start(variables);

			complete("VerwijzingAccepteren", "schuldhulp", Map.of(VerwijzingVariabelen.GEACCEPTEERD, true));

			assertThat(task("EersteGesprekVoeren").getDueDate()).isEqualTo(endOf("2026-12-30"));
			assertThat(job("EersteContactTermijnVerstreken").getDuedate()).isEqualTo(startOf("2026-12-31"));
		}

		@Test
		@DisplayName("a threat counted from a request handed in days before: 3 working days from the verzoekDatum")
		void dreigendVanafVerzoekDatum() {
			today("2026-11-18");
			Map<String, Object> variables = verwijzing("schuldhulp", true);
			variables.put(VerwijzingVariabelen.DREIGENDE_SITUATIE, true);
			variables.put(VerwijzingVariabelen.VERZOEK_DATUM, "2026-11-13");

			start(variables);

			// Friday 13 November: Monday 16, Tuesday 17, Wednesday 18 November
			assertThat(variable(VerwijzingVariabelen.EERSTE_CONTACT_DEADLINE)).isEqualTo("2026-11-18");
		}

		@Test
		@DisplayName("without a threat: within 4 weeks, with the Atw")
		void normaal() {
			today("2026-11-27");
			start(verwijzing("schuldhulp", true));

			assertThat(variable(VerwijzingVariabelen.DREIGENDE_SITUATIE)).isEqualTo(false);
			// Friday 27 November + 4 weeks = Friday 25 December, Eerste Kerstdag: Monday
			// 28 December
			assertThat(variable(VerwijzingVariabelen.EERSTE_CONTACT_DEADLINE)).isEqualTo("2026-12-28");
		}

		@Test
		@DisplayName("a threat does not shorten the term of another goal: welzijn keeps its setting")
		void dreigendAlleenVoorSchuldhulp() {
			Map<String, Object> variables = verwijzing("welzijn", true);
			variables.put(VerwijzingVariabelen.DREIGENDE_SITUATIE, true);

			start(variables);

			assertThat(variable(VerwijzingVariabelen.EERSTE_CONTACT_DEADLINE)).isEqualTo("2026-11-30");
		}

	}

	@Nested
	@DisplayName("consent")
	class Toestemming {

		@Test
		@DisplayName("without consent the wijkteam asks within 5 working days, and the reason stays out of the case until the resident says yes")
		void gevraagdEnGegeven() {
			start(verwijzing("welzijn", false));

			assertThat(VerwijzingProcessContract.this.instance).isWaitingAt("ToestemmingVragen");
			assertThat(groupsOf(task("ToestemmingVragen"))).containsExactly("wijkteam");
			// Monday 16 November + 5 working days = Monday 23 November
			assertThat(variable(VerwijzingVariabelen.TOESTEMMING_DEADLINE)).isEqualTo("2026-11-23");
			assertThat(task("ToestemmingVragen").getDueDate()).isEqualTo(endOf("2026-11-23"));
			// 16 November + 4 weeks = Monday 14 December; the case ends from the 15th
			assertThat(variable(VerwijzingVariabelen.TOESTEMMING_VERLOOPDATUM)).isEqualTo("2026-12-14");
			assertThat(job("ToestemmingVerlopen").getDuedate()).isEqualTo(startOf("2026-12-15"));
			assertThat(runtimeVariable(VerwijzingVariabelen.REDEN)).isNull();
			assertThat(taskVariables("ToestemmingVragen")).doesNotContainKey(VerwijzingVariabelen.REDEN)
				.containsKeys(VerwijzingVariabelen.BSN, VerwijzingVariabelen.VERWIJSDOEL);
			assertThat(heldBackReden()).containsExactly(REDEN);

			today("2026-11-19");
			complete("ToestemmingVragen", "wijkteam", Map.of(VerwijzingVariabelen.TOESTEMMING_CLIENT, true));

			assertThat(VerwijzingProcessContract.this.instance).isWaitingAt("VerwijzingAccepteren");
			assertThat(runtimeVariable(VerwijzingVariabelen.REDEN)).isEqualTo(REDEN);
			assertThat(heldBackReden()).isEmpty();
			assertThat(job("ToestemmingVerlopen")).as("the timer went with the task").isNull();
		}

		@Test
		@DisplayName("schuldhulp with a threat: the wijkteam must ask within the 3 working days of the first talk")
		void dreigendEerderVragen() {
			today("2026-12-24");
			Map<String, Object> variables = verwijzing("schuldhulp", false);
			variables.put(VerwijzingVariabelen.DREIGENDE_SITUATIE, true);

			start(variables);

			// 5 working days would be Monday 4 January (Nieuwjaarsdag in between); the
			// first talk is due Wednesday 30 December
			assertThat(variable(VerwijzingVariabelen.TOESTEMMING_DEADLINE)).isEqualTo("2026-12-30");
			assertThat(task("ToestemmingVragen").getDueDate()).isEqualTo(endOf("2026-12-30"));
			// Thursday 24 December + 4 weeks = Thursday 21 January
			assertThat(variable(VerwijzingVariabelen.TOESTEMMING_VERLOOPDATUM)).isEqualTo("2027-01-21");
		}

		@Test
		@DisplayName("refused: the referral ends geen-toestemming, the referrer hears only that, the reason is removed")
		void geweigerd() {
			start(verwijzing("schuldhulp", false));

			today("2026-11-18");
			complete("ToestemmingVragen", "wijkteam", Map.of(VerwijzingVariabelen.TOESTEMMING_CLIENT, false));

			assertThat(VerwijzingProcessContract.this.instance).isEnded()
				.hasPassed("GeenToestemming")
				.hasNotPassed("VerwijzingAccepteren");
			assertThat(variable(VerwijzingVariabelen.RESULTAAT)).isEqualTo("geen-toestemming");
			assertThat(statussen()).containsExactly("ontvangen", "geen-toestemming");
			assertThat(terugkoppelingen().get(1).get("datum").asText()).isEqualTo("2026-11-18");
			assertThat(heldBackReden()).isEmpty();
		}

		@Test
		@DisplayName("no answer: after the last day the timer ends the referral geen-toestemming")
		void geenAntwoord() {
			start(verwijzing("welzijn", false));
			assertThat(job("ToestemmingVerlopen").getDuedate()).isEqualTo(startOf("2026-12-15"));

			today("2026-12-15");
			VerwijzingProcessContract.this.engine.getManagementService().executeJob(job("ToestemmingVerlopen").getId());

			assertThat(VerwijzingProcessContract.this.instance).isEnded()
				.hasPassed("ToestemmingVerlopen", "GeenToestemming")
				.hasNotPassed("IsToestemmingVerkregen");
			assertThat(variable(VerwijzingVariabelen.RESULTAAT)).isEqualTo("geen-toestemming");
			assertThat(statussen()).containsExactly("ontvangen", "geen-toestemming");
			assertThat(terugkoppelingen().get(1).get("datum").asText()).isEqualTo("2026-12-15");
			assertThat(heldBackReden()).isEmpty();
		}

		@Test
		@DisplayName("a case removed before consent takes its held-back reason with it")
		void verwijderdVoorToestemming() {
			start(verwijzing("welzijn", false));
			assertThat(heldBackReden()).containsExactly(REDEN);

			VerwijzingProcessContract.this.engine.getRuntimeService()
				.deleteProcessInstance(VerwijzingProcessContract.this.instance.getId(), "dubbel geregistreerd");

			assertThat(heldBackReden()).isEmpty();
		}

		@Test
		@DisplayName("the wait for an answer that ends on Christmas is extended after the Atw")
		void geenAntwoordOverKerst() {
			today("2026-11-27");
			start(verwijzing("welzijn", false));

			// Friday 27 November + 4 weeks = Friday 25 December, Eerste Kerstdag; then
			// Tweede Kerstdag and Sunday: Monday 28 December
			assertThat(variable(VerwijzingVariabelen.TOESTEMMING_VERLOOPDATUM)).isEqualTo("2026-12-28");
			assertThat(job("ToestemmingVerlopen").getDuedate()).isEqualTo(startOf("2026-12-29"));
		}

	}

	@Test
	@DisplayName("a team that does not accept (not schuldhulp) ends the referral niet-geaccepteerd, without a beschikking")
	void nietGeaccepteerd() {
		start(verwijzing("werk-en-inkomen", true));

		complete("VerwijzingAccepteren", "werk-en-inkomen", Map.of(VerwijzingVariabelen.GEACCEPTEERD, false,
				VerwijzingVariabelen.AFWIJS_REDEN, "Eerst schuldhulp."));

		assertThat(this.instance).isEnded()
			.hasPassed("IsWeigeringTeBeschikken", "VerwijzingNietGeaccepteerd")
			.hasNotPassed("ToelatingBeschikken");
		assertThat(variable(VerwijzingVariabelen.RESULTAAT)).isEqualTo("niet-geaccepteerd");
		assertThat(statussen()).containsExactly("ontvangen", "niet-geaccepteerd");
	}

	@Test
	@DisplayName("a first talk not held in time gives the team's coordinators a task; the talk stays open")
	void eersteContactTermijnVerstreken() {
		start(verwijzing("sociaal-wijkteam", true));
		complete("VerwijzingAccepteren", "wijkteam", Map.of(VerwijzingVariabelen.GEACCEPTEERD, true));
		assertThat(job("EersteContactTermijnVerstreken").getDuedate()).isEqualTo(startOf("2026-12-01"));

		today("2026-12-01");
		this.engine.getManagementService().executeJob(job("EersteContactTermijnVerstreken").getId());

		assertThat(this.instance).isWaitingAt("EersteGesprekVoeren", "TermijnoverschrijdingAfhandelen");
		assertThat(variable(VerwijzingVariabelen.EERSTE_CONTACT_TERMIJN_OVERSCHREDEN)).isEqualTo(true);
		assertThat(groupsOf(task("TermijnoverschrijdingAfhandelen"))).containsExactly("coordinator-wijkteam");

		complete("TermijnoverschrijdingAfhandelen", "coordinator-wijkteam",
				Map.of("toelichting", "Gesprek morgen gepland."));

		assertThat(this.instance).isWaitingAt("EersteGesprekVoeren").hasPassed("TermijnoverschrijdingAfgehandeld");
	}

	@Test
	@DisplayName("after the first talk the team evaluates after 8 weeks; the referral ends afgerond")
	void evaluatie() {
		start(verwijzing("welzijn", true));
		complete("VerwijzingAccepteren", "welzijnscoach", Map.of(VerwijzingVariabelen.GEACCEPTEERD, true));
		today("2026-11-20");
		complete("EersteGesprekVoeren", "welzijnscoach", Map.of(VerwijzingVariabelen.VERVOLG, "activiteit",
				VerwijzingVariabelen.ACTIVITEIT, "Wandelgroep in de wijk"));

		assertThat(this.instance).isWaitingAt("EvaluatiemomentAfwachten").hasNotPassed("ToelatingBeschikken");
		// 20 November + 8 weeks = 15 January
		assertThat(variable(VerwijzingVariabelen.EVALUATIE_DATUM)).isEqualTo("2027-01-15");
		assertThat(job("EvaluatiemomentAfwachten").getDuedate()).isEqualTo(startOf("2027-01-15"));
		assertThat(statussen()).containsExactly("ontvangen", "geaccepteerd", "in-behandeling");

		today("2027-01-15");
		this.engine.getManagementService().executeJob(job("EvaluatiemomentAfwachten").getId());
		assertThat(groupsOf(task("VerwijzingEvalueren"))).containsExactly("welzijnscoach");
		complete("VerwijzingEvalueren", "welzijnscoach",
				Map.of(VerwijzingVariabelen.DEELNAME, true, VerwijzingVariabelen.EFFECT, "Minder eenzaam."));

		assertThat(this.instance).isEnded().hasPassed("VerwijzingAfgerond");
		assertThat(variable(VerwijzingVariabelen.RESULTAAT)).isEqualTo("afgerond");
		assertThat(statussen()).containsExactly("ontvangen", "geaccepteerd", "in-behandeling", "afgerond");
		for (JsonNode regel : terugkoppelingen()) {
			assertThat(regel.fieldNames()).toIterable().containsExactlyInAnyOrder("status", "datum");
		}
		assertThat(terugkoppelingen().get(3).get("datum").asText()).isEqualTo("2027-01-15");
	}

	@Test
	@DisplayName("a first talk that closes the referral ends it afgerond without an evaluation")
	void afgeslotenNaGesprek() {
		start(verwijzing("werk-en-inkomen", true));
		complete("VerwijzingAccepteren", "werk-en-inkomen", Map.of(VerwijzingVariabelen.GEACCEPTEERD, true));

		complete("EersteGesprekVoeren", "werk-en-inkomen", Map.of(VerwijzingVariabelen.VERVOLG, "afgesloten"));

		assertThat(this.instance).isEnded().hasNotPassed("VerwijzingEvalueren").hasPassed("VerwijzingAfgerond");
		assertThat(variable(VerwijzingVariabelen.RESULTAAT)).isEqualTo("afgerond");
		assertThat(statussen()).containsExactly("ontvangen", "geaccepteerd", "afgerond");
	}

	@Nested
	@DisplayName("the beschikking on the toelating to schuldhulp (Wgs)")
	class Toelating {

		@Test
		@DisplayName("toegelaten after the first talk: the letter goes by e-mail to the resident of the Wmo intake, the bezwaar term runs from the day it left")
		void toegelaten() throws Exception {
			String hoofdzaak = intake("Kees Jansen", "kees.jansen@example.nl", "Dorpsstraat 1, 1234 AB Voorbeeld",
					"mr. A. Bos, bewindvoerder");
			Map<String, Object> variables = verwijzing("schuldhulp", true);
			variables.put(VerwijzingVariabelen.HOOFDZAAK, hoofdzaak);
			start(variables);
			complete("VerwijzingAccepteren", "schuldhulp", Map.of(VerwijzingVariabelen.GEACCEPTEERD, true));
			today("2026-11-19");
			complete("EersteGesprekVoeren", "schuldhulp", Map.of(VerwijzingVariabelen.VERVOLG, "schuldregeling"));

			assertThat(VerwijzingProcessContract.this.instance).isWaitingAt("ToelatingBeschikken");
			assertThat(groupsOf(task("ToelatingBeschikken"))).containsExactly("schuldhulp");
			// Thursday 19 November + 8 weeks = Thursday 14 January
			assertThat(variable(VerwijzingVariabelen.TOELATING_DEADLINE)).isEqualTo("2027-01-14");
			assertThat(task("ToelatingBeschikken").getDueDate()).isEqualTo(endOf("2027-01-14"));

			today("2026-11-23");
			complete("ToelatingBeschikken", "schuldhulp", Map.of(VerwijzingVariabelen.TOEGELATEN, true));
			assertThat(VerwijzingProcessContract.this.instance).isWaitingAt("ToelatingsbeschikkingVerzenden");
			today("2026-11-24");
			VerwijzingProcessContract.this.engine.getManagementService()
				.executeJob(job("ToelatingsbeschikkingVerzenden").getId());

			assertThat(variable(VerwijzingVariabelen.BESCHIKKING_VERZONDEN)).isEqualTo("2026-11-24");
			// Tuesday 24 November + 6 weeks = Tuesday 5 January
			assertThat(variable(VerwijzingVariabelen.BEZWAAR_DEADLINE)).isEqualTo("2027-01-05");
			String brief = PdfText.of(letter());
			assertThat(brief)
				.contains("Besluit over schuldhulp", "Beste Kees Jansen,", "Dorpsstraat 1, 1234 AB Voorbeeld",
						"Ter attentie van mr. A. Bos, bewindvoerder", "24 november 2026", zaaknummer(),
						"Op 16 november 2026 bent u naar ons verwezen", "U krijgt schuldhulp van de gemeente.",
						"Wet gemeentelijke schuldhulpverlening (Wgs)",
						"het beleidsplan schuldhulpverlening van de gemeente",
						"Uw bezwaar moet uiterlijk op 5 januari 2027 bij ons binnen zijn.",
						"niet later dan een week daarna ontvangen",
						"een gesprek houdt de termijn voor uw bezwaar niet tegen", "voorlopige voorziening", "14 0123")
				.doesNotContain("U krijgt geen schuldhulp", "Waarom wij dit besluiten", REDEN);
			MimeMessage mail = greenMail.getReceivedMessages()[0];
			assertThat(greenMail.getReceivedMessages()).hasSize(1);
			assertThat(mail.getAllRecipients()[0]).hasToString("kees.jansen@example.nl");
			assertThat(mail.getSubject()).isEqualTo("Besluit over schuldhulp (" + zaaknummer() + ")");
			assertThat(PdfText.of(attachment(mail))).isEqualTo(brief);
			assertThat(Files.exists(printpost())).isFalse();

			assertThat(VerwijzingProcessContract.this.instance).isWaitingAt("EvaluatiemomentAfwachten")
				.hasPassed("IsToegelaten", "VervolgSamenvoegen");
			// 24 November + 8 weeks = 19 January
			assertThat(variable(VerwijzingVariabelen.EVALUATIE_DATUM)).isEqualTo("2027-01-19");
			assertThat(statussen()).containsExactly("ontvangen", "geaccepteerd", "in-behandeling");
		}

		@Test
		@DisplayName("not toegelaten after the first talk: a refusal by post without a known address, its bezwaar term across Christmas; the case ends afgerond and a bezwaar against it is on time")
		void nietToegelaten() {
			today("2026-11-02");
			start(verwijzing("schuldhulp", true));
			complete("VerwijzingAccepteren", "schuldhulp", Map.of(VerwijzingVariabelen.GEACCEPTEERD, true));
			today("2026-11-05");
			complete("EersteGesprekVoeren", "schuldhulp", Map.of(VerwijzingVariabelen.VERVOLG, "ondersteuning"));
			// Thursday 5 November + 8 weeks = Thursday 31 December
			assertThat(variable(VerwijzingVariabelen.TOELATING_DEADLINE)).isEqualTo("2026-12-31");

			today("2026-11-13");
			complete("ToelatingBeschikken", "schuldhulp", Map.of(VerwijzingVariabelen.TOEGELATEN, false,
					VerwijzingVariabelen.MOTIVERING, "U heeft nu geen schulden die u niet zelf kunt betalen."));
			VerwijzingProcessContract.this.engine.getManagementService()
				.executeJob(job("ToelatingsbeschikkingVerzenden").getId());

			assertThat(variable(VerwijzingVariabelen.BESCHIKKING_VERZONDEN)).isEqualTo("2026-11-13");
			// Friday 13 November + 6 weeks = Friday 25 December, Eerste Kerstdag; then
			// Tweede Kerstdag and Sunday: Monday 28 December
			assertThat(variable(VerwijzingVariabelen.BEZWAAR_DEADLINE)).isEqualTo("2026-12-28");
			String brief = PdfText.of(letter());
			assertThat(brief)
				.contains("Beste inwoner,", "De inwoner", "13 november 2026", zaaknummer(),
						"U krijgt geen schuldhulp van de gemeente.", "Wij wijzen uw verzoek om schuldhulp af.",
						"Waarom wij dit besluiten", "U heeft nu geen schulden die u niet zelf kunt betalen.",
						"Uw bezwaar moet uiterlijk op 28 december 2026 bij ons binnen zijn.")
				.doesNotContain("U krijgt schuldhulp van de gemeente.");
			assertThat(greenMail.getReceivedMessages()).isEmpty();
			assertThat(PdfText.of(read(printpost()))).isEqualTo(brief);

			assertThat(VerwijzingProcessContract.this.instance).isEnded()
				.hasPassed("IsToegelaten", "VerwijzingAfgerond")
				.hasNotPassed("VervolgSamenvoegen", "EvaluatiemomentAfwachten");
			assertThat(variable(VerwijzingVariabelen.RESULTAAT)).isEqualTo("afgerond");
			assertThat(statussen()).containsExactly("ontvangen", "geaccepteerd", "afgerond");

			today("2026-11-20");
			ProcessInstance bezwaar = VerwijzingProcessContract.this.engine.getRuntimeService()
				.startProcessInstanceByKey("bezwaar", Map.of("hoofdzaak", zaaknummer(), "bsn", "123456782",
						"motivering", "Ik kan mijn schulden niet betalen."));
			assertThat(VerwijzingProcessContract.this.engine.getRuntimeService().getVariable(bezwaar.getId(), "tijdig"))
				.isEqualTo(true);
		}

		@Test
		@DisplayName("schuldhulp that does not accept refuses by beschikking: only a refusal, with its reasons, then the case ends niet-geaccepteerd")
		void nietGeaccepteerdIsWeigering() {
			Map<String, Object> zelfmelding = verwijzing("schuldhulp", true);
			zelfmelding.put(VerwijzingVariabelen.VERWIJZER_TYPE, "zelfmelding");
			start(zelfmelding);
			complete("VerwijzingAccepteren", "schuldhulp", Map.of(VerwijzingVariabelen.GEACCEPTEERD, false,
					VerwijzingVariabelen.AFWIJS_REDEN, "Past beter bij werk en inkomen."));

			assertThat(VerwijzingProcessContract.this.instance).isWaitingAt("ToelatingBeschikken")
				.hasNotPassed("EersteGesprekVoeren", "VerwijzingNietGeaccepteerd");
			// Monday 16 November + 8 weeks = Monday 11 January
			assertThat(variable(VerwijzingVariabelen.TOELATING_DEADLINE)).isEqualTo("2027-01-11");
			assertThat(statussen()).containsExactly("ontvangen");

			today("2026-11-18");
			assertThatThrownBy(
					() -> complete("ToelatingBeschikken", "schuldhulp", Map.of(VerwijzingVariabelen.TOEGELATEN, true)))
				.rootCause()
				.isInstanceOf(InvalidVariableException.class)
				.hasMessageStartingWith("toegelaten: ");
			assertThatThrownBy(
					() -> complete("ToelatingBeschikken", "schuldhulp", Map.of(VerwijzingVariabelen.TOEGELATEN, false)))
				.rootCause()
				.isInstanceOf(InvalidVariableException.class)
				.hasMessageStartingWith("motivering: ");
			assertThatThrownBy(() -> complete("ToelatingBeschikken", "schuldhulp", Map.of())).rootCause()
				.isInstanceOf(InvalidVariableException.class)
				.hasMessageStartingWith("toegelaten: ");
			complete("ToelatingBeschikken", "schuldhulp", Map.of(VerwijzingVariabelen.TOEGELATEN, false,
					VerwijzingVariabelen.MOTIVERING, "Uw vraag gaat over werk, niet over schulden."));
			VerwijzingProcessContract.this.engine.getManagementService()
				.executeJob(job("ToelatingsbeschikkingVerzenden").getId());

			// Wednesday 18 November + 6 weeks = Wednesday 30 December
			assertThat(variable(VerwijzingVariabelen.BEZWAAR_DEADLINE)).isEqualTo("2026-12-30");
			assertThat(PdfText.of(letter()))
				.contains("U krijgt geen schuldhulp van de gemeente.",
						"Op 16 november 2026 heeft u ons gevraagd om hulp bij geldzaken en schulden.",
						"Uw vraag gaat over werk, niet over schulden.", "uiterlijk op 30 december 2026 bij ons binnen")
				.doesNotContain("verwezen");
			assertThat(VerwijzingProcessContract.this.instance).isEnded()
				.hasPassed("IsToegelaten", "VerwijzingNietGeaccepteerd")
				.hasNotPassed("VervolgSamenvoegen", "VerwijzingAfgerond");
			assertThat(variable(VerwijzingVariabelen.RESULTAAT)).isEqualTo("niet-geaccepteerd");
			assertThat(statussen()).containsExactly("ontvangen", "niet-geaccepteerd");
		}

		@Test
		@DisplayName("a job run again after its letter left (its first run rolled back) sends nothing twice and keeps the day the letter left")
		void eenmaalVerzonden() {
			start(verwijzing("schuldhulp", true));
			complete("VerwijzingAccepteren", "schuldhulp", Map.of(VerwijzingVariabelen.GEACCEPTEERD, true));
			complete("EersteGesprekVoeren", "schuldhulp", Map.of(VerwijzingVariabelen.VERVOLG, "afgesloten"));
			complete("ToelatingBeschikken", "schuldhulp", Map.of(VerwijzingVariabelen.TOEGELATEN, true));
			// What a first run leaves when the case's transaction rolls back after the
			// letter went to the post on Monday 16 November: only the record that it
			// left.
			VerwijzingProcessContract.this.jdbc.update(
					"insert into verzonden_bericht (sleutel, ontvanger, onderwerp, verzonden_op) values (?, ?, ?, ?)",
					zaaknummer() + "/toelating", "printpost", "Besluit over schuldhulp",
					LocalDate.parse("2026-11-16").atTime(9, 0).atZone(AMSTERDAM).toOffsetDateTime());

			today("2026-11-19");
			VerwijzingProcessContract.this.engine.getManagementService()
				.executeJob(job("ToelatingsbeschikkingVerzenden").getId());

			assertThat(variable(VerwijzingVariabelen.BESCHIKKING_VERZONDEN)).isEqualTo("2026-11-16");
			// Monday 16 November + 6 weeks = Monday 28 December
			assertThat(variable(VerwijzingVariabelen.BEZWAAR_DEADLINE)).isEqualTo("2026-12-28");
			assertThat(PdfText.of(letter()))
				.contains("16 november 2026", "uiterlijk op 28 december 2026 bij ons binnen")
				.doesNotContain("19 november 2026");
			assertThat(Files.exists(printpost())).as("not laid out a second time").isFalse();
			assertThat(VerwijzingProcessContract.this.instance).isEnded()
				.hasPassed("IsVervolgAfgesloten", "VerwijzingAfgerond")
				.hasNotPassed("EvaluatiemomentAfwachten");
		}

	}

	@Nested
	@DisplayName("a bad start")
	class BadStart {

		@Test
		@DisplayName("with a BSN that fails the elfproef is refused naming bsn, and leaves no case")
		void invalidBsn() {
			Map<String, Object> variables = verwijzing("welzijn", true);
			variables.put(VerwijzingVariabelen.BSN, "123456789");

			assertRefused(variables, "bsn: Het BSN is geen geldig burgerservicenummer (elfproef).");
		}

		@Test
		@DisplayName("without a verwijsdoel is refused naming verwijsdoel")
		void missingVerwijsdoel() {
			Map<String, Object> variables = verwijzing("welzijn", true);
			variables.remove(VerwijzingVariabelen.VERWIJSDOEL);

			assertRefused(variables, "verwijsdoel");
		}

		@Test
		@DisplayName("with a verzoekDatum in the future is refused")
		void futureVerzoekDatum() {
			Map<String, Object> variables = verwijzing("welzijn", true);
			variables.put(VerwijzingVariabelen.VERZOEK_DATUM, "2026-11-17");

			assertRefused(variables, "verzoekDatum: De datum mag niet in de toekomst liggen.");
		}

		@Test
		@DisplayName("without a yes or no for the consent is refused naming toestemmingClient")
		void missingToestemming() {
			Map<String, Object> variables = verwijzing("welzijn", true);
			variables.remove(VerwijzingVariabelen.TOESTEMMING_CLIENT);

			assertRefused(variables, "toestemmingClient");
		}

		@Test
		@DisplayName("without consent and refused for another reason: no reason is held back either")
		void geenAchtergehoudenRedenNaWeigering() {
			Map<String, Object> variables = verwijzing("welzijn", false);
			variables.put(VerwijzingVariabelen.BSN, "123456789");
			int before = VerwijzingProcessContract.this.jdbc.queryForObject("select count(*) from verwijzing_reden",
					Integer.class);

			assertRefused(variables, "bsn");
			assertThat(VerwijzingProcessContract.this.jdbc.queryForObject("select count(*) from verwijzing_reden",
					Integer.class))
				.isEqualTo(before);
		}

		private void assertRefused(Map<String, Object> variables, String message) {
			long before = count();

			assertThatThrownBy(() -> start(variables)).isInstanceOf(InvalidVariableException.class)
				.hasMessageContaining(message);
			assertThat(count()).isEqualTo(before);
		}

		private long count() {
			return VerwijzingProcessContract.this.engine.getHistoryService()
				.createHistoricProcessInstanceQuery()
				.processDefinitionKey(VerwijzingVariabelen.PROCESS_KEY)
				.count();
		}

	}

	static Map<String, Object> verwijzing(String verwijsdoel, boolean toestemming) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(VerwijzingVariabelen.BSN, "123456782");
		variables.put(VerwijzingVariabelen.VERWIJZER_TYPE, "huisarts");
		variables.put(VerwijzingVariabelen.VERWIJZER_NAAM, "Huisartsenpraktijk De Linde");
		variables.put(VerwijzingVariabelen.VERWIJZER_EMAIL, "praktijk@delinde.example");
		variables.put(VerwijzingVariabelen.VERWIJSDOEL, verwijsdoel);
		variables.put(VerwijzingVariabelen.REDEN, REDEN);
		variables.put(VerwijzingVariabelen.TOESTEMMING_CLIENT, toestemming);
		return variables;
	}

	/** A Wmo intake of this resident, as the hoofdzaak of a referral; its zaaknummer. */
	private String intake(String naam, String email, String postadres, String vertegenwoordiger) {
		Map<String, Object> melding = new HashMap<>();
		melding.put("bsn", "123456782");
		melding.put("naam", naam);
		melding.put("hulpvraag", "Ik heb schulden en de huur is achterstallig.");
		melding.put("email", email);
		melding.put("postadres", postadres);
		melding.put("vertegenwoordiger", vertegenwoordiger);
		return this.engine.getRuntimeService().startProcessInstanceByKey("wmo-intake", melding).getBusinessKey();
	}

	private void start(Map<String, Object> variables) {
		this.instance = this.engine.getRuntimeService()
			.startProcessInstanceByKey(VerwijzingVariabelen.PROCESS_KEY, variables);
	}

	private static void today(String date) {
		ClockUtil.setCurrentTime(Date.from(LocalDate.parse(date).atTime(9, 0).atZone(AMSTERDAM).toInstant()));
	}

	private static Date endOf(String date) {
		return Date.from(LocalDate.parse(date).atTime(23, 59, 59).atZone(AMSTERDAM).toInstant());
	}

	private static Date startOf(String date) {
		return Date.from(LocalDate.parse(date).atStartOfDay(AMSTERDAM).toInstant());
	}

	private String zaaknummer() {
		return this.instance.getBusinessKey();
	}

	private Object variable(String name) {
		return this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(this.instance.getId())
			.variableName(name)
			.singleResult()
			.getValue();
	}

	private Object runtimeVariable(String name) {
		return this.engine.getRuntimeService().getVariable(this.instance.getId(), name);
	}

	/** What the task shows to those who work it. */
	private Map<String, Object> taskVariables(String key) {
		return this.engine.getTaskService().getVariables(task(key).getId());
	}

	private List<String> heldBackReden() {
		return this.jdbc.queryForList("select reden from verwijzing_reden where zaaknummer = ?", String.class,
				zaaknummer());
	}

	private byte[] letter() {
		FileValue file = (FileValue) this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(this.instance.getId())
			.variableName(VerwijzingVariabelen.BESCHIKKING_DOCUMENT)
			.singleResult()
			.getTypedValue();
		try (InputStream in = file.getValue()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path printpost() {
		return this.printpost.resolve(zaaknummer() + "_toelating.pdf");
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] attachment(MimeMessage mail) throws Exception {
		Multipart parts = (Multipart) mail.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			Part part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				return part.getInputStream().readAllBytes();
			}
		}
		throw new AssertionError("Geen bijlage in de mail");
	}

	private Task task(String key) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(this.instance.getId())
			.taskDefinitionKey(key)
			.singleResult();
	}

	private Job job(String activityId) {
		return this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(this.instance.getId())
			.activityId(activityId)
			.singleResult();
	}

	private List<String> groupsOf(Task task) {
		return this.engine.getTaskService()
			.getIdentityLinksForTask(task.getId())
			.stream()
			.map(IdentityLink::getGroupId)
			.filter((group) -> group != null)
			.toList();
	}

	private void complete(String key, String user, Map<String, Object> variables) {
		Task task = task(key);
		assertThat(task).as("open task " + key).isNotNull();
		AsUser.run(this.engine, user, () -> this.engine.getTaskService().complete(task.getId(), variables));
	}

	private JsonNode terugkoppelingen() {
		try {
			return new ObjectMapper().readTree(variable(VerwijzingVariabelen.TERUGKOPPELINGEN).toString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> statussen() {
		List<String> statussen = new ArrayList<>();
		terugkoppelingen().forEach((regel) -> statussen.add(regel.get("status").asText()));
		return statussen;
	}

}
