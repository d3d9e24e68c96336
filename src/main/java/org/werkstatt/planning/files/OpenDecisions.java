package org.werkstatt.planning.files;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.werkstatt.planning.decision.DecisionOutcome;
import org.werkstatt.workshop.IdeaSummary;
import org.werkstatt.workshop.Ideas;

/**
 * An organisation's published decisions as open data: only what the planner published (the {@code public_*}
 * columns), only on ideas that are published on their wall (the workshop's {@link Ideas}) or were entered by
 * hand, and a measure only if its plan is public and no draft. Two queries whatever the number.
 */
@Repository
class OpenDecisions {

	/** A published decision with its idea and, where public, its measure. */
	record Row(UUID ideaId, @Nullable UUID eventId, @Nullable String eventTitle, @Nullable String wall, String idea,
			@Nullable String manualSource, DecisionOutcome outcome, @Nullable String reason, @Nullable UUID planId,
			@Nullable UUID measureId, @Nullable String measureNumber, @Nullable String measureTitle, Instant publishedAt) {
	}

	private record Published(UUID ideaId, @Nullable UUID eventId, DecisionOutcome outcome, @Nullable String reason,
			@Nullable UUID planId, @Nullable UUID measureId, @Nullable String measureNumber, @Nullable String measureTitle,
			Instant publishedAt, @Nullable String manualText, @Nullable String manualSource) {
	}

	private final JdbcClient jdbc;
	private final Ideas ideas;

	OpenDecisions(JdbcClient jdbc, Ideas ideas) {
		this.jdbc = jdbc;
		this.ideas = ideas;
	}

	List<Row> of(UUID organisationId) {
		List<Published> published = jdbc.sql("""
				select d.idea_id, d.event_id, d.public_outcome, d.public_reason, d.published_at,
				       p.id as plan_id, case when p.id is null then null else m.id end as measure_id,
				       case when p.id is null then null else m.number end as measure_number,
				       case when p.id is null then null else m.title end as measure_title,
				       mi.text as manual_text, mi.source as manual_source
				  from decision d
				  left join measure m on m.id = d.public_measure_id
				  left join plan p on p.id = m.plan_id and p.visibility = 'PUBLIC' and p.status <> 'DRAFT'
				  left join manual_idea mi on mi.id = d.idea_id and mi.organisation_id = d.organisation_id
				 where d.organisation_id = ? and d.published_at is not null and d.public_outcome is not null
				 order by d.published_at, d.idea_id""")
			.param(organisationId)
			.query((rs, n) -> new Published(rs.getObject("idea_id", UUID.class), rs.getObject("event_id", UUID.class),
					DecisionOutcome.valueOf(rs.getString("public_outcome")), rs.getString("public_reason"),
					rs.getObject("plan_id", UUID.class), rs.getObject("measure_id", UUID.class), rs.getString("measure_number"),
					rs.getString("measure_title"), rs.getTimestamp("published_at").toInstant(), rs.getString("manual_text"),
					rs.getString("manual_source")))
			.list();
		List<UUID> workshopIdeas = published.stream().filter(p -> p.manualText() == null).map(Published::ideaId).toList();
		Map<UUID, IdeaSummary> byId = workshopIdeas.isEmpty() ? Map.of()
				: ideas.byIds(workshopIdeas).stream().collect(Collectors.toMap(IdeaSummary::id, Function.identity()));
		List<Row> rows = new ArrayList<>();
		for (Published decision : published) {
			if (decision.manualText() != null) {
				rows.add(row(decision, null, null, decision.manualText(), decision.manualSource()));
				continue;
			}
			IdeaSummary idea = byId.get(decision.ideaId());
			if (idea != null && idea.isPublished()) {
				rows.add(row(decision, idea.eventTitle(), idea.wallTitle(), idea.text(), null));
			}
		}
		return rows;
	}

	private static Row row(Published decision, @Nullable String eventTitle, @Nullable String wall, String text,
			@Nullable String manualSource) {
		return new Row(decision.ideaId(), decision.eventId(), eventTitle, wall, text, manualSource, decision.outcome(),
				decision.reason(), decision.planId(), decision.measureId(), decision.measureNumber(), decision.measureTitle(),
				decision.publishedAt());
	}
}
