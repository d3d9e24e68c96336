package org.werkstatt.workshop.event;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.werkstatt.workshop.EventFormat;

/** An event as its page shows it. */
public record Event(UUID id, UUID organisationId, @Nullable UUID seriesId, EventFormat format, String title,
		@Nullable String description, @Nullable String venueName, @Nullable String street, @Nullable String postalCode,
		@Nullable String city, @Nullable String onlineUrl, Instant startsAt, Instant endsAt, Visibility visibility) {

	public boolean hasPlace() {
		return venueName != null || street != null || city != null;
	}

	public boolean isPast(Instant now) {
		return endsAt.isBefore(now);
	}

	/** One line for calendars: venue, street, town. */
	public String location() {
		return java.util.stream.Stream.of(venueName, street, postalCode == null ? city : postalCode + " " + city)
			.filter(part -> part != null && !part.isBlank())
			.reduce((a, b) -> a + ", " + b)
			.orElse(onlineUrl == null ? "" : onlineUrl);
	}
}
