package org.werkstatt.catalog.offer;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Who wrote, submitted or decided on a version, as the version history names them; no person for imports and the demo. */
public record Editor(@Nullable UUID personId, String name) {
}
