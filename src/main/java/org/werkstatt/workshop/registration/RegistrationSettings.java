package org.werkstatt.workshop.registration;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The organiser's settings: whether registration is open, for how many places, and until when. */
record RegistrationSettings(boolean open, @Nullable Integer capacity, @Nullable Instant closesAt) {

	/** Open, not past its closing time, and the event not yet begun. */
	boolean accepts(Instant now, Instant eventStartsAt) {
		return open && (closesAt == null || now.isBefore(closesAt)) && now.isBefore(eventStartsAt);
	}
}
