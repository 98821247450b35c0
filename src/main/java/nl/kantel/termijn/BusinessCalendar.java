package nl.kantel.termijn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * The Dutch business calendar of the Algemene termijnenwet (Atw) and the arithmetic of
 * legal terms. A working day is a day that is not a Saturday, a Sunday or a holiday of
 * Atw art. 3.
 *
 * <p>
 * Terms are counted from the day after the event (a melding, a bekendmaking): a term of
 * six weeks after a melding on Saturday 14 November 2026 has 26 December 2026 as its last
 * day. A term in months ends on the day with the event's day number, or on the last day
 * of a month that has no such day, as {@link LocalDate#plus} counts.
 */
@Component
public class BusinessCalendar {

	private final DutchHolidays holidays = new DutchHolidays();

	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !this.holidays.isHoliday(date);
	}

	/**
	 * The working day that is {@code days} working days after {@code date}: Friday plus
	 * one working day is the next Monday, unless that is a holiday. A negative number
	 * counts back; zero returns {@code date} itself, working day or not.
	 */
	public LocalDate plusWorkingDays(LocalDate date, int days) {
		Objects.requireNonNull(date, "date");
		int step = (days < 0) ? -1 : 1;
		LocalDate result = date;
		for (long left = Math.abs((long) days); left > 0;) {
			result = result.plusDays(step);
			if (isWorkingDay(result)) {
				left--;
			}
		}
		return result;
	}

	/**
	 * The last day of a term set by law, counted from the day after {@code event} and
	 * extended after the Atw: to the next working day when it ends on a Saturday, Sunday
	 * or holiday (art. 1), and, for a term of at least three days, until it holds at
	 * least two working days (art. 2).
	 * @throws IllegalArgumentException when the term is zero or negative; the Atw does
	 * not apply to terms counted back (art. 4)
	 */
	public LocalDate legalDeadline(LocalDate event, Period term) {
		return legalDeadline(event, term, 0);
	}

	/**
	 * The last day of a term set by law that was suspended for {@code suspendedDays} (Awb
	 * 4:15) or postponed: the suspension lengthens the term itself, and the Atw applies
	 * once, to where the lengthened term ends. Aanvraag Saturday 6 December 2025, two
	 * weeks and 3 days suspended: Tuesday 23 December 2025 (not the Atw end Monday 22
	 * December plus 3 days, Thursday 25 December, extended again to Monday 29 December).
	 */
	public LocalDate legalDeadline(LocalDate event, Period term, long suspendedDays) {
		Objects.requireNonNull(event, "event");
		Objects.requireNonNull(term, "term");
		if (term.isZero() || term.isNegative() || suspendedDays < 0) {
			throw new IllegalArgumentException("A legal term must be positive and its suspension not negative, was "
					+ term + " + " + suspendedDays);
		}
		LocalDate lastDay = event.plus(term).plusDays(suspendedDays);
		LocalDate deadline = firstWorkingDayFrom(lastDay);
		if (ChronoUnit.DAYS.between(event, lastDay) >= 3) {
			int workingDays = countWorkingDays(event.plusDays(1), deadline);
			while (workingDays < 2) {
				deadline = deadline.plusDays(1);
				if (isWorkingDay(deadline)) {
					workingDays++;
				}
			}
		}
		return deadline;
	}

	/**
	 * The last day of a term in calendar days, counted from the day after {@code event},
	 * without any Atw extension: a standstill of 20 calendar days after an award decision
	 * sent on 5 December 2026 ends on 25 December 2026. A negative term counts back.
	 */
	public LocalDate calendarDeadline(LocalDate event, Period term) {
		Objects.requireNonNull(event, "event");
		Objects.requireNonNull(term, "term");
		return event.plus(term);
	}

	/**
	 * The number of days a decision term is suspended after Awb 4:15 lid 1: from the day
	 * after the request for information ({@code requestDate}) up to, not including, the
	 * day the information arrives or the hersteltermijn has passed unused
	 * ({@code resumeDate}), the day the term runs again. A request on Monday answered on
	 * Thursday suspends Tuesday and Wednesday: two days. Zero when {@code resumeDate} is
	 * not after the day after the request.
	 */
	public long suspendedDays(LocalDate requestDate, LocalDate resumeDate) {
		Objects.requireNonNull(requestDate, "requestDate");
		Objects.requireNonNull(resumeDate, "resumeDate");
		return Math.max(0, ChronoUnit.DAYS.between(requestDate.plusDays(1), resumeDate));
	}

	/**
	 * The days one request for information suspends a term whose deadline is now
	 * {@code deadline}: {@link #suspendedDays(LocalDate, LocalDate)}, or none when the
	 * request went out on or after the deadline, as the term had run out by the day the
	 * suspension would start.
	 */
	public long suspendedDays(LocalDate requestDate, LocalDate resumeDate, LocalDate deadline) {
		Objects.requireNonNull(deadline, "deadline");
		return requestDate.isBefore(deadline) ? suspendedDays(requestDate, resumeDate) : 0;
	}

	private LocalDate firstWorkingDayFrom(LocalDate date) {
		LocalDate result = date;
		while (!isWorkingDay(result)) {
			result = result.plusDays(1);
		}
		return result;
	}

	private int countWorkingDays(LocalDate first, LocalDate last) {
		int count = 0;
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

}
