package nl.kantel.bezwaar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import nl.kantel.engine.ZonderAutorisatie;

/**
 * Finds the case a bezwaar objects to by its zaaknummer, running or finished, in the
 * engine's history, whatever process it belongs to: its bezwaar term, its process and the
 * resident the letters go to.
 */
@Component
class Hoofdzaken {

	static final String NAAM = "naam";

	static final String EMAIL = "email";

	static final String POSTADRES = "postadres";

	static final String VERTEGENWOORDIGER = "vertegenwoordiger";

	static final String BESCHIKKING_DATUM = "beschikkingDatum";

	private static final String[] GELEZEN = { BezwaarVariabelen.BEZWAAR_DEADLINE, BESCHIKKING_DATUM, NAAM, EMAIL,
			POSTADRES, VERTEGENWOORDIGER, BezwaarVariabelen.HOOFDZAAK };

	/** A verwijzing knows its resident through the intake it came from; no deeper. */
	private static final int KETEN = 3;

	private final HistoryService history;

	private final IdentityService identity;

	Hoofdzaken(HistoryService history, IdentityService identity) {
		this.history = history;
		this.identity = identity;
	}

	/**
	 * The case with this zaaknummer. Neither the portal nor a jurist may read the
	 * hoofdzaak itself, so inside the engine the lookup runs without their
	 * authorizations; what it finds serves the bezwaar's terms and letters and is not
	 * shown to the caller.
	 */
	Optional<Hoofdzaak> find(String zaaknummer) {
		return ZonderAutorisatie.opzoeken(this.identity, () -> lookup(zaaknummer, KETEN));
	}

	/** The hoofdzaak of a running bezwaar, which its start made sure exists. */
	Hoofdzaak van(VariableScope bezwaar) {
		String zaaknummer = (String) bezwaar.getVariable(BezwaarVariabelen.HOOFDZAAK);
		return find(zaaknummer).orElseThrow(
				() -> new IllegalStateException("Hoofdzaak " + zaaknummer + " van het bezwaar is niet gevonden"));
	}

	private Optional<Hoofdzaak> lookup(String zaaknummer, int keten) {
		if (zaaknummer == null || zaaknummer.isBlank()) {
			return Optional.empty();
		}
		List<HistoricProcessInstance> instances = this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(zaaknummer)
			.orderByProcessInstanceStartTime()
			.desc()
			.list();
		if (instances.isEmpty()) {
			return Optional.empty();
		}
		HistoricProcessInstance chosen = instances.get(0);
		Map<String, Object> variables = variables(chosen.getId());
		for (HistoricProcessInstance instance : instances) {
			Map<String, Object> candidate = variables(instance.getId());
			if (candidate.get(BezwaarVariabelen.BEZWAAR_DEADLINE) != null) {
				chosen = instance;
				variables = candidate;
				break;
			}
		}
		Resident resident = resident(variables, keten);
		return Optional.of(new Hoofdzaak(zaaknummer, chosen.getProcessDefinitionKey(),
				text(variables, BezwaarVariabelen.BEZWAAR_DEADLINE), text(variables, BESCHIKKING_DATUM),
				resident.naam(), resident.email(), resident.postadres(), resident.vertegenwoordiger()));
	}

	/**
	 * The resident of the case, or of the case it came from when it names none (a
	 * verwijzing started from an intake).
	 */
	private Resident resident(Map<String, Object> variables, int keten) {
		String naam = text(variables, NAAM);
		String herkomst = text(variables, BezwaarVariabelen.HOOFDZAAK);
		if (naam == null && herkomst != null && keten > 1) {
			Optional<Hoofdzaak> eerdere = lookup(herkomst, keten - 1);
			if (eerdere.isPresent()) {
				Hoofdzaak zaak = eerdere.get();
				return new Resident(zaak.naam(), zaak.email(), zaak.postadres(), zaak.vertegenwoordiger());
			}
		}
		return new Resident(naam, text(variables, EMAIL), text(variables, POSTADRES),
				text(variables, VERTEGENWOORDIGER));
	}

	private Map<String, Object> variables(String processInstanceId) {
		Map<String, Object> values = new HashMap<>();
		for (HistoricVariableInstance variable : this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.variableNameIn(GELEZEN)
			.list()) {
			if (processInstanceId.equals(variable.getExecutionId())) {
				values.put(variable.getName(), variable.getValue());
			}
		}
		return values;
	}

	private static String text(Map<String, Object> variables, String name) {
		return (variables.get(name) instanceof String value && !value.isBlank()) ? value : null;
	}

	private record Resident(String naam, String email, String postadres, String vertegenwoordiger) {
	}

	/**
	 * @param zaaknummer the hoofdzaak's zaaknummer
	 * @param proces the key of its process, such as wmo-intake
	 * @param bezwaarDeadline the last day of the bezwaar term, or null when the case has
	 * none
	 * @param beschikkingDatum the day of the beschikking objected to, or null
	 * @param naam the resident's name, or null
	 * @param email the resident's e-mail address, or null
	 * @param postadres the resident's postal address, or null
	 * @param vertegenwoordiger the resident's representative, or null
	 */
	record Hoofdzaak(String zaaknummer, String proces, String bezwaarDeadline, String beschikkingDatum, String naam,
			String email, String postadres, String vertegenwoordiger) {
	}

}
