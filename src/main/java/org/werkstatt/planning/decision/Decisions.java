package org.werkstatt.planning.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Decisions on ideas: the planner's draft, and what was published of it (table {@code decision}). */
@Repository
public class Decisions {

	private static final String PUBLISHED = """
			select idea_id, event_id, public_outcome, public_reason, public_measure_id, published_at from decision""";

	private static final String ALL = """
			select idea_id, event_id, outcome, reason, measure_id, decided_at, public_outcome, public_reason,
			       public_measure_id, published_at from decision""";

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

	/** The published decisions on these ideas, by idea, in one query. */
	Map<UUID, PublishedDecision> publishedFor(Collection<UUID> ideaIds) {
		Map<UUID, PublishedDecision> byIdea = new HashMap<>();
		if (ideaIds.isEmpty()) {
			return byIdea;
		}
		jdbc.sql(PUBLISHED + " where idea_id = any (?) and published_at is not null")
			.param(ideaIds.toArray(UUID[]::new))
			.query(Decisions::published)
			.list()
			.forEach(d -> byIdea.put(d.ideaId(), d));
		return byIdea;
	}

	/** Every decision of the organisation, draft and public, by idea. */
	Map<UUID, Decision> ofOrganisation(UUID organisationId) {
		Map<UUID, Decision> byIdea = new HashMap<>();
		jdbc.sql(ALL + " where organisation_id = ?")
			.param(organisationId)
			.query(Decisions::decision)
			.list()
			.forEach(d -> byIdea.put(d.ideaId(), d));
		return byIdea;
	}

	/** The ideas among these that another organisation decided on (a co-organised event's). */
	List<UUID> decidedByOthers(UUID organisationId, Collection<UUID> ideaIds) {
		return jdbc.sql("select idea_id from decision where idea_id = any (?) and organisation_id <> ?")
			.params(ideaIds.toArray(UUID[]::new), organisationId)
			.query(UUID.class)
			.list();
	}

	/** Writes the draft decision on the idea (replacing an earlier draft); what is public stays as it was. */
	void saveDraft(UUID organisationId, UUID ideaId, @Nullable UUID eventId, DecisionOutcome outcome,
			@Nullable String reason, @Nullable UUID measureId, @Nullable UUID decidedBy) {
		jdbc.sql("""
				insert into decision (idea_id, organisation_id, event_id, outcome, reason, measure_id, decided_at, decided_by)
				values (?, ?, ?, ?, ?, ?, clock_timestamp(), ?)
				on conflict (idea_id) do update set outcome = excluded.outcome, reason = excluded.reason,
				    measure_id = excluded.measure_id, decided_at = excluded.decided_at, decided_by = excluded.decided_by
				 where decision.organisation_id = excluded.organisation_id""")
			.params(ideaId, organisationId, eventId, outcome.name(), reason, measureId, decidedBy)
			.update();
	}

	/**
	 * Publishes the organisation's drafts that are new or changed since their last publication: those of
	 * the event, or those of the ideas given (or both conditions, when both are given).
	 *
	 * @return the decisions as they are public now
	 */
	List<PublishedDecision> publish(UUID organisationId, @Nullable UUID eventId, @Nullable Collection<UUID> ideaIds) {
		return jdbc.sql("""
				update decision set public_outcome = outcome, public_reason = reason, public_measure_id = measure_id,
				       published_at = clock_timestamp()
				 where organisation_id = ? and (published_at is null or decided_at > published_at)
				   and (?::uuid is null or event_id = ?::uuid) and (?::uuid[] is null or idea_id = any (?::uuid[]))
				returning idea_id, event_id, public_outcome, public_reason, public_measure_id, published_at""")
			.params(organisationId, eventId, eventId, ideaIds == null ? null : ideaIds.toArray(UUID[]::new),
					ideaIds == null ? null : ideaIds.toArray(UUID[]::new))
			.query(Decisions::published)
			.list();
	}

	static PublishedDecision published(ResultSet rs, int row) throws SQLException {
		return new PublishedDecision(rs.getObject("idea_id", UUID.class), rs.getObject("event_id", UUID.class),
				DecisionOutcome.valueOf(rs.getString("public_outcome")), rs.getString("public_reason"),
				rs.getObject("public_measure_id", UUID.class), rs.getTimestamp("published_at").toInstant());
	}

	private static Decision decision(ResultSet rs, int row) throws SQLException {
		String publicOutcome = rs.getString("public_outcome");
		Timestamp published = rs.getTimestamp("published_at");
		return new Decision(rs.getObject("idea_id", UUID.class), rs.getObject("event_id", UUID.class),
				DecisionOutcome.valueOf(rs.getString("outcome")), rs.getString("reason"),
				rs.getObject("measure_id", UUID.class), rs.getTimestamp("decided_at").toInstant(),
				publicOutcome == null ? null : DecisionOutcome.valueOf(publicOutcome), rs.getString("public_reason"),
				rs.getObject("public_measure_id", UUID.class), published == null ? null : published.toInstant());
	}
}
