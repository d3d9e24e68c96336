package org.werkstatt.planning.decision;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What the inbox shows: an event, a wall, a decision state (UNDECIDED, DRAFT for what is not published
 * yet, or an outcome), words in the text, the order (score or newest), a confirmed group, and the page.
 * Anything it does not know is ignored rather than refused.
 */
public record InboxFilter(@Nullable String event, @Nullable String wall, @Nullable String state, @Nullable String q,
		@Nullable String sort, @Nullable String group, @Nullable Integer page) {

	static final String UNDECIDED = "UNDECIDED";
	static final String DRAFT = "DRAFT";
	static final String NEWEST = "newest";
	static final int PAGE_SIZE = 50;

	public static InboxFilter none() {
		return new InboxFilter(null, null, null, null, null, null, null);
	}

	boolean matches(InboxItem item) {
		if (present(event) && !String.valueOf(item.eventId()).equals(event)) {
			return false;
		}
		if (present(wall) && !item.wallKey().equals(wall)) {
			return false;
		}
		if (present(group) && !String.valueOf(item.groupId()).equals(group)) {
			return false;
		}
		if (present(state) && !(DRAFT.equals(state) ? item.isDraft() : item.state().equals(state))) {
			return false;
		}
		return !present(q) || item.text().toLowerCase(Locale.ROOT).contains(q.strip().toLowerCase(Locale.ROOT));
	}

	public boolean newestFirst() {
		return NEWEST.equals(sort);
	}

	public int pageNumber() {
		return page == null || page < 1 ? 1 : page;
	}

	public @Nullable UUID groupId() {
		return present(group) ? DecisionRules.uuid(group).orElse(null) : null;
	}

	/** The filter as query parameters (only those set), to come back to the same view. */
	Map<String, String> query() {
		Map<String, String> query = new LinkedHashMap<>();
		put(query, "event", event);
		put(query, "wall", wall);
		put(query, "state", state);
		put(query, "q", q);
		put(query, "sort", sort);
		put(query, "group", group);
		if (page != null && page > 1) {
			query.put("page", page.toString());
		}
		return query;
	}

	/** The query of this filter on another page of the results. */
	public String pageQuery(int number) {
		Map<String, String> query = query();
		query.put("page", String.valueOf(number));
		return query.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&", "?", ""));
	}

	private static void put(Map<String, String> query, String name, @Nullable String value) {
		if (present(value)) {
			query.put(name, value.strip());
		}
	}

	private static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}
}
