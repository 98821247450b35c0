package nl.kantel.zaak;

import org.camunda.bpm.engine.ProcessEngineException;

import nl.kantel.engine.Gebruikersfout;

/**
 * An action a rule of the case forbids to this user, such as approving one's own
 * assessment (four eyes). The REST layer answers it with HTTP 403 and the Dutch message.
 */
public class RefusedActionException extends ProcessEngineException implements Gebruikersfout {

	public RefusedActionException(String message) {
		super(message);
	}

	@Override
	public int status() {
		return 403;
	}

}
