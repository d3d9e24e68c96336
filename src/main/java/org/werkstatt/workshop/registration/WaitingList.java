package org.werkstatt.workshop.registration;

import org.jspecify.annotations.Nullable;

/**
 * The waiting-list rule: an event without capacity takes everyone; otherwise a newcomer gets a place
 * while confirmed places are fewer than the capacity and goes on the waiting list after that. When a
 * place comes free (a cancellation, a larger capacity) the first on the waiting list move up, as many
 * as there are free places; nobody is ever moved down.
 */
final class WaitingList {

	private WaitingList() {
	}

	static RegistrationStatus placeFor(@Nullable Integer capacity, int confirmed) {
		return capacity == null || confirmed < capacity ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
	}

	/** How many of the waiting move up now. */
	static int movingUp(@Nullable Integer capacity, int confirmed, int waiting) {
		int free = capacity == null ? waiting : Math.max(0, capacity - confirmed);
		return Math.min(free, waiting);
	}

	/** Free places, or null when the event has no limit. */
	static @Nullable Integer free(@Nullable Integer capacity, int confirmed) {
		return capacity == null ? null : Math.max(0, capacity - confirmed);
	}
}
