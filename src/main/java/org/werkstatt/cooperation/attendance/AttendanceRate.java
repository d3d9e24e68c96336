package org.werkstatt.cooperation.attendance;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * The attendance rate of a period: days coded PRESENT, VOCATIONAL_SCHOOL, INTERNSHIP or EXAM divided by all
 * recorded days except HOLIDAY, over submitted months only ({@link AttendanceStore#rate} reads the counts in one
 * query).
 *
 * @param attended days that count as attended
 * @param counted recorded days except holidays
 */
public record AttendanceRate(long attended, long counted) {

	/** The rate from days counted per code. */
	public static AttendanceRate of(Map<AttendanceCode, Long> days) {
		long attended = 0;
		long counted = 0;
		for (Map.Entry<AttendanceCode, Long> e : days.entrySet()) {
			if (e.getKey().attended()) {
				attended += e.getValue();
			}
			if (e.getKey().counted()) {
				counted += e.getValue();
			}
		}
		return new AttendanceRate(attended, counted);
	}

	/** The rate between 0 and 1, empty when no day counts. */
	public OptionalDouble rate() {
		return counted == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) attended / counted);
	}

	/** The rate in whole percent, rounded half up; -1 when no day counts. */
	public int percent() {
		return counted == 0 ? -1 : (int) Math.round(100.0 * attended / counted);
	}
}
