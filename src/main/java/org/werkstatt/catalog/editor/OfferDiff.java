package org.werkstatt.catalog.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.werkstatt.catalog.offer.OfferContent;
import org.werkstatt.catalog.offer.OfferContent.Azav;
import org.werkstatt.catalog.offer.OfferContent.Contact;
import org.werkstatt.catalog.offer.OfferContent.TargetGroupEntry;

/**
 * The difference between two versions of an offer's content, field by field, as an approver reads it: a text
 * field old and new, a list as the items added, removed, changed (a module, known by its id) and kept. Without
 * an earlier version (a new offer) everything there is counts as new. Blank and missing texts are the same.
 */
public record OfferDiff(boolean isNew, List<FieldDiff> fields) {

	/** What happened to one item of a list. */
	public enum ItemChange {
		ADDED, REMOVED, CHANGED, KEPT
	}

	/** An item of a list field; {@code before} is the old text of a changed item. */
	public record Item(String text, @Nullable String detail, ItemChange change, @Nullable String before,
			@Nullable String beforeDetail) {
	}

	/**
	 * One field: a text ({@code before}, {@code after}) or a list ({@code items}: those of the newer version in its
	 * order, then the removed ones); {@code reordered} when the list holds the same items in another order.
	 */
	public record FieldDiff(String field, boolean list, boolean changed, @Nullable String before, @Nullable String after,
			List<Item> items, boolean reordered) {

		public String labelKey() {
			return "catalog.editor.field." + field;
		}

		public boolean empty() {
			return list ? items.isEmpty() : after == null && before == null;
		}
	}

	public boolean changed() {
		return fields.stream().anyMatch(FieldDiff::changed);
	}

	public List<FieldDiff> changes() {
		return fields.stream().filter(FieldDiff::changed).toList();
	}

	/** The difference from {@code before} (null for a new offer) to {@code after}. */
	static OfferDiff between(@Nullable OfferContent before, OfferContent after, DiffLabels labels) {
		List<FieldDiff> fields = new ArrayList<>();
		text(fields, "language", before, after, c -> labels.language(c.language()));
		text(fields, "title", before, after, OfferContent::title);
		text(fields, "shortDescription", before, after, OfferContent::shortDescription);
		text(fields, "description", before, after, OfferContent::description);
		list(fields, "targetGroups", before, after, OfferContent::targetGroups,
				g -> g.code() != null ? g.code().name() : "free:" + g.label(), g -> targetGroup(g, labels), g -> null);
		text(fields, "prerequisites", before, after, OfferContent::prerequisites);
		list(fields, "modules", before, after, OfferContent::modules, m -> m.id().toString(),
				m -> m.name() + (m.hours() == null ? "" : " (" + labels.hours(m.hours()) + ")"), m -> blankToNull(m.description()));
		text(fields, "outcome", before, after, OfferContent::outcome);
		text(fields, "examiningBody", before, after, OfferContent::examiningBody);
		list(fields, "legalBases", before, after, OfferContent::legalBases, Function.identity(), labels::legalBasis, c -> null);
		list(fields, "funding", before, after, OfferContent::funding, Enum::name, labels::vocabulary, f -> null);
		text(fields, "azavCertifier", before, after, c -> c.azav() == null ? null : c.azav().certifier());
		text(fields, "azavMeasureNumber", before, after, c -> c.azav() == null ? null : c.azav().measureNumber());
		text(fields, "azavValidUntil", before, after, c -> validUntil(c.azav(), labels));
		text(fields, "format", before, after, c -> labels.vocabulary(c.format()));
		text(fields, "timeModel", before, after, c -> labels.vocabulary(c.timeModel()));
		text(fields, "duration", before, after, OfferContent::duration);
		list(fields, "accessibility", before, after, OfferContent::accessibility, Enum::name, labels::vocabulary, a -> null);
		list(fields, "contacts", before, after, OfferContent::contacts, OfferDiff::contactText, OfferDiff::contactText, c -> null);
		text(fields, "keywords", before, after, OfferContent::keywords);
		return new OfferDiff(before == null, List.copyOf(fields));
	}

	private static void text(List<FieldDiff> fields, String field, @Nullable OfferContent before, OfferContent after,
			Function<OfferContent, @Nullable String> value) {
		String old = before == null ? null : blankToNull(value.apply(before));
		String now = blankToNull(value.apply(after));
		fields.add(new FieldDiff(field, false, !Objects.equals(old, now), old, now, List.of(), false));
	}

	private static <T> void list(List<FieldDiff> fields, String field, @Nullable OfferContent before, OfferContent after,
			Function<OfferContent, List<T>> values, Function<T, String> key, Function<T, String> text,
			Function<T, @Nullable String> detail) {
		Map<String, T> old = new LinkedHashMap<>();
		if (before != null) {
			values.apply(before).forEach(item -> old.putIfAbsent(key.apply(item), item));
		}
		Map<String, T> now = new LinkedHashMap<>();
		values.apply(after).forEach(item -> now.putIfAbsent(key.apply(item), item));
		List<Item> items = new ArrayList<>();
		boolean changed = false;
		for (Map.Entry<String, T> entry : now.entrySet()) {
			String nowText = text.apply(entry.getValue());
			String nowDetail = detail.apply(entry.getValue());
			T was = old.get(entry.getKey());
			if (was == null) {
				items.add(new Item(nowText, nowDetail, ItemChange.ADDED, null, null));
				changed = true;
			}
			else if (!text.apply(was).equals(nowText) || !Objects.equals(detail.apply(was), nowDetail)) {
				items.add(new Item(nowText, nowDetail, ItemChange.CHANGED, text.apply(was), detail.apply(was)));
				changed = true;
			}
			else {
				items.add(new Item(nowText, nowDetail, ItemChange.KEPT, null, null));
			}
		}
		for (Map.Entry<String, T> entry : old.entrySet()) {
			if (!now.containsKey(entry.getKey())) {
				items.add(new Item(text.apply(entry.getValue()), detail.apply(entry.getValue()), ItemChange.REMOVED, null, null));
				changed = true;
			}
		}
		List<String> oldOrder = old.keySet().stream().filter(now::containsKey).toList();
		List<String> newOrder = now.keySet().stream().filter(old::containsKey).toList();
		boolean reordered = !oldOrder.equals(newOrder);
		fields.add(new FieldDiff(field, true, changed || reordered, null, null, List.copyOf(items), reordered));
	}

	private static String targetGroup(TargetGroupEntry group, DiffLabels labels) {
		return group.code() != null ? labels.vocabulary(group.code()) : String.valueOf(group.label());
	}

	private static @Nullable String validUntil(@Nullable Azav azav, DiffLabels labels) {
		return azav == null ? null : labels.day(azav.validUntil());
	}

	private static String contactText(Contact contact) {
		StringBuilder text = new StringBuilder(contact.name());
		for (String part : new String[] { contact.role(), contact.email(), contact.phone() }) {
			if (part != null && !part.isBlank()) {
				text.append(", ").append(part.strip());
			}
		}
		return text.toString();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
