package org.werkstatt.catalog.offer;

import java.time.LocalDate;

/**
 * The status of a run as visitors see it. Only CANCELLED is stored; the others follow from the dates, the
 * places and whether enrolment is open ({@link #of}).
 */
public enum RunStatus {
	PLANNED, OPEN, FULL, RUNNING, CANCELLED, ENDED;

	public String messageKey() {
		return "catalog.run.status." + name();
	}

	/**
	 * The run's status on this day: CANCELLED when cancelled; ENDED after its end date; RUNNING from its start
	 * date (a rolling entry without a start runs continuously); before the start FULL when no place is left,
	 * OPEN when enrolment is open, the registration deadline has not passed and places are left (or not
	 * stated), PLANNED otherwise.
	 */
	public static RunStatus of(Run run, LocalDate today) {
		if (run.cancelled()) {
			return CANCELLED;
		}
		if (run.endDate() != null && today.isAfter(run.endDate())) {
			return ENDED;
		}
		if (run.startDate() == null || !today.isBefore(run.startDate())) {
			return RUNNING;
		}
		Integer places = run.placesAvailable();
		if (places != null && places == 0) {
			return FULL;
		}
		boolean deadlinePassed = run.registrationDeadline() != null && today.isAfter(run.registrationDeadline());
		return run.enrolmentOpen() && !deadlinePassed ? OPEN : PLANNED;
	}
}
