package org.werkstatt.planning.plan;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One step on a measure's public timeline, from the idea it came from to its completion.
 *
 * @param kind IDEA, DECISION, CREATED, CHANGED, MILESTONE or DONE (message key {@code timeline.<kind>})
 * @param text what to show: an idea's words, a decision's outcome key, a milestone's title; null for versions
 * @param detail where an idea came from, a decision's reason, or the organisation that changed the measure
 *        (never a person's name: the page is public)
 * @param ideas the ideas one published decision covers (one step for all of them)
 */
public record TimelineEntry(Instant at, String kind, @Nullable String text, @Nullable String detail,
		List<MeasureChange> changes, List<String> ideas) {

	public TimelineEntry(Instant at, String kind, @Nullable String text, @Nullable String detail,
			List<MeasureChange> changes) {
		this(at, kind, text, detail, changes, List.of());
	}

	public String messageKey() {
		return "timeline." + kind;
	}
}
