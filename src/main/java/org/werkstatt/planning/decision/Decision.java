package org.werkstatt.planning.decision;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A decision as the planner sees it: the draft, and what of it is public.
 *
 * @param publishedAt when the draft was last published; null while nothing is public
 */
public record Decision(UUID ideaId, @Nullable UUID eventId, DecisionOutcome outcome, @Nullable String reason,
		@Nullable UUID measureId, Instant decidedAt, @Nullable DecisionOutcome publicOutcome,
		@Nullable String publicReason, @Nullable UUID publicMeasureId, @Nullable Instant publishedAt) {

	public boolean isPublished() {
		return publishedAt != null;
	}

	/** A draft not published yet, or changed since it was published. */
	public boolean isDraft() {
		return publishedAt == null || decidedAt.isAfter(publishedAt);
	}
}
