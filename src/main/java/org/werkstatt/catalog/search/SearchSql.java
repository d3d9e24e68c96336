package org.werkstatt.catalog.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The statement behind the search page, built once. One statement answers the whole page but the offers' details:
 * the facets' counts, the number of matching offers and the ids of the page's offers, in rank order.
 * <ul>
 * <li>{@code text_hits}: published offers whose {@code search} vector matches the query, parsed with the reader's
 * configuration and with 'simple' (the last word as a prefix), ranked by {@code ts_rank} with the weights of
 * title (A), keywords and target groups (B), descriptions (C);</li>
 * <li>{@code fuzzy}: only when the text finds fewer than {@value #FEW} offers, titles similar to the typed text
 * by trigrams ({@code <%}, index {@code offer_title_trgm_ix}), ranked below every text hit;</li>
 * <li>{@code hits}: each found offer with the values of every facet as arrays, those of its runs from the runs
 * that are neither cancelled nor ended;</li>
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

	static final String HITS = """
			with q as (
			  select case when :hasText then to_tsquery(cast(:config as regconfig), :tsquery) || to_tsquery('simple', :tsquery) end as query
			),
			text_hits as (
			  select o.id, coalesce(ts_rank('{0.1, 0.2, 0.4, 1.0}', o.search, q.query), 0) + 1 as rank
			    from offer o, q
			   where o.state = 'PUBLISHED' and (q.query is null or o.search @@ q.query)
			),
			fuzzy as (
			  select o.id, word_similarity(:text, o.title) as rank
			    from offer o
			   where :hasText and (select count(*) from text_hits) < %d and o.state = 'PUBLISHED' and :text <%% o.title
			     and o.id not in (select id from text_hits)
			),
			hits as materialized (
			  select h.id, h.rank, o.title, o.format::text as format,
			         array(select x.code::text from offer_legal_basis x where x.offer_id = o.id) as lb,
			         array(select coalesce(x.code, x.label)::text from offer_target_group x where x.offer_id = o.id) as tg,
			         array(select x.code::text from offer_funding x where x.offer_id = o.id) as fu,
			         array(select x.code::text from offer_accessibility x where x.offer_id = o.id) as ac,
			         coalesce(r.rg, '{}') as rg, coalesce(r.sw, '{}') as sw, coalesce(r.op, false) as op
			    from (select * from text_hits union all select * from fuzzy) h
			    join offer o on o.id = h.id
			    left join lateral (
			      select array_agg(distinct place) filter (where place is not null) as rg,
			             array_agg(distinct win) filter (where win is not null) as sw,
			             bool_or(enrolment_open) as op
			        from (select coalesce(nullif(run.region, ''), nullif(run.city, ''))::text as place, run.enrolment_open,
			                     case when run.rolling_entry then 'ROLLING'
			                          when run.start_date < :today then null
			                          when run.start_date < :nextMonth then 'THIS_MONTH'
			                          when run.start_date < :inFourMonths then 'NEXT_THREE_MONTHS'
			                          else 'LATER' end as win
			                from offer_run run
			               where run.offer_id = o.id and run.cancelled_at is null
			                 and (run.end_date is null or run.end_date >= :today)) runs
			    ) r on true
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
			""".formatted(FEW);

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
