package nl.kantel.fonds;

/** What a booking does to a fund's balances; every amount is positive. */
enum Boekingssoort {

	/** The budget goes up (programmamanager, with a reason). */
	BUDGET_VERHOGING("budget-verhoging"),
	/** The budget goes down, never below what is reserved and granted. */
	BUDGET_VERLAGING("budget-verlaging"),
	/** An application found complete claims money it may get. */
	RESERVERING("reservering"),
	/** A grant turns (part of) a case's reservation into granted money. */
	TOEKENNING("toekenning"),
	/**
	 * What a case reserved and did not get goes back (refusal, withdrawal, a lower
	 * grant).
	 */
	RESERVERING_VRIJVAL("reservering-vrijval"),
	/** What a case was granted and will not get goes back (a lower vaststelling). */
	TOEKENNING_VRIJVAL("toekenning-vrijval"),
	/** A voorschot or the final payment out of a case's grant. */
	BETALING("betaling"),
	/**
	 * What a case was paid beyond its vaststelling and must pay back (Awb 4:57): lowers
	 * what it was paid.
	 */
	TERUGVORDERING("terugvordering");

	private final String code;

	Boekingssoort(String code) {
		this.code = code;
	}

	String code() {
		return this.code;
	}

	static Boekingssoort van(String code) {
		for (Boekingssoort soort : values()) {
			if (soort.code.equals(code)) {
				return soort;
			}
		}
		throw new IllegalArgumentException("Onbekende boekingssoort " + code);
	}

}
