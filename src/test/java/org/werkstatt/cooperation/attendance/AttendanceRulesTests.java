package org.werkstatt.cooperation.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The month's rules and the attendance rate, without the database. */
class AttendanceRulesTests {

	static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

	@Test
	void aMonthIsDueOnTheTenthOfTheNextAndOverdueAfterItUnlessSubmitted() {
		AttendanceMonth open = new AttendanceMonth(NOVEMBER, LocalDate.of(2026, 9, 1), null, false);
		assertThat(open.due()).isEqualTo(LocalDate.of(2026, 12, 10));
		assertThat(AttendanceMonth.due(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2027, 1, 10));
		assertThat(open.overdue(LocalDate.of(2026, 12, 10))).isFalse();
		assertThat(open.overdue(LocalDate.of(2026, 12, 11))).isTrue();
		assertThat(new AttendanceMonth(NOVEMBER, LocalDate.of(2026, 9, 1), null, true).overdue(LocalDate.of(2027, 3, 1))).isFalse();
		assertThat(open.over(LocalDate.of(2026, 11, 30))).isFalse();
		assertThat(open.over(LocalDate.of(2026, 12, 1))).isTrue();
	}

	@Test
	void aDayInTheFutureOrOutsideTheParticipationIsRefused() {
		AttendanceMonth month = new AttendanceMonth(NOVEMBER, LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 20), false);
		LocalDate today = LocalDate.of(2026, 11, 18);
		assertThat(month.problem(LocalDate.of(2026, 11, 19), today)).contains("attendance.day.future");
		assertThat(month.problem(LocalDate.of(2026, 11, 3), today)).contains("attendance.day.outside");
		assertThat(month.problem(LocalDate.of(2026, 11, 4), today)).isEmpty();
		assertThat(month.problem(LocalDate.of(2026, 11, 18), today)).isEmpty();
		assertThat(month.problem(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 12, 1))).contains("attendance.day.outside");
		AttendanceMonth notBegun = new AttendanceMonth(NOVEMBER, null, null, false);
		assertThat(notBegun.problem(LocalDate.of(2026, 11, 2), today)).contains("attendance.day.outside");
		assertThat(notBegun.open(today)).isFalse();
		assertThat(month.open(today)).isTrue();
		assertThat(new AttendanceMonth(NOVEMBER, LocalDate.of(2026, 11, 4), null, true).open(today)).as("submitted").isFalse();
		assertThat(new AttendanceMonth(YearMonth.of(2026, 12), LocalDate.of(2026, 11, 4), null, false).open(today))
			.as("a month that has not begun").isFalse();
	}

	@Test
	void weekendsAndMonthsFromTheForm() {
		assertThat(AttendanceMonth.weekend(LocalDate.of(2026, 11, 7))).isTrue();
		assertThat(AttendanceMonth.weekend(LocalDate.of(2026, 11, 8))).isTrue();
		assertThat(AttendanceMonth.weekend(LocalDate.of(2026, 11, 9))).isFalse();
		assertThat(AttendanceMonth.parse("2026-11")).contains(NOVEMBER);
		assertThat(AttendanceMonth.parse("2026-13")).isEmpty();
		assertThat(AttendanceMonth.parse("<script>")).isEmpty();
		assertThat(AttendanceMonth.parse("+999999999-12")).isEmpty();
		assertThat(AttendanceMonth.parse(null)).isEmpty();
		assertThat(AttendanceCode.parse("SICK")).contains(AttendanceCode.SICK);
		assertThat(AttendanceCode.parse("sick")).isEmpty();
	}

	@Test
	void theRateCountsAttendedDaysOverRecordedDaysWithoutHolidays() {
		Map<AttendanceCode, Long> days = new EnumMap<>(AttendanceCode.class);
		days.put(AttendanceCode.PRESENT, 12L);
		days.put(AttendanceCode.VOCATIONAL_SCHOOL, 4L);
		days.put(AttendanceCode.INTERNSHIP, 2L);
		days.put(AttendanceCode.EXAM, 1L);
		days.put(AttendanceCode.HOLIDAY, 5L);
		days.put(AttendanceCode.SICK, 3L);
		days.put(AttendanceCode.UNEXCUSED, 1L);
		AttendanceRate rate = AttendanceRate.of(days);
		assertThat(rate.attended()).isEqualTo(19);
		assertThat(rate.counted()).isEqualTo(23);
		assertThat(rate.percent()).isEqualTo(83);
		assertThat(AttendanceRate.of(Map.of(AttendanceCode.HOLIDAY, 10L)).rate()).isEmpty();
		assertThat(AttendanceRate.of(Map.of()).percent()).isEqualTo(-1);
	}
}
