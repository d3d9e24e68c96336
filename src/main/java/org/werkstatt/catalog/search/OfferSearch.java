package org.werkstatt.catalog.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.werkstatt.platform.web.SiteTime;

/**
 * Searches the published offers ({@link SearchSql}): a page of them with the facets' counts in one statement, the
 * page's offers with their next run in a second ({@link OfferRows}). The files take every match, without facets.
 */
@Component
class OfferSearch {

	static final int PAGE_SIZE = 20;
	/** The most offers a file (CSV, XLSX, calendar) holds. */
	static final int FILE_LIMIT = 5_000;

	private static final String SEPARATOR = String.valueOf((char) 31);

	private final JdbcClient jdbc;
	private final OfferRows rows;
	private final SiteTime time;
	private final LegalBases legalBases;

	OfferSearch(JdbcClient jdbc, OfferRows rows, SiteTime time, LegalBases legalBases) {
		this.jdbc = jdbc;
		this.legalBases = legalBases;
		this.rows = rows;
		this.time = time;
	}

	/** One value of a facet and how many offers it would leave (with the other facets' filters). */
	record Count(String value, long offers) {
	}

	/** What the search page shows: the page's offers, how many match, and every facet's counts. */
	record Result(OfferFilter filter, List<OfferRows.Row> offers, long total, Map<String, List<Count>> facets,
			Map<String, String> legalBases) {

		public int pages() {
			return (int) Math.min(OfferFilter.MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

		public List<Count> facet(String name) {
			return facets.getOrDefault(name, List.of());
		}
	}

	Result page(OfferFilter filter, Locale locale) {
		Map<String, List<Count>> facets = new HashMap<>();
		Map<Long, UUID> hits = new java.util.TreeMap<>();
		long[] total = { 0 };
		params(jdbc.sql(SearchSql.PAGE), filter, locale)
			.param("size", PAGE_SIZE)
			.param("offset", (filter.page() - 1) * PAGE_SIZE)
			.query(rs -> {
				String kind = rs.getString("kind");
				switch (kind) {
					case "total" -> total[0] = rs.getLong("n");
					case "hit" -> hits.put(rs.getLong("n"), UUID.fromString(rs.getString("value")));
					default -> facets.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Count(rs.getString("value"), rs.getLong("n")));
				}
			});
		facets.values().forEach(counts -> counts.sort(Comparator.comparingLong(Count::offers).reversed().thenComparing(Count::value)));
		Map<String, String> labels = legalBases.labels(locale);
		return new Result(filter, rows.of(List.copyOf(hits.values()), labels), total[0], facets, labels);
	}

	/** Every matching offer (at most {@link #FILE_LIMIT}), in the order of the list. */
	List<UUID> all(OfferFilter filter, Locale locale) {
		return params(jdbc.sql(SearchSql.ALL), filter, locale).param("size", FILE_LIMIT).query(UUID.class).list();
	}

	private JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, OfferFilter filter, Locale locale) {
		LocalDate today = LocalDate.now(time.zone());
		LocalDate nextMonth = today.withDayOfMonth(1).plusMonths(1);
		return sql.param("hasText", filter.hasText())
			.param("config", config(locale))
			.param("head", String.join(" & ", filter.words().subList(0, Math.max(0, filter.words().size() - 1))))
			.param("last", filter.hasText() ? filter.words().getLast() : "x")
			.param("lastPrefix", filter.hasText() ? "'" + filter.words().getLast() + "':*" : "x")
			.param("text", filter.text())
			.param("today", today)
			.param("nextMonth", nextMonth)
			.param("inFourMonths", nextMonth.plusMonths(3))
			.param("basis", joined(filter.legalBases()))
			.param("group", joined(filter.targetGroups()))
			.param("format", joined(filter.formats()))
			.param("funding", joined(filter.funding()))
			.param("region", joined(filter.regions()))
			.param("start", joined(filter.starts()))
			.param("open", filter.open())
			.param("access", joined(filter.accessibility()));
	}

	/** The text-search configuration of the reader's language. */
	static String config(Locale locale) {
		return switch (locale.getLanguage()) {
			case "da" -> "danish";
			case "en" -> "english";
			default -> "german";
		};
	}

	private static String joined(Set<String> values) {
		return values.stream().map(v -> v.replace(SEPARATOR, "")).collect(Collectors.joining(SEPARATOR));
	}
}
