package org.werkstatt.cooperation.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.werkstatt.cooperation.agreement.ReportingRhythm;

/**
 * A reporting period: calendar months, quarters, half years or years (the agreement's rhythm), from the one in which
 * the agreement starts. A period is reported once it is over; the report is due {@link #DUE_DAYS} days after its end
 * (the agreement's {@code next_report_due} is the due date of the next period to report).
 */
record ReportPeriod(LocalDate from, LocalDate to) {

	static final int DUE_DAYS = 15;

	public LocalDate due() {
		return to.plusDays(DUE_DAYS);
	}

	public boolean over(LocalDate today) {
		return today.isAfter(to);
	}

	/** The months of the period, first days. */
	List<LocalDate> months() {
		List<LocalDate> months = new ArrayList<>();
		for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

	static int length(ReportingRhythm rhythm) {
		return switch (rhythm) {
			case MONTHLY -> 1;
			case QUARTERLY -> 3;
			case HALF_YEARLY -> 6;
			case YEARLY -> 12;
		};
	}

	/** The period of this rhythm that contains the day. */
	static ReportPeriod containing(LocalDate day, ReportingRhythm rhythm) {
		int months = length(rhythm);
		int first = (day.getMonthValue() - 1) / months * months + 1;
		LocalDate from = LocalDate.of(day.getYear(), first, 1);
		return new ReportPeriod(from, YearMonth.from(from.plusMonths(months - 1)).atEndOfMonth());
	}

	/** The period that starts on this day, if it is the first day of one. */
	static Optional<ReportPeriod> startingOn(LocalDate day, ReportingRhythm rhythm) {
		ReportPeriod period = containing(day, rhythm);
		return period.from().equals(day) ? Optional.of(period) : Optional.empty();
	}

	ReportPeriod next(ReportingRhythm rhythm) {
		return containing(to.plusDays(1), rhythm);
	}

	/** The periods from the agreement's start to the one containing today (or the agreement's end), newest first. */
	static List<ReportPeriod> between(LocalDate validFrom, LocalDate validUntil, LocalDate today, ReportingRhythm rhythm) {
		LocalDate last = today.isBefore(validUntil) ? today : validUntil;
		List<ReportPeriod> periods = new ArrayList<>();
		for (ReportPeriod p = containing(validFrom, rhythm); !p.from().isAfter(last); p = p.next(rhythm)) {
			periods.addFirst(p);
		}
		return periods;
	}
}
