package org.werkstatt.planning.decision;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A decision as the public sees it: only what the planner published. */
public record PublishedDecision(UUID ideaId, @Nullable UUID eventId, DecisionOutcome outcome, @Nullable String reason,
		@Nullable UUID measureId, Instant publishedAt) {
}
