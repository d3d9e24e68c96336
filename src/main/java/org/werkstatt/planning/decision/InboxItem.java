package org.werkstatt.planning.decision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.werkstatt.workshop.ModerationNote;

/**
 * An idea in the inbox: from a workshop wall (with its dots, score, moderation status and history) or
 * entered by hand (with its source, e.g. "paper wall"), with the decision on it.
 *
 * @param wallKey the wall's id, or {@code manual:} and the source for ideas entered by hand
 * @param mergedInto the text of the idea the moderation merged this one into
 * @param mergedHere the texts of the ideas merged into this one
 */
public record InboxItem(UUID id, @Nullable UUID eventId, String eventTitle, String wallKey, String wallTitle,
		String text, int dots, int score, String status, boolean manual, @Nullable String mergedInto,
		List<String> mergedHere, Instant postedAt, @Nullable Decision decision, List<ModerationNote> history,
		@Nullable UUID groupId) {

	/** What the filter calls the decision's state: UNDECIDED or the draft's outcome. */
	public String state() {
		return decision == null ? InboxFilter.UNDECIDED : decision.outcome().name();
	}

	public boolean isDraft() {
		return decision != null && decision.isDraft();
	}

	public String statusKey() {
		return "idea.status." + status;
	}
}
