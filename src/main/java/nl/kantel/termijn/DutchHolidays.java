package nl.kantel.termijn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The recognised public holidays of the Algemene termijnenwet, art. 3 lid 1. Goede
 * Vrijdag is not one of them, and Bevrijdingsdag counts every year, not only every fifth.
 */
final class DutchHolidays {

	/**
	 * Koningsdag has fallen on 27 April since 2014; before that the Queen's birthday was
	 * celebrated on 30 April, a rule this class does not know.
	 */
	static final int FIRST_YEAR = 2014;

	private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

	boolean isHoliday(LocalDate date) {
		return in(date.getYear()).contains(date);
	}

	Set<LocalDate> in(int year) {
		if (year < FIRST_YEAR) {
			throw new IllegalArgumentException(
					"Holidays are only known from " + FIRST_YEAR + " (Koningsdag on 27 April), not for " + year);
		}
		return this.byYear.computeIfAbsent(year,
				(y) -> EnumSet.allOf(Holiday.class)
					.stream()
					.map((holiday) -> holiday.in(y))
					.collect(Collectors.toUnmodifiableSet()));
	}

	/**
	 * Easter Sunday in the Gregorian calendar, by the anonymous algorithm (Meeus, Jones,
	 * Butcher).
	 */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

	enum Holiday {

		NIEUWJAARSDAG((year) -> LocalDate.of(year, Month.JANUARY, 1)),

		TWEEDE_PAASDAG((year) -> easterSunday(year).plusDays(1)),

		KONINGSDAG((year) -> {
			LocalDate birthday = LocalDate.of(year, Month.APRIL, 27);
			return (birthday.getDayOfWeek() == DayOfWeek.SUNDAY) ? birthday.minusDays(1) : birthday;
		}),

		BEVRIJDINGSDAG((year) -> LocalDate.of(year, Month.MAY, 5)),

		HEMELVAARTSDAG((year) -> easterSunday(year).plusDays(39)),

		TWEEDE_PINKSTERDAG((year) -> easterSunday(year).plusDays(50)),

		EERSTE_KERSTDAG((year) -> LocalDate.of(year, Month.DECEMBER, 25)),

		TWEEDE_KERSTDAG((year) -> LocalDate.of(year, Month.DECEMBER, 26));

		private final IntFunction<LocalDate> date;

		Holiday(IntFunction<LocalDate> date) {
			this.date = date;
		}

		LocalDate in(int year) {
			return this.date.apply(year);
		}

	}

}
