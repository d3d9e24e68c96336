package org.werkstatt.planning.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.werkstatt.planning.plan.Plan;

/**
 * A plan as slides for a public meeting: first the summary (how many measures in each status), then
 * field of action by field of action its measures with number, title, status and progress, a few to a
 * slide so that they can be read at the back of the room.
 */
public record PlanDeck(Plan plan, String owner, int total, List<StatusLine> summary, List<Slide> slides) {

	/** As many measures as a slide shows in large type; a longer field is split evenly over several slides. */
	static final int PER_SLIDE = 7;

	/** A status in the summary, with its part of the bar (in percent of the whole). */
	public record StatusLine(String name, String stage, int count, int percent, double x, double width) {
	}

	/** A measure as its line on a slide shows it, with its status already named in the reader's language. */
	public record Item(UUID id, String number, String title, String status, String stage, int progress) {
	}

	/** A measure's line and the field of action it belongs to, if any. */
	public record Placed(@Nullable UUID field, Item item) {
	}

	/** A group of measures on the slides: a field of action, or the measures without one. */
	public record Group(String title, List<Item> items) {
	}

	/**
	 * One slide: the summary when {@code title} is null, else part {@code part} of {@code parts} of a
	 * field of action (number {@code field} of {@code fields}).
	 */
	public record Slide(@Nullable String title, int field, int fields, int part, int parts, List<Item> items) {

		public boolean isSummary() {
			return title == null;
		}
	}

	/** The summary slide and then each group's measures, split evenly into slides of at most {@code perSlide}. */
	static List<Slide> slides(List<Group> groups, int perSlide) {
		List<Slide> slides = new ArrayList<>();
		slides.add(new Slide(null, 0, 0, 0, 0, List.of()));
		List<Group> shown = groups.stream().filter(group -> !group.items().isEmpty()).toList();
		int field = 0;
		for (Group group : shown) {
			field++;
			int size = group.items().size();
			int parts = (size + perSlide - 1) / perSlide;
			int each = (size + parts - 1) / parts;
			for (int part = 0; part < parts; part++) {
				List<Item> items = group.items().subList(part * each, Math.min(size, (part + 1) * each));
				slides.add(new Slide(group.title(), field, shown.size(), part + 1, parts, List.copyOf(items)));
			}
		}
		return slides;
	}

	/**
	 * The measures grouped by field of action in the plan's order of fields; measures without a field
	 * (or with one the plan no longer has) come last, under {@code rest}.
	 */
	static List<Group> groups(Map<UUID, String> fields, List<Placed> measures, String rest) {
		Map<UUID, List<Item>> byField = new LinkedHashMap<>();
		fields.keySet().forEach(id -> byField.put(id, new ArrayList<>()));
		List<Item> others = new ArrayList<>();
		for (Placed measure : measures) {
			List<Item> list = measure.field() == null ? null : byField.get(measure.field());
			(list == null ? others : list).add(measure.item());
		}
		List<Group> groups = new ArrayList<>();
		byField.forEach((id, items) -> groups.add(new Group(fields.get(id), items)));
		groups.add(new Group(rest, others));
		return groups;
	}
}
