package nl.kantel.termijn;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Component;

/**
 * Legal terms for process models, as {@code ${termijn.wettelijk(meldingDatum, 'P6W')}}.
 * Dates go in and come out as ISO strings ({@code yyyy-MM-dd}), the form of date
 * variables in Kantel's processes; the arithmetic lives in {@link BusinessCalendar}.
 * Invalid input throws an {@link IllegalArgumentException} that names the argument.
 */
@Component("termijn")
public class TermijnExpressions {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private final BusinessCalendar calendar;

	public TermijnExpressions(BusinessCalendar calendar) {
		this.calendar = calendar;
	}

	/**
	 * The deadline of a term set by law (ISO-8601 period such as {@code P6W},
	 * {@code P7D}, {@code P1M}) counted from the day after {@code datum}, extended after
	 * the Algemene termijnenwet.
	 */
	public String wettelijk(String datum, String periode) {
		return this.calendar.legalDeadline(date("datum", datum), period("periode", periode)).toString();
	}

	/**
	 * The day {@code dagen} calendar days after {@code datum}, without extension; a
	 * negative number counts back.
	 */
	public String kalenderdagen(String datum, long dagen) {
		return this.calendar.calendarDeadline(date("datum", datum), Period.ofDays(toInt("dagen", dagen))).toString();
	}

	/**
	 * The working day {@code dagen} working days after {@code datum}; a negative number
	 * counts back.
	 */
	public String werkdagen(String datum, long dagen) {
		return this.calendar.plusWorkingDays(date("datum", datum), toInt("dagen", dagen)).toString();
	}

	/**
	 * The deadline of a term set by law that was suspended or postponed by
	 * {@code opgeschorteDagen}: the Atw applied once, to the end of the lengthened term.
	 * See {@link BusinessCalendar#legalDeadline(LocalDate, Period, long)}.
	 */
	public String wettelijkOpgeschort(String datum, String periode, long opgeschorteDagen) {
		return this.calendar.legalDeadline(date("datum", datum), period("periode", periode), opgeschorteDagen)
			.toString();
	}

	/**
	 * The days one request for information suspends a term (Awb 4:15): it went out on
	 * {@code verzoekDatum}, the term runs again from {@code hervatDatum}, and the
	 * deadline was {@code deadline}. See
	 * {@link BusinessCalendar#suspendedDays(LocalDate, LocalDate, LocalDate)}.
	 */
	public long opgeschorteDagen(String verzoekDatum, String hervatDatum, String deadline) {
		return this.calendar.suspendedDays(date("verzoekDatum", verzoekDatum), date("hervatDatum", hervatDatum),
				date("deadline", deadline));
	}

	/**
	 * The day a period (ISO-8601, such as {@code P8W}) after {@code datum}, in calendar
	 * days, without extension: for terms that policy sets, not the law.
	 */
	public String periodeNa(String datum, String periode) {
		return this.calendar.calendarDeadline(date("datum", datum), period("periode", periode)).toString();
	}

	/**
	 * The start of that day (00:00 in the Netherlands), for a timer that fires on a date.
	 */
	public Date begin(String datum) {
		return startOf(date("datum", datum));
	}

	/**
	 * Today in the Netherlands by the engine's clock.
	 */
	public String vandaag() {
		return today().toString();
	}

	/**
	 * Whether {@code deadline} has passed: true from the day after it.
	 */
	public boolean isVerstreken(String deadline) {
		return today().isAfter(date("deadline", deadline));
	}

	/**
	 * The end of the deadline's day (23:59:59 in the Netherlands), for a task's due date
	 * or a timer's date.
	 */
	public Date dueDate(String deadline) {
		return Date.from(date("deadline", deadline).atTime(END_OF_DAY).atZone(AMSTERDAM).toInstant());
	}

	/**
	 * The moment a deadline has passed: the start of the day after it (00:00 in the
	 * Netherlands), for a timer that fires when {@link #isVerstreken} becomes true.
	 */
	public Date naDeadline(String deadline) {
		return startOf(date("deadline", deadline).plusDays(1));
	}

	/**
	 * The start of the working day {@code werkdagen} working days before the deadline:
	 * when a warning that the term is about to pass fires.
	 */
	public Date waarschuwing(String deadline, long werkdagen) {
		return startOf(this.calendar.plusWorkingDays(date("deadline", deadline), -toInt("werkdagen", werkdagen)));
	}

	private static Date startOf(LocalDate day) {
		return Date.from(day.atStartOfDay(AMSTERDAM).toInstant());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), AMSTERDAM);
	}

	private static LocalDate date(String name, String value) {
		if (value == null) {
			throw new IllegalArgumentException(name + " is missing; expected an ISO date (yyyy-MM-dd)");
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(name + " is not an ISO date (yyyy-MM-dd): '" + value + "'", ex);
		}
	}

	private static Period period(String name, String value) {
		if (value == null) {
			throw new IllegalArgumentException(name + " is missing; expected an ISO-8601 period such as P6W");
		}
		try {
			return Period.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					name + " is not an ISO-8601 period such as P6W, P7D or P1M: '" + value + "'", ex);
		}
	}

	private static int toInt(String name, long value) {
		if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
			throw new IllegalArgumentException(name + " is out of range: " + value);
		}
		return (int) value;
	}

}
