package org.werkstatt.planning.plan;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The filters of a plan's measure list; each empty one lets everything through. */
public record MeasureFilter(@Nullable UUID field, @Nullable String status, @Nullable String targetGroup,
		@Nullable UUID responsible) {

	public static final MeasureFilter NONE = new MeasureFilter(null, null, null, null);

	public boolean isEmpty() {
		return field == null && blank(status) && blank(targetGroup) && responsible == null;
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
