package nl.kantel.verwijzing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import nl.kantel.engine.ZonderAutorisatie;
import nl.kantel.post.Geadresseerde;

/**
 * Who a letter of a verwijzing goes to. A verwijzing holds no name or address of the
 * resident; when it comes from a Wmo intake (its {@code hoofdzaak}), the resident's name,
 * e-mail address, postal address and representative come from that case, running or
 * finished. Otherwise the letter goes to the print outbox without them, and the post room
 * takes the address from the BRP by the zaaknummer on the letter.
 */
@Component
class Geadresseerden {

	static final Geadresseerde ONBEKEND = new Geadresseerde(null, null, null, null);

	private static final String NAAM = "naam";

	private static final String EMAIL = "email";

	private static final String POSTADRES = "postadres";

	private static final String VERTEGENWOORDIGER = "vertegenwoordiger";

	private final HistoryService history;

	private final IdentityService identity;

	Geadresseerden(HistoryService history, IdentityService identity) {
		this.history = history;
		this.identity = identity;
	}

	/**
	 * The resident of the hoofdzaak with this zaaknummer; {@link #ONBEKEND} without a
	 * hoofdzaak or when no case has that number. The team that sends the letter may not
	 * read the hoofdzaak, so the engine looks it up without their authorizations; only
	 * the addressee comes out.
	 */
	Geadresseerde van(String hoofdzaak) {
		if (hoofdzaak == null || hoofdzaak.isBlank()) {
			return ONBEKEND;
		}
		return ZonderAutorisatie.opzoeken(this.identity, () -> opzoeken(hoofdzaak));
	}

	private Geadresseerde opzoeken(String hoofdzaak) {
		List<HistoricProcessInstance> zaken = this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(hoofdzaak)
			.orderByProcessInstanceStartTime()
			.desc()
			.listPage(0, 1);
		if (zaken.isEmpty()) {
			return ONBEKEND;
		}
		String zaak = zaken.get(0).getId();
		Map<String, String> gegevens = new HashMap<>();
		for (HistoricVariableInstance variabele : this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(zaak)
			.variableNameIn(NAAM, EMAIL, POSTADRES, VERTEGENWOORDIGER)
			.list()) {
			// Only the case's own variables, not a local one of a step with the same
			// name.
			if (zaak.equals(variabele.getExecutionId()) && variabele.getValue() instanceof String tekst
					&& !tekst.isBlank()) {
				gegevens.put(variabele.getName(), tekst);
			}
		}
		return new Geadresseerde(gegevens.get(NAAM), gegevens.get(EMAIL), gegevens.get(POSTADRES),
				gegevens.get(VERTEGENWOORDIGER));
	}

}
