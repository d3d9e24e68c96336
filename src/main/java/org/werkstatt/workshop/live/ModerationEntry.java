package org.werkstatt.workshop.live;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One line of the moderation log: who did what to which idea, and why. */
public record ModerationEntry(UUID id, @Nullable UUID ideaId, String action, @Nullable String reason, @Nullable String detail,
		String actorName, Instant at) {
}
