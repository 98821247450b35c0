package nl.kantel.bezwaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.kantel.termijn.BusinessCalendar;
import nl.kantel.termijn.TermijnExpressions;

/** The bezwaar's terms, each date worked out by hand in the comment beside it. */
class BezwaarTermijnenTest {

	static BezwaarTermijnen termijnen() {
		BusinessCalendar calendar = new BusinessCalendar();
		return new BezwaarTermijnen(calendar, new TermijnExpressions(calendar),
				new BezwaarProperties("P2W", "P3M", Map.of()));
	}

	private final BezwaarTermijnen termijnen = termijnen();

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("Awb 6:9: received by the end of the term, or posted by then and received within a week, is on time")
	void tijdig() {
		LocalDate friday2October = LocalDate.of(2026, 10, 2);

		assertThat(this.termijnen.tijdig(friday2October, LocalDate.of(2026, 10, 2), null)).isTrue();
		// posted on the last day, received Friday 9 October: the week ends that day
		assertThat(this.termijnen.tijdig(friday2October, LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 2)))
			.isTrue();
		assertThat(this.termijnen.tijdig(friday2October, LocalDate.of(2026, 10, 9), null)).as("not by post").isFalse();
		assertThat(this.termijnen.tijdig(friday2October, LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 2)))
			.as("received after the week")
			.isFalse();
		assertThat(this.termijnen.tijdig(friday2October, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 3)))
			.as("posted after the term")
			.isFalse();
	}

	@Test
	@DisplayName("the week of Awb 6:9 ends after the Atw: term until Friday 18 December 2026, the week until Monday 28 December")
	void postweekOverKerst() {
		LocalDate friday18December = LocalDate.of(2026, 12, 18);
		LocalDate posted = friday18December;

		// 18 December + 1 week is Friday 25 December, Eerste Kerstdag: the week runs to
		// Monday 28 December.
		assertThat(this.termijnen.tijdig(friday18December, LocalDate.of(2026, 12, 28), posted)).isTrue();
		assertThat(this.termijnen.tijdig(friday18December, LocalDate.of(2026, 12, 29), posted)).isFalse();
	}

	@Test
	@DisplayName("the decision term ends 6 weeks after the bezwaar term, 12 with an adviescommissie, after the Atw")
	void beslisDeadline() {
		LocalDate friday2October = LocalDate.of(2026, 10, 2);

		// + 6 weeks: Friday 13 November 2026, a working day
		assertThat(this.termijnen.beslisDeadline(friday2October, false, false, 0)).isEqualTo("2026-11-13");
		// + 12 weeks: Friday 25 December 2026, Eerste Kerstdag, so Monday 28 December
		assertThat(this.termijnen.beslisDeadline(friday2October, true, false, 0)).isEqualTo("2026-12-28");
	}

	@Test
	@DisplayName("a verdaging lengthens the decision term by 6 weeks; the Atw applies once, to the lengthened term's end")
	void verdaging() {
		LocalDate monday23February = LocalDate.of(2026, 2, 23);

		// + 6 weeks is Monday 6 April 2026, Tweede Paasdag: the deadline is Tuesday 7
		// April.
		assertThat(this.termijnen.beslisDeadline(monday23February, false, false, 0)).isEqualTo("2026-04-07");
		// + 12 weeks is Monday 18 May, a working day (not Tuesday 19 May, 6 weeks after
		// the extended 7 April).
		assertThat(this.termijnen.beslisDeadline(monday23February, false, true, 0)).isEqualTo("2026-05-18");
		// with a committee + 18 weeks: Monday 29 June
		assertThat(this.termijnen.beslisDeadline(monday23February, true, true, 0)).isEqualTo("2026-06-29");
		// Friday 2 October + 12 weeks is Friday 25 December: Monday 28 December
		assertThat(this.termijnen.beslisDeadline(LocalDate.of(2026, 10, 2), false, true, 0)).isEqualTo("2026-12-28");
	}

	@Test
	@DisplayName("days suspended lengthen the term and the Atw applies once: 4 days after 13 November 2026 give Tuesday 29 December")
	void opschortingMetAtwEenKeer() {
		LocalDate friday13November = LocalDate.of(2026, 11, 13);

		// 6 weeks end Friday 25 December: unsuspended the deadline is Monday 28 December.
		assertThat(this.termijnen.beslisDeadline(friday13November, false, false, 0)).isEqualTo("2026-12-28");
		// 3 days suspended: the lengthened term ends Monday 28 December itself (not 28
		// December + 3 = Thursday 31 December).
		assertThat(this.termijnen.beslisDeadline(friday13November, false, false, 3)).isEqualTo("2026-12-28");
		// 4 days: Tuesday 29 December (not 28 December + 4 = Nieuwjaarsdag, extended to
		// Monday 4 January 2027).
		assertThat(this.termijnen.beslisDeadline(friday13November, false, false, 4)).isEqualTo("2026-12-29");
		// 4 days and the verdaging: 13 November + 12 weeks is Friday 5 February 2027, + 4
		// days Tuesday 9 February
		assertThat(this.termijnen.beslisDeadline(friday13November, false, true, 4)).isEqualTo("2027-02-09");
	}

	@Test
	@DisplayName("the term is suspended from the day after the request to the day the grounds arrive, only while it runs")
	void opgeschorteDagen() {
		LocalDate friday13November = LocalDate.of(2026, 11, 13);
		LocalDate deadline = LocalDate.of(2026, 12, 28);

		// asked on the last day of the bezwaar term, grounds on Tuesday 17 November: 14,
		// 15 and 16 November
		assertThat(this.termijnen.opgeschorteDagen(friday13November, LocalDate.of(2026, 11, 17), friday13November,
				deadline))
			.isEqualTo(3);
		// asked on Tuesday 15 September, before the bezwaar term ended on Friday 2
		// October; grounds on Monday 5 October: only 3 and 4 October fall in the decision
		// term
		assertThat(this.termijnen.opgeschorteDagen(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 5),
				LocalDate.of(2026, 10, 2), LocalDate.of(2026, 11, 13)))
			.isEqualTo(2);
		// grounds before the decision term began: nothing suspended
		assertThat(this.termijnen.opgeschorteDagen(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 25),
				LocalDate.of(2026, 10, 2), LocalDate.of(2026, 11, 13)))
			.isZero();
	}

	@Test
	@DisplayName("the hersteltermijn is 2 weeks after the request, after the Atw")
	void hersteltermijn() {
		// Friday 13 November + 2 weeks: Friday 27 November
		assertThat(this.termijnen.hersteltermijnDeadline(LocalDate.of(2026, 11, 13))).isEqualTo("2026-11-27");
		// Friday 11 December + 2 weeks: Friday 25 December, so Monday 28 December
		assertThat(this.termijnen.hersteltermijnDeadline(LocalDate.of(2026, 12, 11))).isEqualTo("2026-12-28");
	}

	@Test
	@DisplayName("the term runs again on the day the grounds arrive, or without them today, at the latest the day after the hersteltermijn")
	void hervatDatum() {
		LocalDate friday27November = LocalDate.of(2026, 11, 27);
		ClockUtil.setCurrentTime(at("2026-11-20T10:00:00+01:00"));

		assertThat(this.termijnen.hervatDatum(LocalDate.of(2026, 11, 17), friday27November)).isEqualTo("2026-11-17");
		assertThat(this.termijnen.hervatDatum(null, friday27November)).isEqualTo("2026-11-20");
		ClockUtil.setCurrentTime(at("2026-11-30T10:00:00+01:00"));
		assertThat(this.termijnen.hervatDatum(null, friday27November)).isEqualTo("2026-11-28");
	}

	@Test
	@DisplayName("beroep: 6 weeks from the day after sending, after the Atw")
	void beroepDeadline() {
		// Monday 16 November + 6 weeks: Monday 28 December
		assertThat(this.termijnen.beroepDeadline(LocalDate.of(2026, 11, 16))).isEqualTo("2026-12-28");
		// Friday 13 November + 6 weeks: Friday 25 December, so Monday 28 December
		assertThat(this.termijnen.beroepDeadline(LocalDate.of(2026, 11, 13))).isEqualTo("2026-12-28");
	}

	@Test
	@DisplayName("an uitstel reaches at most the setting beyond the current deadline")
	void uiterstUitstel() {
		assertThat(this.termijnen.uiterstUitstel(LocalDate.of(2026, 11, 13))).isEqualTo("2027-02-13");
	}

	static Date at(String offsetDateTime) {
		return Date.from(OffsetDateTime.parse(offsetDateTime).toInstant());
	}

}
