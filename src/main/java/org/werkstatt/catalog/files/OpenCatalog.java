package org.werkstatt.catalog.files;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The published catalog as open data reads it: only offers in state PUBLISHED, with the published content of
 * their columns and lists, their runs, and nothing else (no drafts, no versions, no people but the work
 * contacts the provider published with the offer).
 */
@Repository
class OpenCatalog {

	/** An offer's published columns. */
	record Offer(UUID id, UUID organisationId, String language, @Nullable String externalId, String title,
			String shortDescription, @Nullable String description, @Nullable String prerequisites, @Nullable String outcome,
			@Nullable String examiningBody, @Nullable String azavCertifier, @Nullable String azavMeasureNumber,
			@Nullable LocalDate azavValidUntil, String format, String timeModel, @Nullable String duration,
			@Nullable String keywords, Instant modifiedAt, @Nullable Instant publishedAt) {
	}

	/** A run of a published offer. */
	record Run(UUID id, UUID offerId, @Nullable String externalId, @Nullable String street, @Nullable String postalCode,
			@Nullable String city, @Nullable String region, @Nullable String onlineUrl, @Nullable LocalDate startDate,
			@Nullable LocalDate endDate, boolean rollingEntry, @Nullable String schedule, @Nullable Integer maxParticipants,
			@Nullable Integer placesAvailable, @Nullable Instant placesConfirmedAt, boolean enrolmentOpen,
			@Nullable Integer waitingWeeks, @Nullable BigDecimal cost, boolean cancelled, Instant modifiedAt) {
	}

	/** A published contact of an offer. */
	record Contact(UUID offerId, int position, String name, @Nullable String role, @Nullable String email,
			@Nullable String phone) {
	}

	/** A target group: a vocabulary code or a free label. */
	record Group(UUID offerId, int position, @Nullable String code, @Nullable String label) {
	}

	/** The lists of some offers, each by offer. */
	record Lists(Map<UUID, List<String>> legalBases, Map<UUID, List<String>> funding, Map<UUID, List<String>> accessibility,
			Map<UUID, List<Group>> targetGroups, Map<UUID, List<Contact>> contacts, Map<UUID, List<Run>> runs) {
	}

	/** A page of offers and how many there are in all. */
	record Page(List<Offer> offers, long total) {
	}

	private static final String COLUMNS = """
			o.id, o.organisation_id, o.language, o.external_id, o.title, o.short_description, o.description,
			o.prerequisites, o.outcome, o.examining_body, o.azav_certifier, o.azav_measure_number, o.azav_valid_until,
			o.format, o.time_model, o.duration, o.keywords, o.modified_at, o.published_at""";

	private final JdbcClient jdbc;

	OpenCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Published offers, newest change first, optionally modified on or after an instant, of one organisation, or
	 * matching a search (full text on the published search vector, or a part of the title).
	 */
	Page page(int offset, int limit, @Nullable Instant modifiedAfter, @Nullable String search, @Nullable UUID organisationId) {
		StringBuilder where = new StringBuilder(" where o.state = 'PUBLISHED'");
		List<Object> params = new ArrayList<>();
		if (modifiedAfter != null) {
			where.append(" and o.modified_at >= ?");
			params.add(java.sql.Timestamp.from(modifiedAfter));
		}
		if (organisationId != null) {
			where.append(" and o.organisation_id = ?");
			params.add(organisationId);
		}
		if (search != null && !search.isBlank()) {
			where.append(" and (o.search @@ plainto_tsquery('simple', ?) or o.title ilike ?)");
			params.add(search.strip());
			params.add("%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		long total = jdbc.sql("select count(*) from offer o" + where).params(params).query(Long.class).single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(limit);
		paged.add(offset);
		List<Offer> offers = jdbc.sql("select " + COLUMNS + " from offer o" + where
				+ " order by o.modified_at desc, o.id limit ? offset ?").params(paged).query(OpenCatalog::offer).list();
		return new Page(offers, total);
	}

	Optional<Offer> offer(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from offer o where o.id = ? and o.state = 'PUBLISHED'")
			.param(id)
			.query(OpenCatalog::offer)
			.optional();
	}

	/** The organisations with published offers, and how many each has. */
	Map<UUID, Integer> organisations() {
		Map<UUID, Integer> counts = new java.util.LinkedHashMap<>();
		jdbc.sql("select organisation_id, count(*) from offer where state = 'PUBLISHED' group by organisation_id order by organisation_id")
			.query(rs -> {
				counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
			});
		return counts;
	}

	/** Every list of the offers, in six queries whatever their number. */
	Lists lists(Collection<UUID> offerIds) {
		UUID[] ids = offerIds.toArray(UUID[]::new);
		return new Lists(codes("offer_legal_basis", ids), codes("offer_funding", ids), codes("offer_accessibility", ids),
				group(jdbc.sql("select offer_id, position, code, label from offer_target_group where offer_id = any(?) order by offer_id, position")
					.param(ids)
					.query((rs, n) -> new Group(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getString(4)))
					.list(), Group::offerId),
				group(jdbc.sql("select offer_id, position, name, role, email, phone from offer_contact where offer_id = any(?) order by offer_id, position")
					.param(ids)
					.query((rs, n) -> new Contact(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6)))
					.list(), Contact::offerId),
				group(jdbc.sql("""
						select id, offer_id, external_id, street, postal_code, city, region, online_url, start_date, end_date,
						       rolling_entry, schedule, max_participants, places_available, places_confirmed_at, enrolment_open,
						       waiting_weeks, cost, cancelled_at is not null, modified_at
						  from offer_run where offer_id = any(?) order by offer_id, start_date nulls first, id""")
					.param(ids)
					.query((rs, n) -> new Run(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
							rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
							rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), rs.getBoolean(11),
							rs.getString(12), (Integer) rs.getObject(13), (Integer) rs.getObject(14), instant(rs, 15),
							rs.getBoolean(16), (Integer) rs.getObject(17), rs.getBigDecimal(18), rs.getBoolean(19),
							rs.getTimestamp(20).toInstant()))
					.list(), Run::offerId));
	}

	private Map<UUID, List<String>> codes(String table, UUID[] ids) {
		Map<UUID, List<String>> codes = new HashMap<>();
		jdbc.sql("select offer_id, code from " + table + " where offer_id = any(?) order by offer_id, code")
			.param(ids)
			.query(rs -> {
				codes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
			});
		return codes;
	}

	private static <T> Map<UUID, List<T>> group(List<T> items, java.util.function.Function<T, UUID> key) {
		Map<UUID, List<T>> grouped = new HashMap<>();
		items.forEach(item -> grouped.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
		return grouped;
	}

	private static Offer offer(ResultSet rs, int n) throws SQLException {
		return new Offer(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
				rs.getString(11), rs.getString(12), rs.getObject(13, LocalDate.class), rs.getString(14), rs.getString(15),
				rs.getString(16), rs.getString(17), rs.getTimestamp(18).toInstant(), instant(rs, 19));
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		java.sql.Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
