package org.werkstatt.workshop.live;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A theme wall (stand) of an event: a title, a guiding question and whom it is meant for. */
public record Wall(UUID id, UUID eventId, int position, String title, @Nullable String question, @Nullable String targetGroup,
		boolean open) {
}
