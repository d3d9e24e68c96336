package org.werkstatt.cooperation.attendance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The rules of one participant's month, without the database: when it is due (the 10th of the following month, as
 * in eM@w), whether it is overdue, and which days may carry a code (none in the future, none before the
 * participation began or after it ended).
 *
 * @param month the month
 * @param start the first day of the participation, null when it has not begun
 * @param end the day it ended, null while it goes on
 * @param submitted whether the provider submitted the month
 */
record AttendanceMonth(YearMonth month, @Nullable LocalDate start, @Nullable LocalDate end, boolean submitted) {

	/** The day of the following month by which a month is submitted. */
	static final int DUE_DAY = 10;

	static LocalDate due(YearMonth month) {
		return month.plusMonths(1).atDay(DUE_DAY);
	}

	LocalDate due() {
		return due(month);
	}

	/** Not submitted and past its due date. */
	boolean overdue(LocalDate today) {
		return !submitted && today.isAfter(due());
	}

	/** The month is over, so it can be submitted. */
	boolean over(LocalDate today) {
		return today.isAfter(month.atEndOfMonth());
	}

	/** Days may still be recorded: not submitted, and the participation had begun by today. */
	boolean open(LocalDate today) {
		return !submitted && start != null && !start.isAfter(today) && !month.atDay(1).isAfter(today);
	}

	/** Why the day may not carry a code, as a message key; empty when it may. */
	Optional<String> problem(LocalDate day, LocalDate today) {
		if (day.isAfter(today)) {
			return Optional.of("attendance.day.future");
		}
		if (start == null || day.isBefore(start) || (end != null && day.isAfter(end))) {
			return Optional.of("attendance.day.outside");
		}
		return Optional.empty();
	}

	/** Whether a day of the month may carry a code today. */
	boolean recordable(LocalDate day, LocalDate today) {
		return problem(day, today).isEmpty();
	}

	static boolean weekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	/** A month from the form ("2026-11"), empty when it is not one (or not between the years 2000 and 2100). */
	static Optional<YearMonth> parse(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			YearMonth month = YearMonth.parse(value.strip());
			return month.getYear() < 2000 || month.getYear() > 2100 ? Optional.empty() : Optional.of(month);
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
