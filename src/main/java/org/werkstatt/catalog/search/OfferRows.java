package org.werkstatt.catalog.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.werkstatt.catalog.offer.Format;
import org.werkstatt.catalog.offer.PlacesRule;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.SiteTime;

/**
 * The offers of a result list as the list and the files show them: title, provider, short description, format,
 * legal bases and the next run (the first that is neither cancelled nor ended, one open to start in first). Three
 * queries for any number of offers: the offers with their next run, the legal bases' labels, the providers.
 */
@Component
class OfferRows {

	private static final String SQL = """
			select o.id, o.organisation_id, o.title, o.short_description, o.format, o.language,
			       array(select x.code::text from offer_legal_basis x where x.offer_id = o.id order by x.code) as lb,
			       array(select x.code::text from offer_funding x where x.offer_id = o.id order by x.code) as fu,
			       r.*
			  from offer o
			  left join lateral (
			    select %s from offer_run run
			     where run.offer_id = o.id and run.cancelled_at is null and (run.end_date is null or run.end_date >= :today)
			     order by (run.rolling_entry or run.start_date >= :today) desc, run.start_date nulls first, run.id
			     limit 1) r on true
			 where o.state = 'PUBLISHED' and o.id = any(cast(:ids as uuid[]))
			""".formatted(RunRows.COLUMNS);

	private final JdbcClient jdbc;
	private final Organisations organisations;
	private final LegalBases legalBases;
	private final PlacesRule places;
	private final SiteTime time;

	OfferRows(JdbcClient jdbc, Organisations organisations, LegalBases legalBases, PlacesRule places, SiteTime time) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.legalBases = legalBases;
		this.places = places;
		this.time = time;
	}

	public record Row(UUID id, String title, @Nullable OrganisationSummary provider, String shortDescription, Format format,
			List<String> legalBases, List<String> funding, @Nullable RunRows next) {
	}

	/** The offers with these ids, in this order. */
	List<Row> of(List<UUID> ids, Locale locale) {
		return of(ids, legalBases.labels(locale));
	}

	/** The offers with these ids, in this order, with the legal bases' labels already loaded. */
	List<Row> of(List<UUID> ids, Map<String, String> labels) {
		Map<UUID, Row> found = new HashMap<>();
		List<UUID[]> providers = new ArrayList<>();
		String idList = ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
		jdbc.sql(SQL).param("today", LocalDate.now(time.zone())).param("ids", idList).query(rs -> {
			UUID id = rs.getObject("id", UUID.class);
			UUID organisation = rs.getObject("organisation_id", UUID.class);
			providers.add(new UUID[] { id, organisation });
			found.put(id, new Row(id, rs.getString("title"), null, rs.getString("short_description"),
					Format.valueOf(rs.getString("format")),
					strings(rs.getArray("lb")).stream().map(c -> labels.getOrDefault(c, c)).toList(),
					strings(rs.getArray("fu")), next(rs)));
		});
		Map<UUID, OrganisationSummary> names = organisations.byIds(providers.stream().map(p -> p[1]).distinct().toList());
		Map<UUID, UUID> providerOf = providers.stream().collect(Collectors.toMap(p -> p[0], p -> p[1], (a, b) -> a));
		return ids.stream().filter(found::containsKey).map(found::get)
			.map(r -> new Row(r.id(), r.title(), names.get(providerOf.get(r.id())), r.shortDescription(), r.format(),
					r.legalBases(), r.funding(), r.next()))
			.toList();
	}

	/** The offers as the index keeps them, with their providers (one query) and the next run's status and places. */
	List<Row> shown(List<CatalogIndex.Shown> offers, Map<String, String> labels) {
		Map<UUID, OrganisationSummary> names = organisations.byIds(offers.stream().map(CatalogIndex.Shown::organisationId).distinct().toList());
		return offers.stream()
			.map(o -> new Row(o.id(), o.title(), names.get(o.organisationId()), o.shortDescription(), o.format(),
					o.legalBases().stream().map(c -> labels.getOrDefault(c, c)).toList(), o.funding(),
					o.next() == null ? null : RunRows.of(o.next(), places)))
			.toList();
	}

	private @Nullable RunRows next(ResultSet rs) throws SQLException {
		return rs.getObject("r_id") == null ? null : RunRows.of(RunRows.run(rs, "r_"), places);
	}

	static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}
}
