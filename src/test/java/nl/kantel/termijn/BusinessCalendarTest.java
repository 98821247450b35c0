package nl.kantel.termijn;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BusinessCalendarTest {

	private final BusinessCalendar calendar = new BusinessCalendar();

	private static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

	@ParameterizedTest(name = "{0} is a working day: {1}")
	@CsvSource({ "2026-04-03, true", "2026-04-06, false", "2026-04-04, false", "2026-04-05, false", "2026-04-07, true",
			"2026-04-27, false", "2026-05-15, true", "2025-04-26, false", "2027-05-05, false" })
	void knowsWeekendsAndHolidays(LocalDate day, boolean working) {
		assertThat(this.calendar.isWorkingDay(day)).isEqualTo(working);
	}

	@Test
	void countsGoedeVrijdagAsAWorkingDay() {
		assertThat(this.calendar.isWorkingDay(date("2025-04-18"))).isTrue();
	}

	@ParameterizedTest(name = "{0} plus {1} working days is {2}")
	@CsvSource({ "2026-11-06, 1, 2026-11-09", "2026-04-02, 3, 2026-04-08", "2024-12-24, 3, 2024-12-31",
			"2027-05-04, 2, 2027-05-10", "2026-04-07, -1, 2026-04-03", "2026-04-04, 0, 2026-04-04" })
	void skipsWeekendsAndHolidays(LocalDate from, int days, LocalDate expected) {
		assertThat(this.calendar.plusWorkingDays(from, days)).isEqualTo(expected);
	}

	@Test
	void extendsTheSixWeekOnderzoekTermOfTheDomainExampleToMonday() {
		// the last day, Saturday 26 December 2026, is Tweede Kerstdag as well
		assertThat(this.calendar.legalDeadline(date("2026-11-14"), Period.ofWeeks(6))).isEqualTo(date("2026-12-28"));
	}

	@Test
	void keepsADeadlineThatEndsOnAWorkingDay() {
		assertThat(this.calendar.legalDeadline(date("2026-06-03"), Period.ofWeeks(2))).isEqualTo(date("2026-06-17"));
	}

	@ParameterizedTest(name = "{2}: {0} plus {1} ends on {3}")
	@CsvSource({ "2026-04-02, P6W, Hemelvaartsdag (the Friday after is a working day), 2026-05-15",
			"2027-05-03, P2W, Tweede Pinksterdag, 2027-05-18", "2026-04-21, P2W, Bevrijdingsdag, 2026-05-06",
			"2027-04-07, P4W, Bevrijdingsdag followed by Hemelvaartsdag, 2027-05-07",
			"2026-03-16, P6W, Koningsdag, 2026-04-28", "2024-12-11, P2W, Eerste Kerstdag, 2024-12-27",
			"2026-12-18, P2W, Nieuwjaarsdag on a Friday, 2027-01-04",
			"2029-12-18, P2W, Nieuwjaarsdag on a Tuesday, 2030-01-02" })
	void extendsATermEndingOnAHolidayToTheNextWorkingDay(LocalDate event, Period term, String holiday,
			LocalDate expected) {
		assertThat(this.calendar.legalDeadline(event, term)).isEqualTo(expected);
	}

	@Test
	void extendsAThreeDayTermOverChristmasUntilItHoldsTwoWorkingDays() {
		// Fri 25 to Sun 27 Dec 2026 hold none; art. 1 gives Mon 28, art. 2 Tue 29
		assertThat(this.calendar.legalDeadline(date("2026-12-24"), Period.ofDays(3))).isEqualTo(date("2026-12-29"));
	}

	@Test
	void extendsAThreeDayTermFromFridayToTuesday() {
		assertThat(this.calendar.legalDeadline(date("2026-11-06"), Period.ofDays(3))).isEqualTo(date("2026-11-10"));
	}

	@Test
	void countsGoedeVrijdagAsOneOfTheTwoWorkingDaysOfAShortTerm() {
		// Goede Vrijdag 18 April 2025 counts; Tweede Paasdag 21 April does not
		assertThat(this.calendar.legalDeadline(date("2025-04-17"), Period.ofDays(3))).isEqualTo(date("2025-04-22"));
	}

	@Test
	void doesNotApplyTheTwoWorkingDayRuleToATermOfTwoDays() {
		assertThat(this.calendar.legalDeadline(date("2026-11-06"), Period.ofDays(2))).isEqualTo(date("2026-11-09"));
	}

	@Test
	void endsAMonthTermOnTheLastDayOfAShorterMonth() {
		// 31 January + 1 month is Saturday 28 February 2026, so Monday 2 March
		assertThat(this.calendar.legalDeadline(date("2026-01-31"), Period.ofMonths(1))).isEqualTo(date("2026-03-02"));
	}

	@Test
	void refusesATermThatIsNotPositive() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.calendar.legalDeadline(date("2026-11-14"), Period.ZERO))
			.withMessageContaining("positive");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.calendar.legalDeadline(date("2026-11-14"), Period.ofWeeks(-6)))
			.withMessageContaining("P-42D");
	}

	@Test
	void endsAStandstillOnChristmasDayWithoutExtension() {
		assertThat(this.calendar.calendarDeadline(date("2026-12-05"), Period.ofDays(20))).isEqualTo(date("2026-12-25"));
	}

	@Test
	void countsBackForANegativeTerm() {
		assertThat(this.calendar.calendarDeadline(date("2026-12-28"), Period.ofDays(-3))).isEqualTo(date("2026-12-25"));
	}

	@Test
	void suspendsFromTheDayAfterTheRequestUntilTheDayTheInformationArrives() {
		// Monday 1 June to Thursday 4 June 2026: Tuesday and Wednesday are suspended
		assertThat(this.calendar.suspendedDays(date("2026-06-01"), date("2026-06-04"))).isEqualTo(2);
		assertThat(this.calendar.suspendedDays(date("2026-06-01"), date("2026-06-04"), date("2026-06-17")))
			.isEqualTo(2);
	}

	@ParameterizedTest(name = "aanvraag {0}, 2 weeks, {1} days suspended: {2}")
	@CsvSource({
			// DOMAIN.md: the Atw once, to the end of the lengthened term (not 29
			// December)
			"2025-12-06, 3, 2025-12-23",
			// DOMAIN.md: 2 weeks end on Tweede Paasdag, one day more is Tuesday
			"2025-04-07, 1, 2025-04-22",
			// Two weeks end Saturday 20 June; 2 days suspended make Monday 22 June
			"2026-06-06, 2, 2026-06-22",
			// the lengthened term ends on Eerste Kerstdag 2026: the next working day is
			// 28 December
			"2026-12-05, 6, 2026-12-28", "2026-06-06, 0, 2026-06-22" })
	void appliesTheAtwOnceToTheEndOfTheLengthenedTerm(LocalDate aanvraag, long suspended, LocalDate deadline) {
		assertThat(this.calendar.legalDeadline(aanvraag, Period.ofWeeks(2), suspended)).isEqualTo(deadline);
	}

	@ParameterizedTest(name = "request {0}, resumed {1}: nothing suspended")
	@CsvSource({ "2026-06-01, 2026-06-01", "2026-06-05, 2026-06-01", "2026-06-01, 2026-06-02", "2026-06-17, 2026-06-25",
			"2026-06-20, 2026-06-25" })
	void suspendsNothingOnOrAfterTheDeadline(LocalDate request, LocalDate resume) {
		assertThat(this.calendar.suspendedDays(request, resume, date("2026-06-17"))).isZero();
	}

	@Test
	void suspendsWhenTheRequestIsSentTheDayBeforeTheDeadline() {
		assertThat(this.calendar.suspendedDays(date("2026-06-16"), date("2026-06-25"), date("2026-06-17")))
			.isEqualTo(8);
	}

}
