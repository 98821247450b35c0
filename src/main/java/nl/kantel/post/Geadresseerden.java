package nl.kantel.post;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import nl.kantel.engine.ZonderAutorisatie;

/**
 * The resident a case's letters go to, read from another case: a verwijzing or a bezwaar
 * holds no name or address of the resident, the case it comes from does. Follows the
 * cases' {@code hoofdzaak} while a case names no resident (a bezwaar against a verwijzing
 * that came from an intake). Without any, the letter goes to the print outbox without
 * them, and the post room takes the address from the BRP by the zaaknummer on the letter.
 */
@Component
public class Geadresseerden {

	private static final Geadresseerde ONBEKEND = new Geadresseerde(null, null, null, null);

	private static final String HOOFDZAAK = "hoofdzaak";

	/** A verwijzing knows its resident through the intake it came from; no deeper. */
	private static final int KETEN = 3;

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
	 * The resident of the case with this zaaknummer, running or finished; all parts null
	 * without a zaaknummer or when no case has it. The team that sends the letter may not
	 * read that case, so the engine looks it up without their authorizations; only the
	 * addressee comes out.
	 */
	public Geadresseerde vanZaak(String zaaknummer) {
		return ZonderAutorisatie.opzoeken(this.identity, () -> opzoeken(zaaknummer, KETEN));
	}

	private Geadresseerde opzoeken(String zaaknummer, int keten) {
		if (zaaknummer == null || zaaknummer.isBlank() || keten == 0) {
			return ONBEKEND;
		}
		List<HistoricProcessInstance> zaken = this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(zaaknummer)
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
			.variableNameIn(NAAM, EMAIL, POSTADRES, VERTEGENWOORDIGER, HOOFDZAAK)
			.list()) {
			// Only the case's own variables, not a local one of a step with the same
			// name.
			if (zaak.equals(variabele.getExecutionId()) && variabele.getValue() instanceof String tekst
					&& !tekst.isBlank()) {
				gegevens.put(variabele.getName(), tekst);
			}
		}
		if (gegevens.get(NAAM) == null) {
			return opzoeken(gegevens.get(HOOFDZAAK), keten - 1);
		}
		return new Geadresseerde(gegevens.get(NAAM), gegevens.get(EMAIL), gegevens.get(POSTADRES),
				gegevens.get(VERTEGENWOORDIGER));
	}

}
