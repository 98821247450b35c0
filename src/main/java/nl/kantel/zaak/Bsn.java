package nl.kantel.zaak;

/**
 * The 11-proef of a burgerservicenummer: nine digits d1..d9 with 9*d1 + 8*d2 + ... + 2*d8
 * - 1*d9 divisible by 11. Passing it does not prove that the number was issued.
 */
public final class Bsn {

	private static final int LENGTH = 9;

	private Bsn() {
	}

	public static boolean isValid(String bsn) {
		if (bsn == null || bsn.length() != LENGTH) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < LENGTH; i++) {
			char c = bsn.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
			int digit = c - '0';
			sum += (i < LENGTH - 1) ? (LENGTH - i) * digit : -digit;
		}
		return sum % 11 == 0;
	}

}
