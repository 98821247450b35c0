package nl.kantel.transformatiefonds;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import nl.kantel.termijn.TermijnExpressions;

/**
 * The dates of a fund application: the decision term of the Awb, and the project's
 * schedule that the fund's policy sets (reports, end, eindverantwoording).
 */
@Component
class FondsTermijnen {

	private final TermijnExpressions termijn;

	FondsTermijnen(TermijnExpressions termijn) {
		this.termijn = termijn;
	}

	String vandaag() {
		return this.termijn.vandaag();
	}

	/**
	 * Awb 4:13 and 4:15: eight weeks after the aanvraag plus every day suspended, the Atw
	 * applied once to that end.
	 */
	String beslisDeadline(String aanvraagDatum, long opgeschorteDagen) {
		return this.termijn.wettelijkOpgeschort(aanvraagDatum, AanvraagVariabelen.BESLISTERMIJN.toString(),
				opgeschorteDagen);
	}

	/**
	 * The days an aanvulling suspended the term: from the day after the request up to
	 * {@code hervat}.
	 */
	long opgeschorteDagen(String gevraagdOp, String hervat, String beslisDeadline) {
		return this.termijn.opgeschorteDagen(gevraagdOp, hervat, beslisDeadline);
	}

	/** The project runs its looptijd from the day of the grant. */
	String projectEinde(String beschikkingDatum, long looptijdMaanden) {
		return this.termijn.periodeNa(beschikkingDatum, "P" + looptijdMaanden + "M");
	}

	/**
	 * The report due one {@code interval} after {@code vorige}, or null when that day is
	 * not before the project's end: the eindverantwoording covers the last stretch.
	 */
	String volgendeVoortgang(String vorige, String interval, String projectEinde) {
		String volgende = this.termijn.periodeNa(vorige, interval);
		return LocalDate.parse(volgende).isBefore(LocalDate.parse(projectEinde)) ? volgende : null;
	}

	/**
	 * The term the verlening sets (Awb 4:44 lid 2): six months after the end, the Atw
	 * applied.
	 */
	String eindverantwoordingDeadline(String projectEinde) {
		return this.termijn.wettelijk(projectEinde, AanvraagVariabelen.VERANTWOORDINGSTERMIJN.toString());
	}

}
