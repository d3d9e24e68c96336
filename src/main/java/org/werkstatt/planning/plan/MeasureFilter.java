package org.werkstatt.planning.plan;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The filters of a plan's measure list; each empty one lets everything through.
 *
 * @param offers with the filter "with offers": the published offers of the catalog, of which a measure must
 *        implement one; null without that filter
 */
public record MeasureFilter(@Nullable UUID field, @Nullable String status, @Nullable String targetGroup,
		@Nullable UUID responsible, @Nullable Set<UUID> offers) {

	public static final MeasureFilter NONE = new MeasureFilter(null, null, null, null, null);

	public MeasureFilter {
		offers = offers == null ? null : Set.copyOf(offers);
	}

	public boolean isEmpty() {
		return field == null && blank(status) && blank(targetGroup) && responsible == null && offers == null;
	}

	/** Whether only measures that published offers implement pass. */
	public boolean withOffers() {
		return offers != null;
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
