package nl.kantel.engine;

/**
 * An exception whose message is written for the person who made the request, in Dutch,
 * such as a start variable that is wrong or a step the four-eyes rule forbids: the REST
 * API answers it with this status and the message as it is ({@link Foutantwoorden}).
 */
public interface Gebruikersfout {

	int status();

}
