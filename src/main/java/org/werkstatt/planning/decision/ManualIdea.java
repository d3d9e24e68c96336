package org.werkstatt.planning.decision;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An idea a planner entered by hand, e.g. from a paper wall, with where it came from. */
record ManualIdea(UUID id, UUID organisationId, @Nullable UUID eventId, String source, String text, Instant createdAt) {
}
