package org.werkstatt.workshop.live;

import java.util.UUID;

/** Who did a moderation action, for the log. */
record Moderator(@org.jspecify.annotations.Nullable UUID personId, String name) {
}
