package org.werkstatt.catalog.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.werkstatt.platform.web.SiteTime;

/**
 * Keeps the {@link CatalogIndex} of the published offers current. Every search first reads the catalog's version
 * (one row, counted up by a deferred trigger when a transaction that changed an offer commits, migration catalog
 * V7; the facet triggers of V6 touch the offer whenever its lists or runs change); when it has moved, or the day
 * has, the next search rebuilds the index from the offers' rows before it answers, so a search never shows less
 * than what was committed before it began. One rebuild at a time; the searches arriving meanwhile wait for it.
 * <p>
 * The words of a query are normalised by PostgreSQL's own dictionaries (the reader's configuration and 'simple'),
 * the same that built the offers' vectors; the answers are kept ({@value #WORDS} words at most), so a search whose
 * words were asked before needs no statement for them.
 */
@Component
class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
	private static final int WORDS = 20_000;

	private static final String OFFERS = """
			select o.id, o.organisation_id, o.title, o.short_description, o.format::text as format, o.facet_basis,
			       o.facet_group, o.facet_funding, o.facet_access, o.run_places, o.run_starts, o.run_ends, o.run_rolling,
			       o.run_open, o.search::text as search, r.*
			  from offer o
			  left join lateral (
			    select %s from offer_run run
			     where run.offer_id = o.id and run.cancelled_at is null and (run.end_date is null or run.end_date >= :today)
			     order by (run.rolling_entry or run.start_date >= :today) desc, run.start_date nulls first, run.id
			     limit 1) r on true
			 where o.state = 'PUBLISHED'""".formatted(RunRows.COLUMNS);

	private final JdbcClient jdbc;
	private final SiteTime time;
	private final ReentrantLock rebuilding = new ReentrantLock();
	private volatile @Nullable CatalogIndex current;
	private final Map<String, String[]> words = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String[]> eldest) {
			return size() > WORDS;
		}
	});

	SearchIndex(JdbcClient jdbc, SiteTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	/** The index of the catalog as committed now, rebuilt first if the catalog or the day has changed. */
	CatalogIndex current() {
		long version = version();
		LocalDate today = LocalDate.now(time.zone());
		CatalogIndex index = current;
		if (index != null && index.version() >= version && index.day().equals(today)) {
			return index;
		}
		rebuilding.lock();
		try {
			index = current;
			if (index != null && index.version() >= version && index.day().equals(today)) {
				return index;
			}
			long started = System.nanoTime();
			index = build(today);
			current = index;
			log.info("Catalog search index rebuilt: {} offers, version {}, {} ms", index.size(), index.version(),
					(System.nanoTime() - started) / 1_000_000);
			return index;
		}
		finally {
			rebuilding.unlock();
		}
	}

	/** The filter's words as the index looks them up, in the reader's text-search configuration. */
	CatalogIndex.Query query(OfferFilter filter, Locale locale) {
		if (!filter.hasText()) {
			return CatalogIndex.Query.NONE;
		}
		String config = OfferSearch.config(locale);
		List<String> asked = filter.words();
		Map<String, String[]> known = normalise(config, asked);
		List<String[]> head = new ArrayList<>();
		List<String[]> headSimple = new ArrayList<>();
		for (String word : asked.subList(0, asked.size() - 1)) {
			head.add(known.getOrDefault(config + ':' + word, new String[0]));
			headSimple.add(known.getOrDefault("simple:" + word, new String[0]));
		}
		return new CatalogIndex.Query(head, headSimple, known.getOrDefault(config + ':' + asked.getLast(), new String[0]),
				asked.getLast());
	}

	private long version() {
		return jdbc.sql("select version from catalog_search_version").query(Long.class).single();
	}

	private CatalogIndex build(LocalDate today) {
		long version = version();
		List<CatalogIndex.Entry> entries = new ArrayList<>();
		jdbc.sql(OFFERS).param("today", today).query(rs -> {
			entries.add(entry(rs, today));
		});
		Map<String, Map<String, String>> labels = Map.of("de", new LinkedHashMap<>(), "da", new LinkedHashMap<>(), "en",
				new LinkedHashMap<>());
		jdbc.sql("select code, label_de, label_da, label_en from legal_basis order by position, code").query(rs -> {
			for (String language : List.of("de", "da", "en")) {
				labels.get(language).put(rs.getString("code"), rs.getString("label_" + language));
			}
		});
		return new CatalogIndex(version, today, entries, labels);
	}

	private static CatalogIndex.Entry entry(ResultSet rs, LocalDate today) throws SQLException {
		List<String> places = strings(rs.getArray("run_places"));
		List<LocalDate> starts = dates(rs.getArray("run_starts"));
		List<LocalDate> ends = dates(rs.getArray("run_ends"));
		Boolean[] rolling = (Boolean[]) rs.getArray("run_rolling").getArray();
		Boolean[] open = (Boolean[]) rs.getArray("run_open").getArray();
		LocalDate nextMonth = today.withDayOfMonth(1).plusMonths(1);
		LocalDate inFourMonths = nextMonth.plusMonths(3);
		Set<String> regions = new LinkedHashSet<>();
		Set<String> windows = new LinkedHashSet<>();
		boolean enrolment = false;
		for (int r = 0; r < starts.size(); r++) {
			LocalDate end = ends.get(r);
			if (end != null && end.isBefore(today)) {
				continue;
			}
			if (places.get(r) != null) {
				regions.add(places.get(r));
			}
			LocalDate start = starts.get(r);
			if (Boolean.TRUE.equals(rolling[r])) {
				windows.add(StartWindow.ROLLING.name());
			}
			else if (start != null && !start.isBefore(today)) {
				windows.add((start.isBefore(nextMonth) ? StartWindow.THIS_MONTH
						: start.isBefore(inFourMonths) ? StartWindow.NEXT_THREE_MONTHS : StartWindow.LATER).name());
			}
			enrolment |= Boolean.TRUE.equals(open[r]);
		}
		List<List<String>> facets = List.of(strings(rs.getArray("facet_basis")), strings(rs.getArray("facet_group")),
				List.of(rs.getString("format")), strings(rs.getArray("facet_funding")), List.copyOf(regions),
				List.copyOf(windows), enrolment ? List.of("true") : List.of(), strings(rs.getArray("facet_access")));
		java.util.UUID id = rs.getObject("id", java.util.UUID.class);
		org.werkstatt.catalog.offer.Format format = org.werkstatt.catalog.offer.Format.valueOf(rs.getString("format"));
		CatalogIndex.Shown shown = new CatalogIndex.Shown(id, rs.getObject("organisation_id", java.util.UUID.class),
				rs.getString("title"), rs.getString("short_description"), format, facets.get(0), facets.get(3),
				rs.getObject("r_id") == null ? null : RunRows.run(rs, "r_"));
		return new CatalogIndex.Entry(shown, facets, CatalogIndex.lexemes(rs.getString("search")));
	}

	/** The lexemes of the words in the configuration and in 'simple'; the words not yet known in one statement. */
	private Map<String, String[]> normalise(String config, List<String> asked) {
		Map<String, String[]> known = new java.util.HashMap<>();
		List<String> unknown = new ArrayList<>();
		for (String word : asked) {
			String[] reader = words.get(config + ':' + word);
			String[] simple = words.get("simple:" + word);
			if (reader == null || simple == null) {
				unknown.add(word);
			}
			else {
				known.put(config + ':' + word, reader);
				known.put("simple:" + word, simple);
			}
		}
		if (!unknown.isEmpty()) {
			jdbc.sql("""
					select w,
					       array(select x.lexeme from unnest(to_tsvector(cast(:config as regconfig), w)) x) as reader,
					       array(select x.lexeme from unnest(to_tsvector('simple', w)) x) as simple
					  from unnest(string_to_array(:words, ' ')) w""")
				.param("config", config)
				.param("words", String.join(" ", unknown.stream().distinct().toList()))
				.query(rs -> {
					String word = rs.getString("w");
					String[] reader = (String[]) rs.getArray("reader").getArray();
					String[] simple = (String[]) rs.getArray("simple").getArray();
					known.put(config + ':' + word, reader);
					known.put("simple:" + word, simple);
					words.put(config + ':' + word, reader);
					words.put("simple:" + word, simple);
				});
		}
		return known;
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		List<String> list = new ArrayList<>();
		Collections.addAll(list, (String[]) array.getArray());
		return list;
	}

	private static List<LocalDate> dates(Array array) throws SQLException {
		List<LocalDate> list = new ArrayList<>();
		for (Object date : (Object[]) array.getArray()) {
			list.add(date == null ? null : ((java.sql.Date) date).toLocalDate());
		}
		return list;
	}
}
