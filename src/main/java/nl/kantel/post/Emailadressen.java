package nl.kantel.post;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * What counts as an address mail can go to, the same for a start check and for sending:
 * one address, strictly parsed, no longer than the table of sent mail holds (RFC 5321
 * allows 320 characters).
 */
public final class Emailadressen {

	static final int MAX_LENGTE = 320;

	private Emailadressen() {
	}

	public static boolean isBezorgbaar(String adres) {
		if (adres == null || adres.isBlank() || adres.length() > MAX_LENGTE) {
			return false;
		}
		try {
			new InternetAddress(adres, true).validate();
			return true;
		}
		catch (AddressException ex) {
			return false;
		}
	}

}
