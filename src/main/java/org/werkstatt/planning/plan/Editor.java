package org.werkstatt.planning.plan;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Who made a change, as the version timeline names them. */
public record Editor(@Nullable UUID personId, String name) {
}
