package org.werkstatt.planning.meeting;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings a plan is presented at: events and series of the workshop module, by id (tables
 * {@code plan_event} and {@code plan_series}).
 */
@Repository
class PlanMeetings {

	private final JdbcClient jdbc;

	PlanMeetings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<UUID> events(UUID planId) {
		return jdbc.sql("select event_id from plan_event where plan_id = ?").param(planId).query(UUID.class).list();
	}

	List<UUID> series(UUID planId) {
		return jdbc.sql("select series_id from plan_series where plan_id = ?").param(planId).query(UUID.class).list();
	}

	List<UUID> plansAtEvent(UUID eventId) {
		return jdbc.sql("select plan_id from plan_event where event_id = ?").param(eventId).query(UUID.class).list();
	}

	List<UUID> plansOfSeries(UUID seriesId) {
		return jdbc.sql("select plan_id from plan_series where series_id = ?").param(seriesId).query(UUID.class).list();
	}

	/** The plan is presented at exactly these events and series from now on. */
	@Transactional
	void replace(UUID planId, Collection<UUID> events, Collection<UUID> series) {
		jdbc.sql("delete from plan_event where plan_id = ?").param(planId).update();
		jdbc.sql("delete from plan_series where plan_id = ?").param(planId).update();
		for (UUID event : events) {
			jdbc.sql("insert into plan_event (plan_id, event_id) values (?, ?)").params(planId, event).update();
		}
		for (UUID one : series) {
			jdbc.sql("insert into plan_series (plan_id, series_id) values (?, ?)").params(planId, one).update();
		}
	}
}
