package org.werkstatt.catalog.offer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.werkstatt.catalog.OfferModule;
import org.werkstatt.catalog.OfferSummary;
import org.werkstatt.catalog.Offers;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;

/** The module's API over the published offers' columns. */
@Component
class PublishedOffers implements Offers {

	private final JdbcClient jdbc;
	private final Organisations organisations;

	PublishedOffers(JdbcClient jdbc, Organisations organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	private record Row(UUID id, String title, String shortDescription, UUID providerId) {
	}

	@Override
	public List<OfferSummary> published(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return summaries(jdbc.sql("""
				select id, title, short_description, organisation_id as provider_id from offer
				 where id = any (?) and state = 'PUBLISHED' order by lower(title), id""")
			.param(ids.toArray(UUID[]::new))
			.query(Row.class)
			.list());
	}

	@Override
	public List<OfferSummary> publishedOf(UUID organisationId) {
		return summaries(jdbc.sql("""
				select id, title, short_description, organisation_id as provider_id from offer
				 where organisation_id = ? and state = 'PUBLISHED' order by lower(title), id""")
			.param(organisationId)
			.query(Row.class)
			.list());
	}

	@Override
	public List<OfferSummary> find(String query, int limit) {
		String words = query.strip();
		if (words.isEmpty() || limit <= 0) {
			return List.of();
		}
		String like = "%" + words.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return summaries(jdbc.sql("""
				select id, title, short_description, organisation_id as provider_id from offer
				 where state = 'PUBLISHED' and (lower(title) like ? or search @@ plainto_tsquery('simple', ?)
				    or similarity(title, ?) > 0.3)
				 order by lower(title) like ? desc, similarity(title, ?) desc, lower(title), id limit ?""")
			.params(like, words, words, like, words, limit)
			.query(Row.class)
			.list());
	}

	@Override
	public List<OfferModule> modules(UUID offerId) {
		return jdbc.sql("""
				select m.id, m.name, m.hours from offer_module m join offer o on o.id = m.offer_id
				 where m.offer_id = ? and o.state = 'PUBLISHED' order by m.position, m.id""")
			.param(offerId)
			.query(OfferModule.class)
			.list();
	}

	private List<OfferSummary> summaries(List<Row> rows) {
		Map<UUID, OrganisationSummary> providers = organisations
			.byIds(rows.stream().map(Row::providerId).distinct().toList());
		return rows.stream().map(row -> {
			OrganisationSummary provider = providers.get(row.providerId());
			return new OfferSummary(row.id(), row.title(), row.shortDescription(), row.providerId(),
					provider == null ? "" : provider.name(), "/offers/" + row.id());
		}).toList();
	}
}
