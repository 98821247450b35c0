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
import nl.kantel.post.Geadresseerde;
import nl.kantel.post.Geadresseerden;

/**
 * Finds the case a bezwaar objects to by its zaaknummer, running or finished, in the
 * engine's history, whatever process it belongs to: its bezwaar term, its process and the
 * resident the letters go to.
 */
@Component
class Hoofdzaken {

	static final String BESCHIKKING_DATUM = "beschikkingDatum";

	private static final String[] GELEZEN = { BezwaarVariabelen.BEZWAAR_DEADLINE, BESCHIKKING_DATUM };

	private final HistoryService history;

	private final IdentityService identity;

	private final Geadresseerden geadresseerden;

	Hoofdzaken(HistoryService history, IdentityService identity, Geadresseerden geadresseerden) {
		this.history = history;
		this.identity = identity;
		this.geadresseerden = geadresseerden;
	}

	/**
	 * The case with this zaaknummer. Neither the portal nor a jurist may read the
	 * hoofdzaak itself, so inside the engine the lookup runs without their
	 * authorizations; what it finds serves the bezwaar's terms and letters and is not
	 * shown to the caller.
	 */
	Optional<Hoofdzaak> find(String zaaknummer) {
		return ZonderAutorisatie.opzoeken(this.identity, () -> lookup(zaaknummer));
	}

	/** The hoofdzaak of a running bezwaar, which its start made sure exists. */
	Hoofdzaak van(VariableScope bezwaar) {
		String zaaknummer = (String) bezwaar.getVariable(BezwaarVariabelen.HOOFDZAAK);
		return find(zaaknummer).orElseThrow(
				() -> new IllegalStateException("Hoofdzaak " + zaaknummer + " van het bezwaar is niet gevonden"));
	}

	private Optional<Hoofdzaak> lookup(String zaaknummer) {
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
		Geadresseerde bewoner = this.geadresseerden.vanZaak(zaaknummer);
		return Optional.of(new Hoofdzaak(zaaknummer, chosen.getProcessDefinitionKey(),
				text(variables, BezwaarVariabelen.BEZWAAR_DEADLINE), text(variables, BESCHIKKING_DATUM), bewoner.naam(),
				bewoner.email(), bewoner.postadres(), bewoner.vertegenwoordiger()));
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
