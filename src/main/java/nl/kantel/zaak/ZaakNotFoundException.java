package nl.kantel.zaak;

/**
 * A case the caller asked for and does not get: it does not exist or the caller may not
 * see it. One exception and one message for both, so that an answer never reveals whether
 * a case exists.
 */
class ZaakNotFoundException extends RuntimeException {

	ZaakNotFoundException(String zaaknummer) {
		super("Zaak " + zaaknummer + " is niet gevonden, of u mag deze zaak niet inzien.");
	}

}
