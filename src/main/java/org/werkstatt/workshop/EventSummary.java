package org.werkstatt.workshop;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What lists of events show, also on other modules' pages (the start page).
 *
 * @param listed public; an invitation-only event is never listed or linked from public pages
 */
public record EventSummary(UUID id, UUID organisationId, String organisationName, EventFormat format, String title,
		Instant startsAt, Instant endsAt, @Nullable String city, boolean online, boolean listed) {

	public String url() {
		return "/events/" + id;
	}
}
