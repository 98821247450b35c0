package nl.kantel.termijn;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TermijnExpressionsTest {

	private final TermijnExpressions termijn = new TermijnExpressions(new BusinessCalendar());

	@AfterEach
	void resetEngineClock() {
		ClockUtil.reset();
	}

	private static void engineClockAt(String offsetDateTime) {
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(offsetDateTime).toInstant()));
	}

	@Test
	void givesTheLegalDeadlineOfAnIsoPeriod() {
		assertThat(this.termijn.wettelijk("2026-11-14", "P6W")).isEqualTo("2026-12-28");
		assertThat(this.termijn.wettelijk("2026-12-24", "P3D")).isEqualTo("2026-12-29");
	}

	@Test
	void countsCalendarDaysWithoutExtension() {
		assertThat(this.termijn.kalenderdagen("2026-12-05", 20)).isEqualTo("2026-12-25");
	}

	@Test
	void countsWorkingDays() {
		assertThat(this.termijn.werkdagen("2026-04-02", 3)).isEqualTo("2026-04-08");
	}

	@Test
	void lengthensASuspendedTermAndAppliesTheAtwOnce() {
		assertThat(this.termijn.opgeschorteDagen("2025-12-08", "2025-12-12", "2025-12-22")).isEqualTo(3);
		assertThat(this.termijn.wettelijkOpgeschort("2025-12-06", "P2W", 3)).isEqualTo("2025-12-23");
	}

	@Test
	void givesTodayInAmsterdamByTheEngineClock() {
		engineClockAt("2026-12-31T23:30:00Z");
		assertThat(this.termijn.vandaag()).isEqualTo("2027-01-01");

		engineClockAt("2026-06-30T21:59:00Z");
		assertThat(this.termijn.vandaag()).isEqualTo("2026-06-30");
		engineClockAt("2026-06-30T22:00:00Z");
		assertThat(this.termijn.vandaag()).isEqualTo("2026-07-01");
	}

	@Test
	void seesADeadlineAsPassedOnlyFromTheDayAfter() {
		engineClockAt("2026-12-28T23:59:00+01:00");
		assertThat(this.termijn.isVerstreken("2026-12-28")).isFalse();

		engineClockAt("2026-12-29T00:00:00+01:00");
		assertThat(this.termijn.isVerstreken("2026-12-28")).isTrue();
	}

	@Test
	void givesTheEndOfTheDeadlineDayInAmsterdamAsDueDate() {
		assertThat(this.termijn.dueDate("2026-12-28").toInstant()).isEqualTo(Instant.parse("2026-12-28T22:59:59Z"));
		assertThat(this.termijn.dueDate("2026-06-19").toInstant()).isEqualTo(Instant.parse("2026-06-19T21:59:59Z"));
	}

	@Test
	void givesTheStartOfTheDayAfterTheDeadlineInAmsterdamAsTheMomentItHasPassed() {
		assertThat(this.termijn.naDeadline("2026-12-28").toInstant()).isEqualTo(Instant.parse("2026-12-28T23:00:00Z"));
		assertThat(this.termijn.naDeadline("2026-06-19").toInstant()).isEqualTo(Instant.parse("2026-06-19T22:00:00Z"));
		// Summer time starts on Sunday 28 March 2027 at 02:00: that day begins in winter
		// time,
		// the next one in summer time.
		assertThat(this.termijn.naDeadline("2027-03-27").toInstant()).isEqualTo(Instant.parse("2027-03-27T23:00:00Z"));
		assertThat(this.termijn.naDeadline("2027-03-28").toInstant()).isEqualTo(Instant.parse("2027-03-28T22:00:00Z"));
		assertThat(this.termijn.naDeadline("2026-12-31").toInstant()).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
	}

	@Test
	void passesTheDeadlineExactlyWhenTheTimerMomentIsReached() {
		Date moment = this.termijn.naDeadline("2026-12-28");

		ClockUtil.setCurrentTime(new Date(moment.getTime() - 1));
		assertThat(this.termijn.isVerstreken("2026-12-28")).isFalse();
		ClockUtil.setCurrentTime(moment);
		assertThat(this.termijn.isVerstreken("2026-12-28")).isTrue();
	}

	@ParameterizedTest(name = "datum ''{0}'' is refused")
	@NullSource
	@ValueSource(strings = { "", "14-11-2026", "2026-11-31", "2026-11-14T10:00", "morgen" })
	void refusesADateThatIsNotIso(String datum) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.termijn.wettelijk(datum, "P6W"))
			.withMessageContaining("datum");
	}

	@ParameterizedTest(name = "periode ''{0}'' is refused")
	@NullSource
	@ValueSource(strings = { "", "6W", "PT6H", "P6X", "zes weken" })
	void refusesAPeriodThatIsNotIso(String periode) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.termijn.wettelijk("2026-11-14", periode))
			.withMessageContaining("periode");
	}

	@Test
	void refusesANegativeLegalTerm() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.termijn.wettelijk("2026-11-14", "P-6W"))
			.withMessageContaining("positive");
	}

	@Test
	void namesTheArgumentThatIsWrong() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.termijn.opgeschorteDagen("2026-11-23", "7 december", "2026-12-28"))
			.withMessageContaining("hervatDatum")
			.withMessageContaining("7 december");
		assertThatIllegalArgumentException().isThrownBy(() -> this.termijn.dueDate(null))
			.withMessageContaining("deadline");
		assertThatIllegalArgumentException().isThrownBy(() -> this.termijn.naDeadline("28-12-2026"))
			.withMessageContaining("deadline");
		assertThatIllegalArgumentException().isThrownBy(() -> this.termijn.werkdagen("2026-04-02", 3_000_000_000L))
			.withMessageContaining("dagen");
	}

	@Test
	@DisplayName("periodeNa counts a policy period in calendar days, without the Atw extension")
	void periodeNa() {
		// 20 November 2026 + 8 weeks = Friday 15 January 2027; + 1 week = Sunday 27
		// December, kept
		assertThat(this.termijn.periodeNa("2026-11-20", "P8W")).isEqualTo("2027-01-15");
		assertThat(this.termijn.periodeNa("2026-12-20", "P1W")).isEqualTo("2026-12-27");
	}

	@Test
	@DisplayName("begin is the start of the day in the Netherlands, in winter and in summer time")
	void begin() {
		assertThat(this.termijn.begin("2027-01-15").toInstant()).isEqualTo(Instant.parse("2027-01-14T23:00:00Z"));
		assertThat(this.termijn.begin("2026-06-19").toInstant()).isEqualTo(Instant.parse("2026-06-18T22:00:00Z"));
	}

}
