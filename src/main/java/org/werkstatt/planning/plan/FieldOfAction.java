package org.werkstatt.planning.plan;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A field of action of a plan, with the target groups it serves (free text, comma-separated). */
public record FieldOfAction(UUID id, int position, String title, @Nullable String description,
		@Nullable String targetGroups) {
}
