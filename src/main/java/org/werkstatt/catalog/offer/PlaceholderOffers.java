package org.werkstatt.catalog.offer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.werkstatt.catalog.OfferSummary;
import org.werkstatt.catalog.Offers;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;

/** PLACEHOLDER until catalog-core is merged (delete this file then): published offers by title or id. */
@Component
class PlaceholderOffers implements Offers {

	private record Row(UUID id, String title, String shortDescription, UUID providerId) {
	}

	private final JdbcClient jdbc;
	private final Organisations organisations;

	PlaceholderOffers(JdbcClient jdbc, Organisations organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	@Override
	public List<OfferSummary> find(String query, int limit) {
		return summaries(jdbc.sql("""
				select id, title, short_description, organisation_id as provider_id from offer
				 where state = 'PUBLISHED' and (title ilike '%' || ? || '%' or short_description ilike '%' || ? || '%')
				 order by title limit ?""")
			.params(query, query, limit)
			.query(Row.class)
			.list());
	}

	@Override
	public List<OfferSummary> byIds(Collection<UUID> ids) {
		return summaries(jdbc.sql("""
				select id, title, short_description, organisation_id as provider_id from offer
				 where state = 'PUBLISHED' and id = any (?) order by title""")
			.param(ids.toArray(UUID[]::new))
			.query(Row.class)
			.list());
	}

	private List<OfferSummary> summaries(List<Row> rows) {
		Map<UUID, OrganisationSummary> providers = organisations.byIds(rows.stream().map(Row::providerId).toList());
		return rows.stream()
			.map(r -> new OfferSummary(r.id(), r.title(), r.shortDescription(), r.providerId(),
					providers.containsKey(r.providerId()) ? providers.get(r.providerId()).name() : "–", "/offers/" + r.id()))
			.toList();
	}
}
