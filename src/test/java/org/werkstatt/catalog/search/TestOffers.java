package org.werkstatt.catalog.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Offers and runs written with SQL the way the catalog core's store publishes them (content columns, lists and the
 * weighted {@code search} vector), for the search's tests and its benchmark's shape.
 */
public final class TestOffers {

	private final JdbcClient jdbc;

	public TestOffers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An offer to write; lists hold codes, a target group starting with {@code ~} is a free one. */
	public static final class Offer {
		String provider = "bildungswerk-kai";
		String state = "PUBLISHED";
		String language = "de";
		String title = "Angebot";
		String shortDescription = "Kurz beschrieben.";
		@Nullable String description;
		@Nullable String keywords;
		String format = "IN_PERSON";
		List<String> legalBases = new ArrayList<>();
		List<String> funding = new ArrayList<>();
		List<String> groups = new ArrayList<>();
		List<String> access = new ArrayList<>();
		List<String[]> contacts = new ArrayList<>();

		public Offer title(String value) { title = value; return this; }
		public Offer shortDescription(String value) { shortDescription = value; return this; }
		public Offer keywords(String value) { keywords = value; return this; }
		public Offer state(String value) { state = value; return this; }
		public Offer language(String value) { language = value; return this; }
		public Offer provider(String value) { provider = value; return this; }
		public Offer format(String value) { format = value; return this; }
		public Offer basis(String... values) { legalBases.addAll(List.of(values)); return this; }
		public Offer funding(String... values) { funding.addAll(List.of(values)); return this; }
		public Offer groups(String... values) { groups.addAll(List.of(values)); return this; }
		public Offer access(String... values) { access.addAll(List.of(values)); return this; }
		public Offer contact(String name, String email) { contacts.add(new String[] { name, email }); return this; }
	}

	public UUID insert(Offer o) {
		UUID organisation = jdbc.sql("select id from organisation where slug = ?").param(o.provider).query(UUID.class).single();
		UUID owner = jdbc.sql("select id from organisation where slug = 'jobcenter-hafenstadt'").query(UUID.class).single();
		String config = switch (o.language) {
			case "da" -> "danish";
			case "en" -> "english";
			default -> "german";
		};
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into offer (id, organisation_id, owner_id, state, published_version, published_at, language, title,
				                   short_description, description, format, time_model, keywords, search)
				values (:id, :organisation, :owner, :state, case when :state = 'PUBLISHED' then 1 end, now(), :language, :title,
				        :short, :description, :format, 'PART_TIME', :keywords,
				        setweight(to_tsvector(cast(:config as regconfig), :title), 'A') || setweight(to_tsvector('simple', :title), 'A')
				        || setweight(to_tsvector(cast(:config as regconfig), coalesce(:keywords, '')), 'B')
				        || setweight(to_tsvector(cast(:config as regconfig), :short || ' ' || coalesce(:description, '')), 'C'))""")
			.param("id", id).param("organisation", organisation).param("owner", owner).param("state", o.state)
			.param("language", o.language).param("title", o.title).param("short", o.shortDescription)
			.param("description", o.description).param("format", o.format).param("keywords", o.keywords)
			.param("config", config)
			.update();
		o.legalBases.forEach(c -> jdbc.sql("insert into offer_legal_basis (offer_id, code) values (?, ?)").params(id, c).update());
		o.funding.forEach(c -> jdbc.sql("insert into offer_funding (offer_id, code) values (?, ?)").params(id, c).update());
		o.access.forEach(c -> jdbc.sql("insert into offer_accessibility (offer_id, code) values (?, ?)").params(id, c).update());
		for (int i = 0; i < o.groups.size(); i++) {
			String g = o.groups.get(i);
			jdbc.sql("insert into offer_target_group (offer_id, position, code, label) values (?, ?, ?, ?)")
				.params(id, i, g.startsWith("~") ? null : g, g.startsWith("~") ? g.substring(1) : null)
				.update();
		}
		for (int i = 0; i < o.contacts.size(); i++) {
			jdbc.sql("insert into offer_contact (offer_id, position, name, email) values (?, ?, ?, ?)")
				.params(id, i, o.contacts.get(i)[0], o.contacts.get(i)[1])
				.update();
		}
		return id;
	}

	/** A run from start to end in a city; places with when they were confirmed (null: not stated). */
	public UUID run(UUID offer, @Nullable LocalDate start, @Nullable LocalDate end, boolean rolling, @Nullable String city,
			@Nullable Integer places, @Nullable Instant confirmedAt, boolean enrolmentOpen, boolean cancelled) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into offer_run (id, offer_id, street, postal_code, city, start_date, end_date, rolling_entry,
				                       max_participants, places_available, places_confirmed_at, enrolment_open, cost,
				                       cancelled_at, cancel_reason)
				values (:id, :offer, 'Hafenstraße 1', '24937', :city, :start, :end, :rolling, 20, :places, :confirmed, :open,
				        120.00, case when :cancelled then now() end, case when :cancelled then 'Zu wenige Anmeldungen' end)""")
			.param("id", id).param("offer", offer).param("city", city).param("start", start).param("end", end)
			.param("rolling", rolling).param("places", places)
			.param("confirmed", confirmedAt == null ? null : java.sql.Timestamp.from(confirmedAt))
			.param("open", enrolmentOpen).param("cancelled", cancelled)
			.update();
		return id;
	}
}
