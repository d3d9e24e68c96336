package org.werkstatt.workshop.live;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Someone who joined an event's live session, with the dots they have put so far. */
public record Participant(UUID id, UUID eventId, @Nullable String nickname, @Nullable UUID personId, int dotsUsed) {
}
