package org.werkstatt.catalog.show;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.workshop.EventFormat;
import org.werkstatt.workshop.event.EventForm;
import org.werkstatt.workshop.event.EventStore;
import org.werkstatt.workshop.event.Visibility;

/** Offers and events for the product show's tests, written straight into the tables (not through the editor). */
public final class ShowFixture {

	private final JdbcClient jdbc;
	private final EventStore events;

	public ShowFixture(JdbcClient jdbc, EventStore events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	public UUID organisation(String slug) {
		return jdbc.sql("select id from organisation where slug = ?").param(slug).query(UUID.class).single();
	}

	/** An offer of the organisation in the given state (PUBLISHED, DRAFT, ARCHIVED), owned by the jobcenter. */
	public UUID offer(String slug, String title, String state) {
		UUID owner = organisation("jobcenter-hafenstadt");
		return jdbc.sql("""
				insert into offer (organisation_id, owner_id, state, published_version, published_at, title, short_description,
				    format, time_model)
				values (?, ?, ?, ?, case when ? then now() end, ?, ?, 'IN_PERSON', 'PART_TIME') returning id""")
			.params(organisation(slug), owner, state, "DRAFT".equals(state) ? null : 1, !"DRAFT".equals(state), title,
					"Kurz gesagt: " + title)
			.query(UUID.class)
			.single();
	}

	public UUID event(String slug, String title, Visibility visibility) {
		LocalDateTime start = LocalDateTime.now().plusDays(3).withHour(10).withMinute(0).withSecond(0).withNano(0);
		return events.create(organisation(slug), new EventForm(EventFormat.IDEA_WORKSHOP, title, null, start,
				start.plusHours(6), "Rathaus", null, null, "Hafenstadt", null, visibility, null), ZoneId.of("Europe/Berlin"));
	}

	public void show(UUID event, UUID offer, int position, String presenter) {
		jdbc.sql("insert into offer_showcase (event_id, offer_id, position, presenter, slot, stand) values (?, ?, ?, ?, '10:00–10:20', 'Stand 2')")
			.params(event, offer, position, presenter)
			.update();
	}
}
