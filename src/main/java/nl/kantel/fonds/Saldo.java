package nl.kantel.fonds;

import java.util.Map;

/**
 * The balances of a fund, or of one case within it, derived from its bookings (whole
 * euros). {@code beschikbaar} is what a new reservation may still take.
 */
public record Saldo(String fonds, long budget, long gereserveerd, long toegekend, long uitbetaald, long vrijgevallen,
		long beschikbaar) {

	static Saldo uit(String fonds, Map<Boekingssoort, Long> sommen) {
		long budget = som(sommen, Boekingssoort.BUDGET_VERHOGING) - som(sommen, Boekingssoort.BUDGET_VERLAGING);
		long gereserveerd = som(sommen, Boekingssoort.RESERVERING) - som(sommen, Boekingssoort.TOEKENNING)
				- som(sommen, Boekingssoort.RESERVERING_VRIJVAL);
		long toegekend = som(sommen, Boekingssoort.TOEKENNING) - som(sommen, Boekingssoort.TOEKENNING_VRIJVAL);
		long vrijgevallen = som(sommen, Boekingssoort.RESERVERING_VRIJVAL)
				+ som(sommen, Boekingssoort.TOEKENNING_VRIJVAL);
		long uitbetaald = som(sommen, Boekingssoort.BETALING) - som(sommen, Boekingssoort.TERUGVORDERING);
		return new Saldo(fonds, budget, gereserveerd, toegekend, uitbetaald, vrijgevallen,
				budget - gereserveerd - toegekend);
	}

	/** What is granted and not yet paid. */
	long openstaand() {
		return this.toegekend - this.uitbetaald;
	}

	private static long som(Map<Boekingssoort, Long> sommen, Boekingssoort soort) {
		return sommen.getOrDefault(soort, 0L);
	}

}
