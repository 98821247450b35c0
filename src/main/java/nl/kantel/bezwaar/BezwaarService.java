package nl.kantel.bezwaar;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import nl.kantel.bezwaar.Hoofdzaken.Hoofdzaak;
import nl.kantel.termijn.TermijnExpressions;
import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * The terms of a bezwaar after the Awb: whether it came in time, when the decision is due
 * and how far one verdaging moves that day. The terms are law, not policy, so they are
 * constants here rather than settings.
 */
@Service
class BezwaarService {

	/** Awb 7:10 lid 1: six weeks after the end of the bezwaar term. */
	static final String BESLISTERMIJN = "P6W";

	/** Awb 7:10 lid 1: twelve weeks with an independent advisory committee (Awb 7:13). */
	static final String BESLISTERMIJN_MET_ADVIESCOMMISSIE = "P12W";

	/** Awb 7:10 lid 3: the decision may be postponed once, by at most six weeks. */
	static final String VERDAGING = "P6W";

	private final Hoofdzaken hoofdzaken;

	private final TermijnExpressions termijn;

	BezwaarService(Hoofdzaken hoofdzaken, TermijnExpressions termijn) {
		this.hoofdzaken = hoofdzaken;
		this.termijn = termijn;
	}

	/**
	 * The terms of a new bezwaar against the beschikking of {@code hoofdzaak}, received
	 * on {@code ontvangstDatum} (today when null).
	 * @throws InvalidVariableException naming {@code hoofdzaak} when no such case exists
	 * or it has no bezwaar term
	 */
	Registration register(String hoofdzaak, String ontvangstDatum, boolean adviescommissie) {
		Hoofdzaak zaak = this.hoofdzaken.find(hoofdzaak)
			.orElseThrow(
					() -> new InvalidVariableException(BezwaarVariables.HOOFDZAAK, "Er is geen zaak met zaaknummer "
							+ hoofdzaak + ". Controleer het zaaknummer dat op de beschikking staat."));
		String bezwaarDeadline = zaak.bezwaarDeadline();
		if (bezwaarDeadline == null || !isIsoDate(bezwaarDeadline)) {
			throw new InvalidVariableException(BezwaarVariables.HOOFDZAAK, "Zaak " + hoofdzaak
					+ " heeft geen bezwaartermijn: er is (nog) geen beschikking waartegen bezwaar kan worden gemaakt.");
		}
		String received = (ontvangstDatum == null || ontvangstDatum.isBlank()) ? this.termijn.vandaag()
				: ontvangstDatum;
		boolean tijdig = !LocalDate.parse(received).isAfter(LocalDate.parse(bezwaarDeadline));
		String beslisDeadline = this.termijn.wettelijk(bezwaarDeadline,
				adviescommissie ? BESLISTERMIJN_MET_ADVIESCOMMISSIE : BESLISTERMIJN);
		return new Registration(received, bezwaarDeadline, tijdig, beslisDeadline);
	}

	/**
	 * What is wrong with the completion of BeslissenOpBezwaar: a decision or a verdaging
	 * is needed, not both; a verdaging only once and only while the term runs.
	 */
	List<Violation> checkDecision(boolean verdagen, boolean verdaagd, String beslissing, String beslisDeadline) {
		List<Violation> violations = new ArrayList<>();
		boolean decided = beslissing != null && !beslissing.isBlank();
		if (!verdagen) {
			if (!decided) {
				violations.add(new Violation(BezwaarVariables.BESLISSING,
						"Kies de beslissing op het bezwaar (gegrond, ongegrond of niet-ontvankelijk), of verdaag de beslistermijn."));
			}
			return violations;
		}
		if (verdaagd) {
			violations.add(new Violation(BezwaarVariables.VERDAGEN,
					"De beslistermijn is al een keer verdaagd. Verdagen kan maar één keer, met ten hoogste zes weken (artikel 7:10 lid 3 Awb)."));
		}
		else if (this.termijn.isVerstreken(beslisDeadline)) {
			violations.add(new Violation(BezwaarVariables.VERDAGEN, "De beslistermijn is op " + beslisDeadline
					+ " verstreken. Verdagen kan alleen zolang de termijn loopt (artikel 7:10 lid 3 Awb)."));
		}
		if (decided) {
			violations.add(new Violation(BezwaarVariables.VERDAGEN,
					"Kies een beslissing of verdaag de beslistermijn, niet allebei."));
		}
		return violations;
	}

	/**
	 * The decision deadline after the one verdaging of Awb 7:10 lid 3: the decision term
	 * lengthened by six weeks, counted from the end of the bezwaar term, the Atw applied
	 * once to the lengthened term's end (not to the first end and again after it).
	 */
	String postpone(String bezwaarDeadline, boolean adviescommissie) {
		Period lengthened = Period.parse(adviescommissie ? BESLISTERMIJN_MET_ADVIESCOMMISSIE : BESLISTERMIJN)
			.plus(Period.parse(VERDAGING));
		return this.termijn.wettelijk(bezwaarDeadline, lengthened.toString());
	}

	private static boolean isIsoDate(String value) {
		try {
			LocalDate.parse(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	/**
	 * @param ontvangstDatum the day the bezwaar was received
	 * @param bezwaarDeadline the last day of the bezwaar term
	 * @param tijdig received on or before the last day of the bezwaar term
	 * @param beslisDeadline the last day of the decision term
	 */
	record Registration(String ontvangstDatum, String bezwaarDeadline, boolean tijdig, String beslisDeadline) {
	}

}
