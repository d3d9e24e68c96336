package org.werkstatt.planning.plan;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.workshop.EventSummary;

/** Everything the public measure page shows, in a fixed number of queries. */
public record MeasurePage(Measure measure, Plan plan, OrganisationSummary owner, MeasureStatus status,
		@Nullable FieldOfAction field, @Nullable OrganisationSummary responsible, List<Milestone> milestones,
		List<IdeaOrigin> ideas, List<EventSummary> events, List<TimelineEntry> timeline) {

	/** An idea the measure came from (or covers), with where it was given and what was decided. */
	public record IdeaOrigin(String text, String source, @Nullable String eventUrl, String outcomeKey,
			@Nullable String reason) {
	}
}
