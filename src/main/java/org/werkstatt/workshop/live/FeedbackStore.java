package org.werkstatt.workshop.live;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The participants' feedback: one row per participant and event, replaced when given again. */
@Repository
class FeedbackStore {

	private final JdbcClient jdbc;

	FeedbackStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Saves the participant's feedback, or replaces what they gave before. */
	void save(UUID eventId, UUID participantId, int rating, RepeatFormat repeat, @Nullable String text) {
		jdbc.sql("""
				insert into feedback (participant_id, event_id, rating, repeat_format, text) values (?, ?, ?, ?, ?)
				on conflict (participant_id) do update
				set rating = excluded.rating, repeat_format = excluded.repeat_format, text = excluded.text, updated_at = now()""")
			.params(participantId, eventId, rating, repeat.name(), text)
			.update();
	}

	Optional<Feedback> of(UUID participantId) {
		return jdbc.sql("select rating, repeat_format, text, updated_at from feedback where participant_id = ?")
			.param(participantId)
			.query(FeedbackStore::feedback)
			.optional();
	}

	/** Every answer of the event, oldest first. */
	List<Feedback> all(UUID eventId) {
		return jdbc.sql("""
				select rating, repeat_format, text, updated_at from feedback where event_id = ? order by updated_at""")
			.param(eventId)
			.query(FeedbackStore::feedback)
			.list();
	}

	private static Feedback feedback(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Feedback(rs.getInt("rating"), RepeatFormat.valueOf(rs.getString("repeat_format")), rs.getString("text"),
				rs.getTimestamp("updated_at").toInstant());
	}
}
