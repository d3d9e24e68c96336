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
		List<Option> wallOptions, List<EventDrafts> drafts, List<MeasureRef> measures, List<PlanChoice> plans) {

	/**
	 * A plan a new measure may go into, with its fields of action and the number the measure gets when the
	 * form leaves it empty.
	 */
	public record PlanChoice(String value, String label, List<Option> fields, String nextNumber) {
	}

	/**
	 * The measures the picker offers: those whose plan, number or title contain the text (case does not
	 * matter), and the chosen one in any case; all of them without a text.
	 */
	public List<MeasureRef> measuresMatching(@Nullable String query, @Nullable String chosen) {
		if (query == null || query.isBlank()) {
			return measures;
		}
		String text = query.strip().toLowerCase(java.util.Locale.ROOT);
		return measures.stream()
			.filter(m -> m.id().toString().equals(chosen)
					|| (m.planTitle() + " " + m.number() + " " + m.title()).toLowerCase(java.util.Locale.ROOT).contains(text))
			.toList();
	}

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
