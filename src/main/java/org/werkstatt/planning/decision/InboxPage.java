package org.werkstatt.planning.decision;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One page of the inbox: the ideas that pass the filter, grouped by event and wall, with what the filter
 * and the decision form offer.
 *
 * @param drafts the events with decisions waiting to be published, with how many
 */
public record InboxPage(List<EventGroup> events, int total, int page, int pages, List<Option> eventOptions,
		List<Option> wallOptions, List<EventDrafts> drafts, List<MeasureRef> measures, List<Option> plans) {

	public record EventGroup(@Nullable UUID eventId, String title, List<WallGroup> walls) {
	}

	public record WallGroup(String key, String title, boolean manual, List<InboxItem> ideas) {
	}

	/** A choice in a select: its value and what it shows. */
	public record Option(String value, String label) {
	}

	public record EventDrafts(@Nullable UUID eventId, String title, int count) {
	}

	/** The measure of the organisation with this id, if it is one. */
	public @Nullable MeasureRef measure(@Nullable UUID id) {
		return id == null ? null : measures.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
	}

	public boolean isEmpty() {
		return events.isEmpty();
	}
}
