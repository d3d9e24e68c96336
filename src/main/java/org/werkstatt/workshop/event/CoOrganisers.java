package org.werkstatt.workshop.event;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Other organisations that organise an event with its owner; their organisers may manage it too. */
@Repository
public class CoOrganisers {

	private final JdbcClient jdbc;

	CoOrganisers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The co-organisers' organisation ids, in the order they were added. */
	public List<UUID> of(UUID eventId) {
		return jdbc.sql("select organisation_id from event_co_organiser where event_id = ? order by added_at, organisation_id")
			.param(eventId)
			.query(UUID.class)
			.list();
	}

	public void add(UUID eventId, UUID organisationId) {
		jdbc.sql("insert into event_co_organiser (event_id, organisation_id) values (?, ?) on conflict do nothing")
			.params(eventId, organisationId)
			.update();
	}

	void remove(UUID eventId, UUID organisationId) {
		jdbc.sql("delete from event_co_organiser where event_id = ? and organisation_id = ?")
			.params(eventId, organisationId)
			.update();
	}
}
