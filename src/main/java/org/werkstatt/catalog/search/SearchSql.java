package org.werkstatt.catalog.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The statement behind the search page, built once. One statement answers the whole page but the offers' details:
 * the facets' counts, the number of matching offers and the ids of the page's offers, in rank order.
 * <ul>
 * <li>{@code q}: the query, made once ({@code materialized}: inlined, an empty part such as a stop word was parsed
 * for every offer, each time with a notice that the driver turns into a warning with a stack trace);</li>
 * <li>{@code text_hits}: published offers whose {@code search} vector matches the query, parsed with the reader's
 * configuration and with 'simple'; the last word also as the start of a word, unstemmed (a stemmed start would
 * widen: German stems "Bewer" to "bew"), ranked by {@code ts_rank} with the weights of
 * title (A), keywords and target groups (B), descriptions (C);</li>
 * <li>{@code fuzzy}: only when the text finds fewer than {@value #FEW} offers, titles similar to the typed text
 * by trigrams ({@code <%}, index {@code offer_title_trgm_ix}), ranked below every text hit;</li>
 * <li>{@code hits}: each found offer with the values of every facet as arrays, kept with the offer by the triggers
 * of migration catalog V6 (so no look-up per offer), those of its runs from the runs that are neither cancelled
 * nor ended (the start window worked out for today);</li>
 * <li>{@code f}: whether each facet's filter holds; a facet's counts are taken over the offers that pass every
 * other facet's filter (the usual faceting: ticking a value does not empty its own facet).</li>
 * </ul>
 */
final class SearchSql {

	static final int FEW = 5;

	/** The facets whose values are lists, with the column of {@code hits} holding them. */
	private static final List<String[]> LIST_FACETS = List.of(new String[] { "basis", "lb" },
			new String[] { "group", "tg" }, new String[] { "funding", "fu" }, new String[] { "region", "rg" },
			new String[] { "start", "sw" }, new String[] { "access", "ac" });

	private static final List<String> FLAGS = List.of("m_basis", "m_group", "m_format", "m_funding", "m_region",
			"m_start", "m_open", "m_access");

	private static final String COLUMNS = """
			o.id, o.title, o.format::text as format, o.facet_basis as lb, o.facet_group as tg, o.facet_funding as fu,
			o.facet_access as ac, o.run_places, o.run_starts, o.run_ends, o.run_rolling, o.run_open""";

	static final String HITS = """
			with q as materialized (
			  select case when not :hasText then null
			              when :head = '' then to_tsquery(cast(:config as regconfig), :last) || cast(:lastPrefix as tsquery)
			              else (to_tsquery(cast(:config as regconfig), :head)
			                      && (to_tsquery(cast(:config as regconfig), :last) || cast(:lastPrefix as tsquery)))
			                   || (to_tsquery('simple', :head) && cast(:lastPrefix as tsquery)) end as query
			),
			text_hits as (
			  select %1$s, ts_rank('{0.1, 0.2, 0.4, 1.0}', o.search, (select query from q)) + 1 as rank
			    from offer o
			   where :hasText and o.state = 'PUBLISHED' and o.search @@ (select query from q)
			  union all
			  select %1$s, 1 as rank
			    from offer o
			   where not :hasText and o.state = 'PUBLISHED'
			),
			fuzzy as (
			  select %1$s, word_similarity(:text, o.title) as rank
			    from offer o
			   where :hasText and (select count(*) from text_hits) < %2$d and o.state = 'PUBLISHED' and :text <%% o.title
			     and o.id not in (select id from text_hits)
			),
			hits as materialized (
			  select h.id, h.rank, h.title, h.format, h.lb, h.tg, h.fu, h.ac,
			         array(select distinct p from unnest(h.run_places, h.run_ends) r(p, e)
			                where p is not null and (e is null or e >= :today)) as rg,
			         array_remove(array(select distinct case when ro then 'ROLLING'
			                                                 when s < :today then null
			                                                 when s < :nextMonth then 'THIS_MONTH'
			                                                 when s < :inFourMonths then 'NEXT_THREE_MONTHS'
			                                                 else 'LATER' end
			                              from unnest(h.run_starts, h.run_ends, h.run_rolling) r(s, e, ro)
			                             where e is null or e >= :today), null) as sw,
			         coalesce((select bool_or(op) from unnest(h.run_open, h.run_ends) r(op, e) where e is null or e >= :today),
			                  false) as op
			    from (select * from text_hits union all select * from fuzzy) h
			),
			f as (
			  select hits.*,
			         (:basis = '' or lb && string_to_array(:basis, chr(31))) as m_basis,
			         (:group = '' or tg && string_to_array(:group, chr(31))) as m_group,
			         (:format = '' or format = any(string_to_array(:format, chr(31)))) as m_format,
			         (:funding = '' or fu && string_to_array(:funding, chr(31))) as m_funding,
			         (:region = '' or rg && string_to_array(:region, chr(31))) as m_region,
			         (:start = '' or sw && string_to_array(:start, chr(31))) as m_start,
			         (not :open or op) as m_open,
			         (:access = '' or ac && string_to_array(:access, chr(31))) as m_access
			    from hits
			)
			""".formatted(COLUMNS, FEW);

	/** Rows (kind, value, n, rank): one per facet value with its count, one 'total', one 'hit' per offer of the page. */
	static final String PAGE = HITS + facets() + """
			union all select 'total', null, count(*), 0 from f where %s
			union all (select 'hit', id::text, row_number() over (order by rank desc, title, id), rank from f where %s
			           order by rank desc, title, id limit :size offset :offset)
			""".formatted(all(), all());

	/** Every matching offer's id, in rank order (the files). */
	static final String ALL = HITS + "select id from f where " + all() + " order by rank desc, title, id limit :size";

	private SearchSql() {
	}

	private static String facets() {
		String lists = LIST_FACETS.stream()
			.map(f -> "select '%s' as kind, v as value, count(*) as n, 0::real as rank from f, unnest(%s) v where %s group by v\n"
				.formatted(f[0], f[1], others("m_" + f[0])))
			.collect(Collectors.joining("union all "));
		return lists + "union all select 'format', format, count(*), 0 from f where " + others("m_format") + " group by format\n"
				+ "union all select 'open', 'true', count(*), 0 from f where op and " + others("m_open") + "\n";
	}

	private static String others(String flag) {
		return FLAGS.stream().filter(f -> !f.equals(flag)).collect(Collectors.joining(" and "));
	}

	private static String all() {
		return String.join(" and ", FLAGS);
	}
}
