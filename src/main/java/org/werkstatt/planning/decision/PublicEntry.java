package org.werkstatt.planning.decision;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An idea on a public page with what was published about it: the decision and its reason, and the
 * measure if its plan is public. Without a decision it is not decided yet.
 */
public record PublicEntry(UUID ideaId, String wall, String text, int score, boolean manual, @Nullable String mergedInto,
		@Nullable PublishedDecision decision, @Nullable MeasureRef measure) {

	public boolean isDecided() {
		return decision != null;
	}
}
