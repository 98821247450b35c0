package nl.kantel.brief;

/**
 * The shipped letters of Gemeente Voorbeeld without an application context, for the
 * letter tests of other rooms.
 */
public final class VoorbeeldBrieven {

	private VoorbeeldBrieven() {
	}

	public static Brieven metVoorbeeldgemeente() {
		return new Brieven(new BrievenProperties(null), Voorbeelden.GEMEENTE);
	}

}
