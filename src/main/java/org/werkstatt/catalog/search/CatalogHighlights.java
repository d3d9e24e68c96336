package org.werkstatt.catalog.search;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.werkstatt.catalog.OfferHighlights;
import org.werkstatt.catalog.OfferSummary;
import org.werkstatt.catalog.offer.PlacesRule;
import org.werkstatt.identity.Organisations;

/** The catalog's part of the start page, in three queries: the count, the offers with open runs, their providers. */
@Component
class CatalogHighlights implements OfferHighlights {

	private final JdbcClient jdbc;
	private final Organisations organisations;
	private final PlacesRule rule;

	CatalogHighlights(JdbcClient jdbc, Organisations organisations, PlacesRule rule) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.rule = rule;
	}

	private record Open(UUID id, String title, String shortDescription, UUID organisationId) {
	}

	@Override
	public Highlights highlights(int limit) {
		long published = jdbc.sql("select count(*) from offer where state = 'PUBLISHED'").query(Long.class).single();
		LocalDate today = rule.today();
		var open = jdbc.sql("""
				select o.id, o.title, o.short_description, o.organisation_id
				  from offer o
				  join lateral (select min(coalesce(r.start_date, :today)) as next from offer_run r
				                 where r.offer_id = o.id and r.cancelled_at is null and r.enrolment_open
				                   and (r.end_date is null or r.end_date >= :today)
				                   and (r.start_date is null or r.start_date >= :today or r.rolling_entry)
				                   and (r.registration_deadline is null or r.registration_deadline >= :today)) n on n.next is not null
				 where o.state = 'PUBLISHED'
				 order by n.next, o.title, o.id limit :limit""")
			.param("today", today)
			.param("limit", limit)
			.query(Open.class)
			.list();
		var providers = organisations.byIds(open.stream().map(Open::organisationId).distinct().toList());
		return new Highlights(published, open.stream()
			.map(o -> new OfferSummary(o.id(), o.title(), o.shortDescription(), o.organisationId(),
					providers.containsKey(o.organisationId()) ? providers.get(o.organisationId()).name() : "",
					"/offers/" + o.id()))
			.toList());
	}
}
