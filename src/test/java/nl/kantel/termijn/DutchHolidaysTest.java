package nl.kantel.termijn;

import java.time.DayOfWeek;
import java.time.LocalDate;

import nl.kantel.termijn.DutchHolidays.Holiday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DutchHolidaysTest {

	private final DutchHolidays holidays = new DutchHolidays();

	@ParameterizedTest(name = "Easter {0} falls on {1}")
	@CsvSource({ "2014, 2014-04-20", "2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05",
			"2027, 2027-03-28", "2028, 2028-04-16", "2029, 2029-04-01", "2030, 2030-04-21" })
	void computesEasterSundayPerYear(int year, LocalDate easter) {
		assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
		assertThat(DutchHolidays.easterSunday(year)).isEqualTo(easter);
	}

	@Test
	void knowsTheEightHolidaysOf2026() {
		assertThat(this.holidays.in(2026)).containsExactlyInAnyOrder(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6),
				LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 14),
				LocalDate.of(2026, 5, 25), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
	}

	@Test
	void derivesTheMovableHolidaysOf2028FromEaster() {
		assertThat(Holiday.TWEEDE_PAASDAG.in(2028)).isEqualTo(LocalDate.of(2028, 4, 17));
		assertThat(Holiday.HEMELVAARTSDAG.in(2028)).isEqualTo(LocalDate.of(2028, 5, 25));
		assertThat(Holiday.TWEEDE_PINKSTERDAG.in(2028)).isEqualTo(LocalDate.of(2028, 6, 5));
	}

	@ParameterizedTest(name = "Koningsdag {0} is on {1}")
	@CsvSource({ "2014, 2014-04-26", "2024, 2024-04-27", "2025, 2025-04-26", "2026, 2026-04-27", "2030, 2030-04-27" })
	void celebratesKoningsdagOnTheSaturdayBeforeWhenTheTwentySeventhIsASunday(int year, LocalDate koningsdag) {
		assertThat(Holiday.KONINGSDAG.in(year)).isEqualTo(koningsdag);
	}

	@Test
	void doesNotCountTheSundayTwentySeventhOfApril2025AsAHoliday() {
		assertThat(this.holidays.isHoliday(LocalDate.of(2025, 4, 26))).isTrue();
		assertThat(this.holidays.isHoliday(LocalDate.of(2025, 4, 27))).isFalse();
	}

	@ParameterizedTest(name = "5 May {0} is Bevrijdingsdag")
	@ValueSource(ints = { 2024, 2025, 2026, 2027, 2028, 2029, 2030 })
	void countsBevrijdingsdagEveryYear(int year) {
		assertThat(this.holidays.isHoliday(LocalDate.of(year, 5, 5))).isTrue();
	}

	@ParameterizedTest(name = "Goede Vrijdag {0} is no holiday")
	@ValueSource(strings = { "2024-03-29", "2025-04-18", "2026-04-03", "2027-03-26" })
	void doesNotCountGoedeVrijdag(LocalDate goedeVrijdag) {
		assertThat(this.holidays.isHoliday(goedeVrijdag)).isFalse();
	}

	@Test
	void countsACoincidingHemelvaartsdagAndBevrijdingsdagOnce() {
		assertThat(Holiday.HEMELVAARTSDAG.in(2016)).isEqualTo(LocalDate.of(2016, 5, 5));
		assertThat(this.holidays.in(2016)).hasSize(7);
	}

	@Test
	void refusesYearsBeforeKoningsdagExisted() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.holidays.in(2013)).withMessageContaining("2013");
	}

}
