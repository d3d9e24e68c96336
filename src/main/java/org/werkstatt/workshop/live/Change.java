package org.werkstatt.workshop.live;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One numbered change of an event's live session. */
record Change(long seq, ChangeKind kind, @Nullable UUID subjectId) {
}
