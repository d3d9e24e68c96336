package org.werkstatt.workshop;

import java.time.Instant;
import java.util.UUID;

/**
 * An idea was posted on a theme wall of an event (published at once, or waiting for moderation). The
 * planning module takes it into its evaluation inbox; {@link Ideas} gives its current state.
 */
public record IdeaPosted(UUID ideaId, UUID eventId, UUID organisationId, UUID wallId, String wallTitle, String text,
		Instant postedAt) {
}
