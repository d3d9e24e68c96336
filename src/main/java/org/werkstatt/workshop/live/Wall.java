package org.werkstatt.workshop.live;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A theme wall (stand) of an event: a title, a guiding question and whom it is meant for. {@code number} is unique
 * among all walls and short: the phones' cards name their wall by it ({@link #key}).
 */
public record Wall(UUID id, long number, UUID eventId, int position, String title, @Nullable String question,
		@Nullable String targetGroup, boolean open) {

	/** The wall's key in the phones' cards ({@link LiveFeeds#participantJson}) and pages: its number in base 36. */
	public String key() {
		return Idea.key(number);
	}
}
