package org.werkstatt.catalog.editor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The versions that wait for an owner's approval, for its list and for the count on "my work". */
@Component
class WaitingApprovals {

	/** A submitted version: the offer, its provider, the title it will have, when and by whom, new or a change. */
	public record Waiting(UUID offerId, UUID providerId, int number, String title, Instant submittedAt, String submittedBy,
			boolean isNew) {
	}

	private final JdbcClient jdbc;

	WaitingApprovals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Oldest submission first. */
	List<Waiting> of(UUID ownerId) {
		return jdbc.sql("""
				select o.id, o.organisation_id, v.number, v.content ->> 'title', v.submitted_at, v.created_by_name,
				       o.published_version is null
				  from offer o join offer_version v on v.offer_id = o.id and v.state = 'SUBMITTED'
				 where o.owner_id = ?
				 order by v.submitted_at, o.id""")
			.param(ownerId)
			.query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
					rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getBoolean(7)))
			.list();
	}

	long count(UUID ownerId) {
		return jdbc.sql("""
				select count(*) from offer o join offer_version v on v.offer_id = o.id and v.state = 'SUBMITTED'
				 where o.owner_id = ?""")
			.param(ownerId)
			.query(Long.class)
			.single();
	}
}
