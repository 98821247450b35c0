package nl.kantel.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import nl.kantel.KantelRest;
import nl.kantel.KantelRest.Answer;

/**
 * A whole Wmo intake over the REST API of the running application, as a portal and the
 * caseworkers would do it, from melding to a PGB toegekend.
 */
abstract class WmoIntakeRestContract {

	@Autowired
	TestRestTemplate template;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("a portal starts a melding, caseworkers complete every task over REST, it ends toegekend, a bezwaar follows")
	void meldingTotToekenning() {
		// Monday 16 November 2026; every step on the same day
		WmoIntakeScenario.today("2026-11-16");
		KantelRest portaal = as("portaal");
		Map<String, Object> start = new HashMap<>(
				KantelRest.typed(Map.of(IntakeVariabelen.BSN, "123456782", IntakeVariabelen.NAAM, "Fatima el Amrani",
						IntakeVariabelen.HULPVRAAG, "Ik kan mijn huis niet meer schoonhouden.", "kanaal", "portaal")));
		start.put("contactvoorkeuren", Map.of("value", "[\"telefoon\",\"brief\"]", "type", "Json"));

		Answer started = portaal.post("/engine-rest/process-definition/key/wmo-intake/start",
				Map.of("variables", start));

		assertThat(started.status()).as(started.message()).isEqualTo(200);
		String id = started.body().path("id").asText();
		String zaaknummer = started.body().path("businessKey").asText();
		assertThat(zaaknummer).matches("WMO-\\d{4}-\\d{6}");
		as("camunda-admin").executeJob(id, "OntvangstBevestigen");

		as("wmo-consulent").completeTask(id, "KeukentafelgesprekPlannen",
				Map.of(IntakeVariabelen.GESPREK_DATUM, "2026-11-19"));
		message(portaal, "PersoonlijkPlanOntvangen", zaaknummer,
				Map.of(IntakeVariabelen.PERSOONLIJK_PLAN, "Ik wil weer zelf koken."));
		as("wmo-consulent").completeTask(id, "KeukentafelgesprekVoeren",
				Map.of(IntakeVariabelen.ONDERSTEUNINGSBEHOEFTE, "huishouden", IntakeVariabelen.EIGEN_KRACHT_VOLDOENDE,
						false, IntakeVariabelen.NETWERK_VOLDOENDE, false, IntakeVariabelen.ALGEMENE_VOORZIENING_PASSEND,
						false, IntakeVariabelen.CLIENTONDERSTEUNING_AANGEBODEN, true, IntakeVariabelen.PGB_GEWENST,
						true, IntakeVariabelen.TOESTEMMING_DELEN, false));
		as("wmo-consulent").completeTask(id, "VerslagOpstellen",
				Map.of(IntakeVariabelen.VERSLAG, "U krijgt hulp bij het huishouden."));
		as("camunda-admin").executeJob(id, "VerslagVersturen");
		message(portaal, "AanvraagOntvangen", zaaknummer, Map.of());
		Map<String, Object> toekenning = WmoIntakeScenario.toekenning("pgb", 4200L);
		as("wmo-consulent").completeTask(id, "AanvraagBeoordelen", toekenning);
		as("teamleider-wmo").completeTask(id, "BeschikkingAccorderen", Map.of("akkoord", true));
		as("camunda-admin").executeJob(id, "BeschikkingVersturen");

		KantelRest manager = as("manager");
		Answer instance = manager.get("/engine-rest/history/process-instance/" + id);
		assertThat(instance.body().path("state").asText()).isEqualTo("COMPLETED");
		assertThat(historicVariable(manager, id, IntakeVariabelen.RESULTAAT).path("value").asText())
			.isEqualTo("toegekend");
		assertThat(pdf(manager, id, IntakeVariabelen.VERSLAG_DOCUMENT)).startsWith("%PDF");
		assertThat(pdf(manager, id, IntakeVariabelen.BESCHIKKING_DOCUMENT)).startsWith("%PDF");

		// beschikking sent 16 November; 6 weeks from the next day: Monday 28 December
		// 2026
		assertThat(historicVariable(manager, id, IntakeVariabelen.BESCHIKKING_VERZONDEN).path("value").asText())
			.isEqualTo("2026-11-16");
		assertThat(historicVariable(manager, id, IntakeVariabelen.BEZWAAR_DEADLINE).path("value").asText())
			.isEqualTo("2026-12-28");
		Answer bezwaar = portaal.post("/engine-rest/message",
				Map.of("messageName", "BezwaarOntvangen", "resultEnabled", true, "processVariables",
						KantelRest.typed(Map.of("hoofdzaak", zaaknummer, IntakeVariabelen.BSN, "123456782",
								IntakeVariabelen.MOTIVERING, "Ik heb meer uren hulp nodig dan u toekent."))));
		assertThat(bezwaar.status()).as(bezwaar.message()).isEqualTo(200);
		String bezwaarId = bezwaar.body().get(0).path("processInstance").path("id").asText();
		assertThat(historicVariable(manager, bezwaarId, "hoofdzaak").path("value").asText()).isEqualTo(zaaknummer);
		// end of the bezwaar term + 6 weeks: Monday 8 February 2027
		assertThat(historicVariable(manager, bezwaarId, "beslisDeadline").path("value").asText())
			.isEqualTo("2027-02-08");
	}

	@Test
	@DisplayName("a message brings only the variables its event declares: a portal cannot set a deadline or a resultaat with it")
	void berichtBrengtAlleenZijnEigenGegevens() {
		KantelRest portaal = as("portaal");
		JsonNode started = melding("Hulp bij het huishouden.");
		String id = started.path("id").asText();
		String zaaknummer = started.path("businessKey").asText();
		as("wmo-consulent").completeTask(id, "KeukentafelgesprekPlannen",
				Map.of(IntakeVariabelen.GESPREK_DATUM, "2026-11-19"));
		String deadline = historicVariable(as("manager"), id, IntakeVariabelen.ONDERZOEK_DEADLINE).path("value")
			.asText();

		Answer forged = portaal.post("/engine-rest/message",
				Map.of("messageName", "PersoonlijkPlanOntvangen", "businessKey", zaaknummer, "processVariables",
						KantelRest.typed(Map.of(IntakeVariabelen.PERSOONLIJK_PLAN, "Mijn plan.",
								IntakeVariabelen.ONDERZOEK_DEADLINE, "2099-12-31"))));
		Answer withdrawn = portaal.post("/engine-rest/message",
				Map.of("messageName", "MeldingIngetrokken", "businessKey", zaaknummer, "processVariables",
						KantelRest.typed(Map.of(IntakeVariabelen.RESULTAAT, "toegekend"))));

		assertThat(forged.status()).isEqualTo(400);
		assertThat(forged.message()).contains(IntakeVariabelen.ONDERZOEK_DEADLINE);
		assertThat(withdrawn.status()).isEqualTo(400);
		assertThat(withdrawn.message()).contains(IntakeVariabelen.RESULTAAT);
		assertThat(historicVariable(as("manager"), id, IntakeVariabelen.ONDERZOEK_DEADLINE).path("value").asText())
			.isEqualTo(deadline);
		Answer plan = portaal.post("/engine-rest/message",
				Map.of("messageName", "PersoonlijkPlanOntvangen", "businessKey", zaaknummer, "processVariables",
						KantelRest.typed(Map.of(IntakeVariabelen.PERSOONLIJK_PLAN, "Mijn plan."))));
		assertThat(plan.status()).as(plan.message()).isEqualTo(204);
		assertThat(historicVariable(as("manager"), id, IntakeVariabelen.PERSOONLIJK_PLAN).path("value").asText())
			.isEqualTo("Mijn plan.");
	}

	@Test
	@DisplayName("uitkomst verwijzing over REST with consent and a threatened eviction: schuldhulp, not the consulent, works the referral within 3 working days")
	void meldingTotVerwijzing() {
		WmoIntakeScenario.today("2026-11-16");
		String zaaknummer = totVerslag("Ik heb schulden en de huur is achterstallig.",
				Map.of(IntakeVariabelen.ONDERSTEUNINGSBEHOEFTE, "schulden", IntakeVariabelen.TOESTEMMING_DELEN, true,
						IntakeVariabelen.DREIGENDE_SITUATIE, true));
		String id = this.instanceId;
		as("camunda-admin").executeJob(id, "VerwijzingStarten");

		KantelRest manager = as("manager");
		assertThat(manager.get("/engine-rest/history/process-instance/" + id).body().path("state").asText())
			.as("the intake waits whether the resident applies after all")
			.isEqualTo("ACTIVE");
		String referrals = "/engine-rest/process-instance?processDefinitionKey=verwijzing&variables=hoofdzaak_eq_"
				+ zaaknummer;
		JsonNode verwijzing = as("schuldhulp").get(referrals).body();
		assertThat(verwijzing).as("schuldhulp sees the referral").hasSize(1);
		String verwijzingId = verwijzing.get(0).path("id").asText();
		assertThat(verwijzing.get(0).path("businessKey").asText()).matches("VRW-\\d{4}-\\d{6}");
		assertThat(historicVariable(manager, verwijzingId, "verwijsdoel").path("value").asText())
			.isEqualTo("schuldhulp");
		assertThat(historicVariable(manager, verwijzingId, "toestemmingClient").path("value").asBoolean()).isTrue();
		// started Monday 16 November 2026: 3 working days is Thursday 19 November
		assertThat(historicVariable(manager, verwijzingId, "eersteContactDeadline").path("value").asText())
			.isEqualTo("2026-11-19");
		assertThat(as("wmo-consulent").get(referrals).body()).as("the consulent does not read the referral").isEmpty();
		assertThat(as("welzijnscoach").get(referrals).body()).isEmpty();

		JsonNode gekoppeld = as("wmo-consulent").get("/api/zaken/" + zaaknummer + "/gekoppeld").body();
		assertThat(gekoppeld).as("the consulent sees the referral under the intake").hasSize(1);
		assertThat(gekoppeld.get(0).path("zaaknummer").asText())
			.isEqualTo(verwijzing.get(0).path("businessKey").asText());
		assertThat(gekoppeld.get(0).path("proces").asText()).isEqualTo("verwijzing");
		assertThat(gekoppeld.get(0).path("status").asText()).isEqualTo("lopend");

		as("schuldhulp").completeTask(verwijzingId, "VerwijzingAccepteren", Map.of("geaccepteerd", true));
		as("schuldhulp").completeTask(verwijzingId, "EersteGesprekVoeren", Map.of("vervolg", "schuldregeling"));
	}

	@Test
	@DisplayName("uitkomst verwijzing over REST without consent: no referral starts")
	void verwijzingZonderToestemming() {
		String zaaknummer = totVerslag("Ik heb schulden.",
				Map.of(IntakeVariabelen.ONDERSTEUNINGSBEHOEFTE, "schulden", IntakeVariabelen.TOESTEMMING_DELEN, false));

		String referrals = "/engine-rest/history/process-instance?processDefinitionKey=verwijzing&variables=hoofdzaak_eq_"
				+ zaaknummer;
		assertThat(as("manager").get(referrals).body()).isEmpty();
		assertThat(as("camunda-admin").get("/engine-rest/job?processInstanceId=" + this.instanceId).body())
			.noneMatch((job) -> job.path("activityId").asText().equals("VerwijzingStarten"));
	}

	@Test
	@DisplayName("an aanvraag after uitkomst eigen kracht over REST: the resident who disagrees gets a beschikking")
	void aanvraagNaEigenKracht() {
		WmoIntakeScenario.today("2026-11-16");
		String zaaknummer = totVerslag("Ik kan niet meer koken.", Map.of(IntakeVariabelen.ONDERSTEUNINGSBEHOEFTE,
				"huishouden", IntakeVariabelen.EIGEN_KRACHT_VOLDOENDE, true));
		KantelRest manager = as("manager");
		assertThat(historicVariable(manager, this.instanceId, IntakeVariabelen.UITKOMST).path("value").asText())
			.isEqualTo("eigen-kracht");

		message(as("portaal"), "AanvraagOntvangen", zaaknummer, Map.of(IntakeVariabelen.AANVRAAG_DATUM, "2026-11-16"));
		// aanvraag Monday 16 November: the beschikking is due Monday 30 November
		assertThat(historicVariable(manager, this.instanceId, IntakeVariabelen.BESCHIKKING_DEADLINE).path("value")
			.asText()).isEqualTo("2026-11-30");
		as("wmo-consulent").completeTask(this.instanceId, "AanvraagBeoordelen", WmoIntakeScenario.afwijzing());
		as("camunda-admin").executeJob(this.instanceId, "BeschikkingVersturen");

		assertThat(historicVariable(manager, this.instanceId, IntakeVariabelen.RESULTAAT).path("value").asText())
			.isEqualTo("afgewezen");
		assertThat(historicVariable(manager, this.instanceId, IntakeVariabelen.BEZWAAR_DEADLINE).path("value").asText())
			.isEqualTo("2026-12-28");
	}

	private String instanceId;

	/**
	 * A melding, the talk with these findings, a plan in time, the verslag sent; answers
	 * the zaaknummer.
	 */
	private String totVerslag(String hulpvraag, Map<String, Object> bevindingen) {
		JsonNode started = melding(hulpvraag);
		this.instanceId = started.path("id").asText();
		String zaaknummer = started.path("businessKey").asText();
		as("camunda-admin").executeJob(this.instanceId, "OntvangstBevestigen");
		as("wmo-consulent").completeTask(this.instanceId, "KeukentafelgesprekPlannen",
				Map.of(IntakeVariabelen.GESPREK_DATUM, "2026-11-19"));
		Map<String, Object> gesprek = new HashMap<>(
				Map.of(IntakeVariabelen.CLIENTONDERSTEUNING_AANGEBODEN, true, IntakeVariabelen.PGB_GEWENST, false));
		gesprek.putAll(bevindingen);
		as("wmo-consulent").completeTask(this.instanceId, "KeukentafelgesprekVoeren", gesprek);
		message(as("portaal"), "PersoonlijkPlanOntvangen", zaaknummer,
				Map.of(IntakeVariabelen.PERSOONLIJK_PLAN, "Mijn plan."));
		as("wmo-consulent").completeTask(this.instanceId, "VerslagOpstellen",
				Map.of(IntakeVariabelen.VERSLAG, "Verslag van ons gesprek."));
		as("camunda-admin").executeJob(this.instanceId, "VerslagVersturen");
		return zaaknummer;
	}

	/** A melding as a portal starts it; answers the new case. */
	private JsonNode melding(String hulpvraag) {
		Answer started = as("portaal").post("/engine-rest/process-definition/key/wmo-intake/start",
				Map.of("variables", KantelRest.typed(Map.of(IntakeVariabelen.BSN, "123456782", IntakeVariabelen.NAAM,
						"Kees Jansen", IntakeVariabelen.HULPVRAAG, hulpvraag))));
		assertThat(started.status()).as(started.message()).isEqualTo(200);
		return started.body();
	}

	private void message(KantelRest portaal, String name, String zaaknummer, Map<String, Object> values) {
		Answer answer = portaal.post("/engine-rest/message",
				Map.of("messageName", name, "businessKey", zaaknummer, "processVariables", KantelRest.typed(values)));
		assertThat(answer.status()).as(name + ": " + answer.message()).isEqualTo(204);
	}

	private static JsonNode historicVariable(KantelRest manager, String instanceId, String name) {
		JsonNode variables = manager
			.get("/engine-rest/history/variable-instance?processInstanceId=" + instanceId + "&variableName=" + name)
			.body();
		assertThat(variables).as(name).hasSize(1);
		return variables.get(0);
	}

	private String pdf(KantelRest manager, String instanceId, String name) {
		String variableId = historicVariable(manager, instanceId, name).path("id").asText();
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(manager.user(), manager.password());
		ResponseEntity<byte[]> data = this.template.exchange(
				"/engine-rest/history/variable-instance/" + variableId + "/data", HttpMethod.GET,
				new HttpEntity<>(headers), byte[].class);
		assertThat(data.getStatusCode().value()).isEqualTo(200);
		assertThat(data.getHeaders().getContentType()).hasToString("application/pdf");
		return new String(data.getBody(), 0, 4);
	}

	private KantelRest as(String user) {
		return KantelRest.as(this.template, user);
	}

}
