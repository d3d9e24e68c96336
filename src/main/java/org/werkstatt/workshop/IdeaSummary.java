package org.werkstatt.workshop;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An idea of a workshop as other modules see it: where it was posted, its words, its dots (with the
 * ideas merged into it, each participant once), and what moderation did with it.
 *
 * @param status PUBLISHED, PENDING, HIDDEN or WITHDRAWN
 */
public record IdeaSummary(UUID id, UUID eventId, String eventTitle, UUID organisationId, UUID wallId, String wallTitle,
		String text, int dots, int score, String status, @Nullable UUID mergedInto, Instant postedAt) {

	public boolean isPublished() {
		return "PUBLISHED".equals(status);
	}
}
