package nl.kantel.intake;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import nl.kantel.AsUser;
import nl.kantel.Zaakverloop;

/**
 * Walks one Wmo intake through the engine as the caseworkers would: each step completes
 * the open task as a user of the right group, or delivers a message, or lets time pass.
 */
final class WmoIntakeScenario {

	static final ZoneId AMSTERDAM = Zaakverloop.AMSTERDAM;

	static final String PLAN = "Ik wil weer zelf boodschappen doen; mijn dochter helpt op zaterdag.";

	private final ProcessEngine engine;

	private final Zaakverloop verloop;

	WmoIntakeScenario(ProcessEngine engine) {
		this.engine = engine;
		this.verloop = new Zaakverloop(engine);
	}

	static void today(String date) {
		Zaakverloop.vandaag(date);
	}

	/** Today by the engine's clock, as an ISO date. */
	String vandaag() {
		return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), AMSTERDAM).toString();
	}

	static Map<String, Object> melding(String meldingDatum) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(IntakeVariabelen.BSN, "123456782");
		variables.put(IntakeVariabelen.NAAM, "Fatima el Amrani");
		variables.put(IntakeVariabelen.HULPVRAAG, "Ik kan mijn huis niet meer schoonhouden sinds mijn heupoperatie.");
		variables.put(IntakeVariabelen.MELDING_DATUM, meldingDatum);
		return variables;
	}

	WmoIntakeScenario start(Map<String, Object> variables) {
		this.verloop.start(IntakeVariabelen.PROCESS_KEY, variables);
		return this;
	}

	ProcessInstance instance() {
		return this.verloop.instance();
	}

	String id() {
		return this.verloop.id();
	}

	Object variable(String name) {
		return this.verloop.variable(name);
	}

	Task task(String taskDefinitionKey) {
		return this.verloop.task(taskDefinitionKey);
	}

	WmoIntakeScenario complete(String taskDefinitionKey, String user, Map<String, Object> variables) {
		this.verloop.complete(taskDefinitionKey, user, variables);
		return this;
	}

	void as(String user, Runnable action) {
		AsUser.run(this.engine, user, action);
	}

	WmoIntakeScenario correlate(String message, Map<String, Object> variables) {
		this.verloop.correlate(message, variables);
		return this;
	}

	/** See {@link Zaakverloop#executeJob}: a timer never fires before its due date. */
	WmoIntakeScenario executeJob(String activityId) {
		this.verloop.executeJob(activityId);
		return this;
	}

	/** See {@link Zaakverloop#timerAfgaan}. */
	WmoIntakeScenario timerAfgaan(String activityId, String dueDay) {
		this.verloop.timerAfgaan(activityId, dueDay);
		return this;
	}

	static Date startOf(String day) {
		return Zaakverloop.beginVan(day);
	}

	Job job(String activityId) {
		return this.verloop.job(activityId);
	}

	/**
	 * The receipt letter leaves, as the job executor would do within seconds of the
	 * melding.
	 */
	WmoIntakeScenario ontvangstBevestigen() {
		return (job("OntvangstBevestigen") != null) ? executeJob("OntvangstBevestigen") : this;
	}

	WmoIntakeScenario gesprekVoeren(Map<String, Object> uitkomsten) {
		ontvangstBevestigen();
		complete("KeukentafelgesprekPlannen", "wmo-consulent",
				Map.of(IntakeVariabelen.GESPREK_VORM, "thuis", IntakeVariabelen.GESPREK_DATUM, "2026-11-19"));
		Map<String, Object> variables = new HashMap<>();
		variables.put(IntakeVariabelen.CLIENTONDERSTEUNING_AANGEBODEN, true);
		variables.put(IntakeVariabelen.PGB_GEWENST, false);
		variables.put(IntakeVariabelen.TOESTEMMING_DELEN, true);
		variables.putAll(uitkomsten);
		return complete("KeukentafelgesprekVoeren", "wmo-consulent", variables);
	}

	/**
	 * The persoonlijk plan window closes unused: its timer fires at the start of the day
	 * after the deadline of a melding on 14 November 2026 (Monday 23 November).
	 */
	WmoIntakeScenario planTermijnLatenVerstrijken() {
		timerAfgaan("PersoonlijkPlanTermijnVerstreken", "2026-11-24");
		today("2026-11-24");
		return this;
	}

	/**
	 * The resident hands in a persoonlijk plan in time; the outcome need not wait for the
	 * 7 days.
	 */
	WmoIntakeScenario planOntvangen() {
		return correlate("PersoonlijkPlanOntvangen", Map.of(IntakeVariabelen.PERSOONLIJK_PLAN, PLAN));
	}

	WmoIntakeScenario verslagOpstellen() {
		complete("VerslagOpstellen", "wmo-consulent",
				Map.of(IntakeVariabelen.VERSLAG, "Wij hebben samen gekeken wat u nodig hebt."));
		return executeJob("VerslagVersturen");
	}

	/** Onderzoek with uitkomst maatwerkvoorziening for huishouden, then the aanvraag. */
	WmoIntakeScenario totAanvraag(String aanvraagDatum) {
		return totAanvraag(aanvraagDatum, false);
	}

	/** The same, with or without the resident's wish for a pgb. */
	WmoIntakeScenario totAanvraag(String aanvraagDatum, boolean pgbGewenst) {
		gesprekVoeren(Map.of(IntakeVariabelen.ONDERSTEUNINGSBEHOEFTE, "huishouden", IntakeVariabelen.PGB_GEWENST,
				pgbGewenst));
		planOntvangen();
		verslagOpstellen();
		return correlate("AanvraagOntvangen", Map.of(IntakeVariabelen.AANVRAAG_DATUM, aanvraagDatum));
	}

	static Map<String, Object> toekenning(String leveringsvorm, long kostenPerJaar) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(IntakeVariabelen.AANVULLING_NODIG, false);
		variables.put(IntakeVariabelen.BESLUIT, IntakeVariabelen.TOEKENNEN);
		variables.put(IntakeVariabelen.PRODUCTCATEGORIE, "01");
		variables.put(IntakeVariabelen.OMVANG, 3L);
		variables.put(IntakeVariabelen.EENHEID, "04");
		variables.put(IntakeVariabelen.FREQUENTIE, "2");
		variables.put(IntakeVariabelen.LEVERINGSVORM, leveringsvorm);
		variables.put(IntakeVariabelen.KOSTEN_PER_JAAR, kostenPerJaar);
		variables.put(IntakeVariabelen.MOTIVERING,
				"U kunt uw huis niet zelf schoonhouden en niemand kan u daarbij helpen.");
		return variables;
	}

	static Map<String, Object> afwijzing() {
		return Map.of(IntakeVariabelen.AANVULLING_NODIG, false, IntakeVariabelen.BESLUIT, "afwijzen",
				IntakeVariabelen.MOTIVERING, "Uw huisgenoot kan het huishouden doen; dat is gebruikelijke hulp.");
	}

}
