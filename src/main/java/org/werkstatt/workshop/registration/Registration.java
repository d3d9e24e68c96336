package org.werkstatt.workshop.registration;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One person's registration for an event. Personal data: only the event's organisers see it. */
record Registration(UUID id, UUID eventId, String name, String email, @Nullable String note, String language,
		RegistrationStatus status, Instant createdAt, @Nullable Instant confirmedAt, @Nullable Instant cancelledAt) {

	Locale locale() {
		return Locale.of(language);
	}
}
