package org.werkstatt.catalog.search;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.werkstatt.catalog.offer.RunStatus;

/**
 * The status of a run from its dates, as visitors see it: cancelled when cancelled; ended after its end; running
 * once started (a rolling run that is open stays open); full when no place is left (confirmed); open when
 * enrolment is open; planned otherwise. Stands in for the catalog core's {@code RunStatus.of} until that is merged.
 */
final class RunStates {

	private RunStates() {
	}

	static RunStatus of(boolean cancelled, @Nullable LocalDate start, @Nullable LocalDate end, boolean rolling,
			boolean enrolmentOpen, @Nullable Integer confirmedPlaces, LocalDate today) {
		if (cancelled) {
			return RunStatus.CANCELLED;
		}
		if (end != null && end.isBefore(today)) {
			return RunStatus.ENDED;
		}
		if (confirmedPlaces != null && confirmedPlaces == 0) {
			return RunStatus.FULL;
		}
		if (rolling && enrolmentOpen) {
			return RunStatus.OPEN;
		}
		if (start != null && !start.isAfter(today)) {
			return RunStatus.RUNNING;
		}
		return enrolmentOpen ? RunStatus.OPEN : RunStatus.PLANNED;
	}
}
