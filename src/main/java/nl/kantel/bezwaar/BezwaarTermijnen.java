package nl.kantel.bezwaar;

import java.time.LocalDate;
import java.time.Period;

import org.springframework.stereotype.Component;

import nl.kantel.termijn.BusinessCalendar;
import nl.kantel.termijn.TermijnExpressions;

/**
 * The terms of a bezwaar after the Awb and the Algemene termijnenwet (Atw): whether it
 * came in time, when the decision is due after a suspension and a verdaging, the
 * hersteltermijn and the beroep term. The Awb's terms are law, so they are constants
 * here; the hersteltermijn is policy and a setting.
 */
@Component
class BezwaarTermijnen {

	/** Awb 7:10 lid 1: six weeks after the end of the bezwaar term. */
	static final Period BESLISTERMIJN = Period.ofWeeks(6);

	/** Awb 7:10 lid 1: twelve weeks with an independent advisory committee (Awb 7:13). */
	static final Period BESLISTERMIJN_MET_ADVIESCOMMISSIE = Period.ofWeeks(12);

	/** Awb 7:10 lid 3: the decision may be postponed once, by at most six weeks. */
	static final Period VERDAGING = Period.ofWeeks(6);

	/**
	 * Awb 6:9 lid 2: a bezwaarschrift posted within the term is on time when it arrives
	 * no later than a week after the term ended.
	 */
	static final Period POSTTERMIJN = Period.ofWeeks(1);

	/** Awb 6:7: beroep within six weeks, counted from the day after sending (6:8). */
	static final Period BEROEPSTERMIJN = Period.ofWeeks(6);

	private final BusinessCalendar calendar;

	private final TermijnExpressions termijn;

	private final BezwaarProperties properties;

	BezwaarTermijnen(BusinessCalendar calendar, TermijnExpressions termijn, BezwaarProperties properties) {
		this.calendar = calendar;
		this.termijn = termijn;
		this.properties = properties;
	}

	/** Today in the Netherlands by the engine's clock. */
	LocalDate vandaag() {
		return LocalDate.parse(this.termijn.vandaag());
	}

	/**
	 * Awb 6:9: received by the end of the bezwaar term, or posted by then and received no
	 * later than a week after it. The week is a term of the law too, so it ends after the
	 * Atw.
	 * @param verzendDatum the postmark, or null when the bezwaar did not come by post
	 */
	boolean tijdig(LocalDate bezwaarDeadline, LocalDate ontvangstDatum, LocalDate verzendDatum) {
		if (!ontvangstDatum.isAfter(bezwaarDeadline)) {
			return true;
		}
		return verzendDatum != null && !verzendDatum.isAfter(bezwaarDeadline)
				&& !ontvangstDatum.isAfter(this.calendar.legalDeadline(bezwaarDeadline, POSTTERMIJN));
	}

	/**
	 * The last day of the decision term (Awb 7:10): the end of the bezwaar term plus six
	 * weeks (twelve with a committee), plus the verdaging of six weeks once it was
	 * chosen, plus every day the term was suspended; the Atw applied once, to where that
	 * lengthened term ends (DOMAIN.md, "Counting a suspended term").
	 */
	LocalDate beslisDeadline(LocalDate bezwaarDeadline, boolean adviescommissie, boolean verdaagd,
			long opgeschorteDagen) {
		Period term = adviescommissie ? BESLISTERMIJN_MET_ADVIESCOMMISSIE : BESLISTERMIJN;
		if (verdaagd) {
			term = term.plus(VERDAGING);
		}
		return this.calendar.legalDeadline(bezwaarDeadline, term, opgeschorteDagen);
	}

	/**
	 * The last day to add the grounds when the request went out on {@code verzonden}: the
	 * hersteltermijn of Awb 6:6 is set under the law, so the Atw applies.
	 */
	LocalDate hersteltermijnDeadline(LocalDate verzonden) {
		return this.calendar.legalDeadline(verzonden, Period.parse(this.properties.hersteltermijn()));
	}

	/**
	 * The days the request for the grounds suspended the decision term (Awb 7:10 lid 2):
	 * from the day after the request up to, not including, {@code hervatDatum}, the day
	 * the grounds arrived or the day after the hersteltermijn ended unused. A term can
	 * only be suspended while it runs: days before the decision term began (on the day
	 * after the bezwaar term ended) do not count, nor a request sent after the deadline.
	 */
	long opgeschorteDagen(LocalDate gevraagdOp, LocalDate hervatDatum, LocalDate bezwaarDeadline,
			LocalDate beslisDeadline) {
		LocalDate vanaf = gevraagdOp.isBefore(bezwaarDeadline) ? bezwaarDeadline : gevraagdOp;
		return this.calendar.suspendedDays(vanaf, hervatDatum, beslisDeadline);
	}

	/**
	 * The day the suspended decision term runs again (Awb 7:10 lid 2): the day the
	 * grounds arrived, or without them today; never later than the day after the
	 * hersteltermijn, when it has passed unused.
	 * @param grondenOntvangen the day the grounds arrived, or null when they did not
	 */
	LocalDate hervatDatum(LocalDate grondenOntvangen, LocalDate hersteltermijnDeadline) {
		LocalDate naTermijn = hersteltermijnDeadline.plusDays(1);
		LocalDate hervat = (grondenOntvangen != null) ? grondenOntvangen : vandaag();
		return hervat.isBefore(naTermijn) ? hervat : naTermijn;
	}

	/** The last day to lodge beroep against a decision sent on {@code verzonden}. */
	LocalDate beroepDeadline(LocalDate verzonden) {
		return this.calendar.legalDeadline(verzonden, BEROEPSTERMIJN);
	}

	/**
	 * The latest day an uitstel with consent may reach from the current deadline: a
	 * setting, so that a typing error (2062 for 2026) cannot park a case for decades.
	 */
	LocalDate uiterstUitstel(LocalDate beslisDeadline) {
		return beslisDeadline.plus(Period.parse(this.properties.maximaalUitstel()));
	}

}
