package nl.kantel.fonds;

/** A fund the caller named does not exist. */
public class FondsOnbekendException extends RuntimeException {

	FondsOnbekendException(String fonds) {
		super("Fonds " + fonds + " bestaat niet.");
	}

}
