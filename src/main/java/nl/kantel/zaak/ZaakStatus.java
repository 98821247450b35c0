package nl.kantel.zaak;

import com.fasterxml.jackson.annotation.JsonValue;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/** Where a case stands, in the words staff use, read from the engine's history. */
enum ZaakStatus {

	LOPEND("lopend"),

	OPGESCHORT("opgeschort"),

	AFGEROND("afgerond"),

	/**
	 * Stopped before its end: cancelled by a person or a system (externally), or by an
	 * event inside the model (internally).
	 */
	AFGEBROKEN("afgebroken");

	private final String naam;

	ZaakStatus(String naam) {
		this.naam = naam;
	}

	@JsonValue
	String naam() {
		return this.naam;
	}

	/**
	 * @param state {@link HistoricProcessInstance#getState()}
	 */
	static ZaakStatus ofHistoricState(String state) {
		return switch (state) {
			case HistoricProcessInstance.STATE_ACTIVE -> LOPEND;
			case HistoricProcessInstance.STATE_SUSPENDED -> OPGESCHORT;
			case HistoricProcessInstance.STATE_COMPLETED -> AFGEROND;
			case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED,
					HistoricProcessInstance.STATE_INTERNALLY_TERMINATED ->
				AFGEBROKEN;
			default -> throw new IllegalArgumentException("Onbekende status van een procesinstantie: " + state);
		};
	}

}
