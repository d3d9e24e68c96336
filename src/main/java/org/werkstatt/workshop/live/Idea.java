package org.werkstatt.workshop.live;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An idea card. {@code dots} are the dots put on this card; {@code score} is what the card shows:
 * its dots, and for an idea others were merged into, the group's dots counted once per participant (see
 * {@link DotRules#mergedScore}). A merged card's score is its own dots. {@code number} is unique among all ideas
 * and short: the phones' stream keys scores by it ({@link #key}).
 */
public record Idea(UUID id, long number, UUID eventId, UUID wallId, long wallNumber, @Nullable UUID participantId, @Nullable String nickname, String text,
		@Nullable String originalText, boolean authorEdited, IdeaStatus status, @Nullable String hiddenReason,
		boolean pinned, @Nullable UUID mergedInto, int dots, int score, Instant createdAt) {

	/** The idea's key in the phones' scores ({@link LiveFeeds#participantJson}): its number in base 36. */
	public String key() {
		return key(number);
	}

	/** The key of the idea's wall ({@link Wall#key}). */
	public String wallKey() {
		return key(wallNumber);
	}

	static String key(long number) {
		return Long.toString(number, Character.MAX_RADIX);
	}

	public boolean isPublished() {
		return status == IdeaStatus.PUBLISHED;
	}

	public boolean isMerged() {
		return mergedInto != null;
	}

	public boolean isBy(@Nullable UUID participant) {
		return participant != null && participant.equals(participantId);
	}
}
