package org.werkstatt.planning.plan;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A goal of a plan, in one field of action or across them, measured by its indicators. */
public record Goal(UUID id, @Nullable UUID fieldId, String title, @Nullable String description,
		List<Indicator> indicators) {
}
