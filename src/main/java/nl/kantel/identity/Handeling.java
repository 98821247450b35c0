package nl.kantel.identity;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a group may do over Camunda's REST API and Kantel's own API, each with the
 * requests it takes and the rules those requests must keep ({@link Voorwaarde}). A
 * request that no handeling of the caller's groups takes is refused, whatever Camunda
 * itself would allow; so is every request a later Camunda version adds, until it is named
 * here.
 */
enum Handeling {

	ZAAK_STARTEN("Een zaak starten, zonder startinstructies en zonder stappen over te slaan", Voorwaarde.GEWONE_START,
			"POST /process-definition/key/{key}/start", "POST /process-definition/{id}/start",
			"POST /process-definition/key/{key}/submit-form", "POST /process-definition/{id}/submit-form"),

	BERICHT_STUREN(
			"Een bericht sturen naar één zaak op zaaknummer, of een bericht dat een zaak start; zonder gegevens van de zaak terug te lezen",
			Voorwaarde.BERICHT_AAN_EEN_ZAAK, "POST /message"),

	STARTFORMULIER_LEZEN("Het startformulier van een proces openen", Voorwaarde.GEEN,
			"GET /process-definition/key/{key}/deployed-start-form", "GET /process-definition/{id}/deployed-start-form",
			"GET /process-definition/key/{key}/form-variables", "GET /process-definition/{id}/form-variables",
			"GET /process-definition/key/{key}/startForm", "GET /process-definition/{id}/startForm"),

	DEFINITIES_LEZEN("Procesmodellen en beslistabellen lezen", Voorwaarde.GEEN, "GET /process-definition",
			"GET /process-definition/count", "GET /process-definition/{id}", "GET /process-definition/key/{key}",
			"GET /process-definition/{id}/xml", "GET /process-definition/key/{key}/xml",
			"GET /process-definition/{id}/diagram", "GET /process-definition/key/{key}/diagram",
			"GET /process-definition/{id}/static-called-process-definitions",
			"GET /process-definition/key/{key}/static-called-process-definitions", "GET /decision-definition",
			"GET /decision-definition/count", "GET /decision-definition/{id}", "GET /decision-definition/key/{key}",
			"GET /decision-definition/{id}/xml", "GET /decision-definition/key/{key}/xml",
			"GET /decision-definition/{id}/diagram", "GET /decision-definition/key/{key}/diagram",
			"GET /decision-requirements-definition", "GET /decision-requirements-definition/count",
			"GET /decision-requirements-definition/{id}", "GET /decision-requirements-definition/key/{key}",
			"GET /decision-requirements-definition/{id}/xml", "GET /decision-requirements-definition/key/{key}/xml",
			"GET /decision-requirements-definition/{id}/diagram",
			"GET /decision-requirements-definition/key/{key}/diagram", "GET /deployment", "GET /deployment/count",
			"GET /deployment/{id}", "GET /deployment/{id}/resources", "GET /deployment/{id}/resources/{resourceId}",
			"GET /deployment/{id}/resources/{resourceId}/data"),

	TAKEN_LEZEN("Taken lezen die de groep mag zien, met hun formulier en gegevens", Voorwaarde.GEEN, "GET /task",
			"POST /task", "GET /task/count", "POST /task/count", "GET /task/{id}", "GET /task/{id}/form",
			"GET /task/{id}/deployed-form", "GET /task/{id}/form-variables", "GET /task/{id}/rendered-form",
			"GET /task/{id}/variables", "GET /task/{id}/variables/{varId}", "GET /task/{id}/variables/{varId}/data",
			"GET /task/{id}/localVariables", "GET /task/{id}/localVariables/{varId}",
			"GET /task/{id}/localVariables/{varId}/data", "GET /task/{id}/identity-links", "GET /task/{id}/comment",
			"GET /task/{id}/comment/{commentId}", "GET /task/{id}/attachment",
			"GET /task/{id}/attachment/{attachmentId}", "GET /task/{id}/attachment/{attachmentId}/data", "GET /filter",
			"GET /filter/count", "GET /filter/{id}", "GET /filter/{id}/list", "POST /filter/{id}/list",
			"GET /filter/{id}/count", "POST /filter/{id}/count", "GET /filter/{id}/singleResult",
			"POST /filter/{id}/singleResult"),

	TAAK_WERKEN(
			"Een taak van de groep oppakken, teruggeven, aan een collega van die groep geven en afronden met de velden van het formulier",
			Voorwaarde.TAAK_BINNEN_DE_GROEP, "POST /task/{id}/claim", "POST /task/{id}/unclaim",
			"POST /task/{id}/assignee", "POST /task/{id}/complete", "POST /task/{id}/submit-form"),

	TAAK_BECOMMENTARIEREN("Een opmerking bij een taak schrijven", Voorwaarde.GEEN, "POST /task/{id}/comment/create"),

	ZAKEN_LEZEN("Zaken en hun geschiedenis lezen voor zover de zaak dat toestaat", Voorwaarde.GEEN,
			"GET /process-instance", "POST /process-instance", "GET /process-instance/count",
			"POST /process-instance/count", "GET /process-instance/{id}", "GET /process-instance/{id}/variables",
			"GET /process-instance/{id}/variables/{varId}", "GET /process-instance/{id}/variables/{varId}/data",
			"GET /process-instance/{id}/activity-instances", "GET /process-instance/{id}/comment",
			"GET /variable-instance", "POST /variable-instance", "GET /variable-instance/count",
			"POST /variable-instance/count", "GET /variable-instance/{id}", "GET /variable-instance/{id}/data",
			"GET /history/process-instance", "POST /history/process-instance", "GET /history/process-instance/count",
			"POST /history/process-instance/count", "GET /history/process-instance/{id}",
			"GET /history/activity-instance", "POST /history/activity-instance", "GET /history/activity-instance/count",
			"POST /history/activity-instance/count", "GET /history/activity-instance/{id}", "GET /history/task",
			"POST /history/task", "GET /history/task/count", "POST /history/task/count",
			"GET /history/variable-instance", "POST /history/variable-instance", "GET /history/variable-instance/count",
			"POST /history/variable-instance/count", "GET /history/variable-instance/{id}",
			"GET /history/variable-instance/{id}/data", "GET /history/detail", "POST /history/detail",
			"GET /history/detail/count", "GET /history/detail/{id}", "GET /history/detail/{id}/data",
			"GET /history/user-operation", "GET /history/user-operation/count", "GET /history/identity-link-log",
			"GET /history/identity-link-log/count", "GET /api/zaken/{zaaknummer}/gekoppeld"),

	BEHEER_LEZEN("Lezen wat Cockpit over de werking laat zien: statistieken, storingen, jobs en batches",
			Voorwaarde.GEEN, "GET /process-definition/statistics", "GET /process-definition/{id}/statistics",
			"GET /process-definition/key/{key}/statistics", "GET /execution", "POST /execution", "GET /execution/count",
			"POST /execution/count", "GET /execution/{id}", "GET /execution/{id}/localVariables",
			"GET /execution/{id}/localVariables/{varId}", "GET /execution/{id}/localVariables/{varId}/data",
			"GET /event-subscription", "GET /event-subscription/count", "GET /incident", "GET /incident/count",
			"GET /incident/{id}", "GET /job", "POST /job", "GET /job/count", "POST /job/count", "GET /job/{id}",
			"GET /job-definition", "POST /job-definition", "GET /job-definition/count", "POST /job-definition/count",
			"GET /job-definition/{id}", "GET /batch", "GET /batch/count", "GET /batch/statistics",
			"GET /batch/statistics/count", "GET /batch/{id}", "GET /history/incident", "GET /history/incident/count",
			"GET /history/job-log", "POST /history/job-log", "GET /history/job-log/count",
			"POST /history/job-log/count", "GET /history/job-log/{id}", "GET /history/decision-instance",
			"GET /history/decision-instance/count", "GET /history/decision-instance/{id}",
			"GET /history/process-definition/{id}/statistics",
			"GET /history/decision-requirements-definition/{id}/statistics", "GET /history/process-instance/report",
			"GET /history/task/report", "GET /history/batch", "GET /history/batch/count", "GET /history/batch/{id}",
			"GET /history/cleanup/configuration", "GET /history/cleanup/jobs", "GET /history/cleanup/job",
			"GET /history/process-definition/cleanable-process-instance-report",
			"GET /history/process-definition/cleanable-process-instance-report/count",
			"GET /history/decision-definition/cleanable-decision-instance-report",
			"GET /history/decision-definition/cleanable-decision-instance-report/count",
			"GET /history/batch/cleanable-batch-report", "GET /history/batch/cleanable-batch-report/count",
			"GET /task/report/candidate-group-count", "GET /metrics/{name}/sum", "GET /metrics"),

	GEBRUIKERS_LEZEN("Zien wie er werkt: de eigen gegevens, collega's en groepen", Voorwaarde.GEEN, "GET /engine",
			"GET /version", "GET /user", "GET /user/count", "GET /user/{id}/profile", "GET /group", "GET /group/count",
			"POST /group", "POST /group/count", "GET /group/{id}", "GET /identity/groups", "GET /authorization/check"),

	FONDS_LEZEN("De stand van een fonds lezen: budget, gereserveerd, toegekend, uitbetaald, vrijgevallen, beschikbaar",
			Voorwaarde.GEEN, "GET /api/fondsen/{fonds}"),

	BUDGET_VASTSTELLEN("Het budget van een fonds vaststellen, met een reden", Voorwaarde.GEEN,
			"POST /api/fondsen/{fonds}/budget"),

	MODELLEN_DEPLOYEN(
			"Modellen en formulieren deployen uit Camunda Modeler (in productie alleen als de instelling dat toestaat), en een deployment zonder zaken verwijderen",
			Voorwaarde.DEPLOYMENT_ZONDER_ZAKEN, "POST /deployment/create", "DELETE /deployment/{id}");

	private final String omschrijving;

	private final Voorwaarde voorwaarde;

	private final Set<Operatie> operaties;

	private final Map<Operatie, Pattern> paden;

	Handeling(String omschrijving, Voorwaarde voorwaarde, String... operaties) {
		this.omschrijving = omschrijving;
		this.voorwaarde = voorwaarde;
		this.operaties = Arrays.stream(operaties).map(Operatie::parse).collect(Collectors.toUnmodifiableSet());
		this.paden = this.operaties.stream().collect(Collectors.toUnmodifiableMap((o) -> o, Operatie::alsPatroon));
	}

	String omschrijving() {
		return this.omschrijving;
	}

	Voorwaarde voorwaarde() {
		return this.voorwaarde;
	}

	Set<Operatie> operaties() {
		return this.operaties;
	}

	boolean omvat(Operatie operatie) {
		return this.operaties.contains(operatie);
	}

	/**
	 * Whether a request, before Jersey matched it, could be one of these operations: so
	 * that nothing of Camunda's runs for a request that cannot be allowed (its
	 * sub-resource locators query the engine while matching).
	 */
	boolean kanOmvatten(String methode, String pad) {
		return this.paden.entrySet()
			.stream()
			.anyMatch((entry) -> entry.getKey().methode().equals(methode) && entry.getValue().matcher(pad).matches());
	}

}
