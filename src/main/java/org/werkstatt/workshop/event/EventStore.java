package org.werkstatt.workshop.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.workshop.EventFormat;
import org.werkstatt.workshop.EventSummary;
import org.werkstatt.workshop.Events;
import org.werkstatt.workshop.SeriesSummary;

/** Events, their series, agenda and product show. Every change is scoped to the organising organisation. */
@Repository
public class EventStore implements Events {

	private static final String COLUMNS = """
			id, organisation_id, series_id, format, title, description, venue_name, street, postal_code, city,
			online_url, starts_at, ends_at, visibility
			""";

	/** Owned by the organisation, or co-organised by it; two parameters, both the organisation's id. */
	private static final String MANAGED_BY = """
			(organisation_id = ? or exists (select 1 from event_co_organiser c
			    where c.event_id = event.id and c.organisation_id = ?))""";

	private final JdbcClient jdbc;
	private final Organisations organisations;

	EventStore(JdbcClient jdbc, Organisations organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	@Override
	public List<EventSummary> upcoming(int limit) {
		return summaries(jdbc.sql("select " + COLUMNS + """
				 from event where visibility = 'PUBLIC' and ends_at >= now() order by starts_at limit ?""")
			.param(limit)
			.query(EventStore::event)
			.list());
	}

	@Override
	public List<EventSummary> organisedBy(UUID organisationId) {
		return summaries(ofOrganisation(organisationId));
	}

	@Override
	public List<EventSummary> byIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return summaries(jdbc.sql("select " + COLUMNS + " from event where id = any (?) order by starts_at")
			.param(ids.toArray(UUID[]::new))
			.query(EventStore::event)
			.list());
	}

	public List<EventSummary> past(int limit) {
		return summaries(jdbc.sql("select " + COLUMNS + """
				 from event where visibility = 'PUBLIC' and ends_at < now() order by starts_at desc limit ?""")
			.param(limit)
			.query(EventStore::event)
			.list());
	}

	public Optional<Event> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from event where id = ?").param(id).query(EventStore::event).optional();
	}

	public Optional<Event> findOf(UUID organisationId, UUID id) {
		return find(id).filter(event -> event.organisationId().equals(organisationId));
	}

	/** An event the organisation owns or co-organises. */
	public Optional<Event> findManagedBy(UUID organisationId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from event where id = ? and " + MANAGED_BY)
			.params(id, organisationId, organisationId)
			.query(EventStore::event)
			.optional();
	}

	@Override
	public boolean organises(UUID organisationId, UUID eventId) {
		return findManagedBy(organisationId, eventId).isPresent();
	}

	/** The events the organisation owns or co-organises that have not ended and start before the given time, soonest first. */
	List<Event> comingUpFor(UUID organisationId, Instant before, int limit) {
		return jdbc.sql("select " + COLUMNS + " from event where " + MANAGED_BY
				+ " and ends_at > now() and starts_at < ? order by starts_at limit ?")
			.params(organisationId, organisationId, Timestamp.from(before), limit)
			.query(EventStore::event)
			.list();
	}

	public List<Event> ofOrganisation(UUID organisationId) {
		return jdbc.sql("select " + COLUMNS + " from event where " + MANAGED_BY + " order by starts_at desc")
			.params(organisationId, organisationId)
			.query(EventStore::event)
			.list();
	}

	public List<Event> publicOf(UUID organisationId) {
		return jdbc.sql("select " + COLUMNS + """
				 from event where organisation_id = ? and visibility = 'PUBLIC' order by starts_at""")
			.param(organisationId)
			.query(EventStore::event)
			.list();
	}

	public List<Event> ofSeries(UUID seriesId) {
		return jdbc.sql("select " + COLUMNS + """
				 from event where series_id = ? and visibility = 'PUBLIC' order by starts_at""")
			.param(seriesId)
			.query(EventStore::event)
			.list();
	}

	public UUID create(UUID organisationId, EventForm form, ZoneId zone) {
		return jdbc.sql("""
				insert into event (organisation_id, series_id, format, title, description, venue_name, street,
				    postal_code, city, online_url, starts_at, ends_at, visibility)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(organisationId, form.seriesId(), form.format().name(), form.title().strip(),
					blankToNull(form.description()), blankToNull(form.venueName()), blankToNull(form.street()),
					blankToNull(form.postalCode()), blankToNull(form.city()), blankToNull(form.onlineUrl()),
					timestamp(form.startsAt(), zone), timestamp(form.endsAt(), zone), form.visibility().name())
			.query(UUID.class)
			.single();
	}

	public boolean update(UUID organisationId, UUID id, EventForm form, ZoneId zone) {
		return jdbc.sql("""
				update event set series_id = ?, format = ?, title = ?, description = ?, venue_name = ?, street = ?,
				    postal_code = ?, city = ?, online_url = ?, starts_at = ?, ends_at = ?, visibility = ?,
				    updated_at = now()
				where id = ? and organisation_id = ?""")
			.params(form.seriesId(), form.format().name(), form.title().strip(), blankToNull(form.description()),
					blankToNull(form.venueName()), blankToNull(form.street()), blankToNull(form.postalCode()),
					blankToNull(form.city()), blankToNull(form.onlineUrl()), timestamp(form.startsAt(), zone),
					timestamp(form.endsAt(), zone), form.visibility().name(), id, organisationId)
			.update() == 1;
	}

	public UUID createSeries(UUID organisationId, String title, @Nullable String description) {
		return jdbc.sql("insert into event_series (organisation_id, title, description) values (?, ?, ?) returning id")
			.params(organisationId, title.strip(), blankToNull(description))
			.query(UUID.class)
			.single();
	}

	public List<Series> seriesOf(UUID organisationId) {
		return jdbc.sql("select id, organisation_id, title, description from event_series where organisation_id = ? order by title")
			.param(organisationId)
			.query(EventStore::series)
			.list();
	}

	@Override
	public List<SeriesSummary> seriesRunBy(UUID organisationId) {
		return seriesOf(organisationId).stream().map(EventStore::summary).toList();
	}

	@Override
	public List<SeriesSummary> seriesByIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id, organisation_id, title, description from event_series where id = any (?) order by title")
			.param(ids.toArray(UUID[]::new))
			.query(EventStore::series)
			.list()
			.stream()
			.map(EventStore::summary)
			.toList();
	}

	private static SeriesSummary summary(Series series) {
		return new SeriesSummary(series.id(), series.organisationId(), series.title());
	}

	public Optional<Series> findSeries(UUID id) {
		return jdbc.sql("select id, organisation_id, title, description from event_series where id = ?")
			.param(id)
			.query(EventStore::series)
			.optional();
	}

	public List<AgendaItem> agenda(UUID eventId) {
		return jdbc.sql("select id, starts, title, speaker, room from event_agenda_item where event_id = ? order by starts, title")
			.param(eventId)
			.query((rs, n) -> new AgendaItem(rs.getObject("id", UUID.class), rs.getObject("starts", LocalTime.class),
					rs.getString("title"), rs.getString("speaker"), rs.getString("room")))
			.list();
	}

	public void addAgendaItem(UUID eventId, LocalTime starts, String title, @Nullable String speaker, @Nullable String room) {
		jdbc.sql("insert into event_agenda_item (event_id, starts, title, speaker, room) values (?, ?, ?, ?, ?)")
			.params(eventId, starts, title.strip(), blankToNull(speaker), blankToNull(room))
			.update();
	}

	public void removeAgendaItem(UUID eventId, UUID itemId) {
		jdbc.sql("delete from event_agenda_item where id = ? and event_id = ?").params(itemId, eventId).update();
	}

	public List<ShowcaseItem> showcase(UUID eventId) {
		return jdbc.sql("select id, title, presenter, description from event_showcase_item where event_id = ? order by created_at")
			.param(eventId)
			.query((rs, n) -> new ShowcaseItem(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getString("presenter"), rs.getString("description")))
			.list();
	}

	public void addShowcaseItem(UUID eventId, String title, @Nullable String presenter, @Nullable String description) {
		jdbc.sql("insert into event_showcase_item (event_id, title, presenter, description) values (?, ?, ?, ?)")
			.params(eventId, title.strip(), blankToNull(presenter), blankToNull(description))
			.update();
	}

	public void removeShowcaseItem(UUID eventId, UUID itemId) {
		jdbc.sql("delete from event_showcase_item where id = ? and event_id = ?").params(itemId, eventId).update();
	}

	private List<EventSummary> summaries(List<Event> events) {
		Map<UUID, OrganisationSummary> organisers = organisations
			.byIds(events.stream().map(Event::organisationId).distinct().toList());
		return events.stream()
			.map(e -> new EventSummary(e.id(), e.organisationId(),
					organisers.containsKey(e.organisationId()) ? organisers.get(e.organisationId()).name() : "",
					e.format(), e.title(), e.startsAt(), e.endsAt(), e.city(), e.onlineUrl() != null,
					e.visibility() == Visibility.PUBLIC))
			.toList();
	}

	private static Timestamp timestamp(@Nullable LocalDateTime local, ZoneId zone) {
		return Timestamp.from(local.atZone(zone).toInstant());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Series series(ResultSet rs, int row) throws SQLException {
		return new Series(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getString("title"), rs.getString("description"));
	}

	private static Event event(ResultSet rs, int row) throws SQLException {
		return new Event(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getObject("series_id", UUID.class), EventFormat.valueOf(rs.getString("format")), rs.getString("title"),
				rs.getString("description"), rs.getString("venue_name"), rs.getString("street"),
				rs.getString("postal_code"), rs.getString("city"), rs.getString("online_url"),
				instant(rs, "starts_at"), instant(rs, "ends_at"), Visibility.valueOf(rs.getString("visibility")));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}
}
