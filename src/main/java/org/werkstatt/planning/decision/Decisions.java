package org.werkstatt.planning.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Decisions on ideas: the planner's draft, and what was published of it (table {@code decision}). */
@Repository
public class Decisions {

	private static final String PUBLISHED = """
			select idea_id, event_id, public_outcome, public_reason, public_measure_id, published_at from decision""";

	private final JdbcClient jdbc;

	Decisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The published decisions that point to the measure (the ideas it came from, or that it covers). */
	public List<PublishedDecision> publishedForMeasure(UUID measureId) {
		return jdbc.sql(PUBLISHED + " where public_measure_id = ? and published_at is not null order by published_at")
			.param(measureId)
			.query(Decisions::published)
			.list();
	}

	/** The published decisions on the ideas of an event. */
	public List<PublishedDecision> publishedForEvent(UUID eventId) {
		return jdbc.sql(PUBLISHED + " where event_id = ? and published_at is not null")
			.param(eventId)
			.query(Decisions::published)
			.list();
	}

	static PublishedDecision published(ResultSet rs, int row) throws SQLException {
		return new PublishedDecision(rs.getObject("idea_id", UUID.class), rs.getObject("event_id", UUID.class),
				DecisionOutcome.valueOf(rs.getString("public_outcome")), rs.getString("public_reason"),
				rs.getObject("public_measure_id", UUID.class), rs.getTimestamp("published_at").toInstant());
	}
}
