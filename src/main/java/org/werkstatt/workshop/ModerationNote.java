package org.werkstatt.workshop;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the moderation did with an idea, as other modules show it: the action (a key below
 * {@code moderation.action.}), the reason given (for a hidden idea), a detail (a merge's texts) and who.
 */
public record ModerationNote(UUID ideaId, String action, @Nullable String reason, @Nullable String detail,
		String actorName, Instant at) {

	public String messageKey() {
		return "moderation.action." + action;
	}
}
