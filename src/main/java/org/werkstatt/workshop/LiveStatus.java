package org.werkstatt.workshop;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an event's page says about its live part: the join code while the session is running, and
 * whether its results are public.
 */
public record LiveStatus(@Nullable String joinCode, boolean resultsPublished) {

	public static final LiveStatus NONE = new LiveStatus(null, false);

	/** The status of events, as the live part keeps it. */
	public interface Lookup {

		LiveStatus of(UUID eventId);
	}
}
