package org.werkstatt.catalog.search;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.werkstatt.catalog.offer.Format;
import org.werkstatt.catalog.offer.PlacesRule;
import org.werkstatt.catalog.offer.TimeModel;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;

/**
 * Loads a published offer for its public page in six queries: the offer with its lists, its modules, its
 * contacts, its runs, the legal bases' labels and the provider. A draft, an archived or an unknown offer is empty.
 */
@Component
class PublicOffers {

	private static final String OFFER = """
			select o.*,
			       array(select x.code::text from offer_legal_basis x join legal_basis b on b.code = x.code
			              where x.offer_id = o.id order by b.position) as lb,
			       array(select x.code::text from offer_funding x where x.offer_id = o.id order by x.code) as fu,
			       array(select coalesce(x.code, '~' || x.label)::text from offer_target_group x where x.offer_id = o.id
			              order by x.position) as tg,
			       array(select x.code::text from offer_accessibility x where x.offer_id = o.id order by x.code) as ac
			  from offer o where o.id = :id and o.state = 'PUBLISHED'
			""";

	private final JdbcClient jdbc;
	private final Organisations organisations;
	private final LegalBases legalBases;
	private final PlacesRule places;
	private final MessageSource messages;

	PublicOffers(JdbcClient jdbc, Organisations organisations, LegalBases legalBases, PlacesRule places,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.legalBases = legalBases;
		this.places = places;
		this.messages = messages;
	}

	Optional<PublicOffer> find(UUID id, Locale locale) {
		Map<String, String> labels = legalBases.labels(locale);
		Optional<PublicOffer> found = jdbc.sql(OFFER).param("id", id).query((rs, n) -> {
			Timestamp modified = rs.getTimestamp("modified_at");
			return new PublicOffer(id, rs.getString("language"), rs.getString("title"), rs.getString("short_description"),
					rs.getString("description"), rs.getString("prerequisites"), rs.getString("outcome"),
					rs.getString("examining_body"), rs.getString("azav_certifier"), rs.getString("azav_measure_number"),
					rs.getObject("azav_valid_until", LocalDate.class), Format.valueOf(rs.getString("format")),
					TimeModel.valueOf(rs.getString("time_model")), rs.getString("duration"), rs.getString("keywords"),
					OfferRows.strings(rs.getArray("lb")).stream().map(c -> labels.getOrDefault(c, c)).toList(),
					OfferRows.strings(rs.getArray("fu")).stream().map(c -> text("catalog.funding." + c, locale)).toList(),
					OfferRows.strings(rs.getArray("tg")).stream()
						.map(c -> c.startsWith("~") ? c.substring(1) : text("catalog.targetGroup." + c, locale)).toList(),
					OfferRows.strings(rs.getArray("ac")).stream().map(c -> text("catalog.accessibility." + c, locale)).toList(),
					List.of(), List.of(), List.of(), provider(rs.getObject("organisation_id", UUID.class)),
					modified == null ? null : modified.toInstant());
		}).optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		PublicOffer o = found.get();
		List<PublicOffer.Module> modules = jdbc.sql(
				"select name, hours, description from offer_module where offer_id = :id order by position")
			.param("id", id)
			.query((rs, n) -> new PublicOffer.Module(rs.getString("name"), (Integer) rs.getObject("hours"),
					rs.getString("description")))
			.list();
		List<PublicOffer.Contact> contacts = jdbc.sql(
				"select name, role, email, phone from offer_contact where offer_id = :id order by position")
			.param("id", id)
			.query((rs, n) -> new PublicOffer.Contact(rs.getString("name"), rs.getString("role"), rs.getString("email"),
					rs.getString("phone")))
			.list();
		return Optional.of(new PublicOffer(o.id(), o.language(), o.title(), o.shortDescription(), o.description(),
				o.prerequisites(), o.outcome(), o.examiningBody(), o.azavCertifier(), o.azavMeasureNumber(),
				o.azavValidUntil(), o.format(), o.timeModel(), o.duration(), o.keywords(), o.legalBases(), o.funding(),
				o.targetGroups(), o.accessibility(), modules, contacts, runs(id), o.provider(), o.modifiedAt()));
	}

	/** The runs that have not ended, the next first; cancelled ones stay with their reason. */
	private List<RunRows> runs(UUID offer) {
		return jdbc.sql("select " + RunRows.COLUMNS + " from offer_run run"
				+ " where run.offer_id = :id and (run.end_date is null or run.end_date >= :today)"
				+ " order by run.start_date nulls first, run.id")
			.param("id", offer)
			.param("today", places.today())
			.query((rs, n) -> RunRows.of(RunRows.run(rs, "r_"), places))
			.list();
	}

	private OrganisationSummary provider(UUID id) {
		return organisations.byId(id).orElseThrow();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
