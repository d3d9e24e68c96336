package org.werkstatt.cooperation.attendance;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * eM@w's codes for a day of attendance (one per day). A Danish site shows its own words for them (the bundle
 * messages_da; the mapping is documented in docs/cooperation.md, "Attendance").
 */
public enum AttendanceCode {
	PRESENT, HOLIDAY, VOCATIONAL_SCHOOL, INTERNSHIP, EXAM, SICK, CHILD_SICK, EXCUSED, UNEXCUSED, PARENTAL_LEAVE;

	/** The codes that count as attended for the attendance rate. */
	public static final Set<AttendanceCode> ATTENDED = EnumSet.of(PRESENT, VOCATIONAL_SCHOOL, INTERNSHIP, EXAM);

	/** Whether the day counts as attended. */
	public boolean attended() {
		return ATTENDED.contains(this);
	}

	/** Whether the day counts in the rate's denominator (every recorded day but holidays). */
	public boolean counted() {
		return this != HOLIDAY;
	}

	public String messageKey() {
		return "attendance.code." + name();
	}

	/** The code of a form's value, empty for a blank or unknown one. */
	static Optional<AttendanceCode> parse(String value) {
		for (AttendanceCode code : values()) {
			if (code.name().equals(value)) {
				return Optional.of(code);
			}
		}
		return Optional.empty();
	}
}
