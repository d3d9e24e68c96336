package org.werkstatt.workshop.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.werkstatt.platform.security.SecretToken;
import org.werkstatt.workshop.IdeaSummary;
import org.werkstatt.workshop.Ideas;
import org.werkstatt.workshop.ModerationNote;

/** The workshop's ideas as the planning module reads them: with event, wall, dots and merged score. */
@Component
class WorkshopIdeas implements Ideas {

	/** With the live wall's score ({@link LiveStore#SCORE}): each participant of a merged group once. */
	private static final String SELECT = """
			select i.id, i.event_id, e.title as event_title, e.organisation_id, i.wall_id, w.title as wall_title, i.text,
			       i.dots, i.status, i.merged_into, i.created_at,
			""" + LiveStore.SCORE + """
			 as score
			  from idea i join wall w on w.id = i.wall_id join event e on e.id = i.event_id
			""";

	private final JdbcClient jdbc;

	WorkshopIdeas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<IdeaSummary> ofEvent(UUID eventId) {
		return jdbc.sql(SELECT + " where i.event_id = ? order by w.position, score desc, i.created_at")
			.param(eventId)
			.query(WorkshopIdeas::summary)
			.list();
	}

	@Override
	public List<IdeaSummary> ofOrganisation(UUID organisationId) {
		return jdbc.sql(SELECT + """
				 where e.organisation_id = ? or exists (select 1 from event_co_organiser c
				       where c.event_id = e.id and c.organisation_id = ?)
				 order by e.starts_at desc, w.position, score desc, i.created_at""")
			.params(organisationId, organisationId)
			.query(WorkshopIdeas::summary)
			.list();
	}

	@Override
	public List<IdeaSummary> byIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where i.id = any (?) order by i.created_at")
			.param(ids.toArray(UUID[]::new))
			.query(WorkshopIdeas::summary)
			.list();
	}

	@Override
	public List<IdeaSummary> mine(UUID eventId, HttpServletRequest request) {
		Optional<String> code = jdbc.sql("select code from live_session where event_id = ?")
			.param(eventId)
			.query(String.class)
			.optional();
		String token = code.map(c -> ParticipantCookie.read(request, c)).orElse(null);
		if (token == null || token.length() > 100) {
			return List.of();
		}
		return jdbc.sql(SELECT + """
				 join participant p on p.id = i.participant_id
				 where i.event_id = ? and p.token_hash = ? and i.status <> 'WITHDRAWN' order by i.created_at""")
			.params(eventId, SecretToken.hash(token))
			.query(WorkshopIdeas::summary)
			.list();
	}

	@Override
	public List<ModerationNote> moderationOfOrganisation(UUID organisationId) {
		return jdbc.sql("""
				select l.idea_id, l.action, l.reason, l.detail, l.actor_name, l.at from moderation_log l
				 join event e on e.id = l.event_id
				 where l.idea_id is not null and (e.organisation_id = ? or exists (select 1 from event_co_organiser c
				       where c.event_id = e.id and c.organisation_id = ?))
				 order by l.at, l.id""")
			.params(organisationId, organisationId)
			.query((rs, row) -> new ModerationNote(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	@Override
	public boolean resultsPublished(UUID eventId) {
		return jdbc.sql("select exists (select 1 from live_session where event_id = ? and results_published)")
			.param(eventId)
			.query(Boolean.class)
			.single();
	}

	private static IdeaSummary summary(ResultSet rs, int row) throws SQLException {
		return new IdeaSummary(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
				rs.getString("event_title"), rs.getObject("organisation_id", UUID.class), rs.getObject("wall_id", UUID.class),
				rs.getString("wall_title"), rs.getString("text"), rs.getInt("dots"), rs.getInt("score"),
				rs.getString("status"), rs.getObject("merged_into", UUID.class), rs.getTimestamp("created_at").toInstant());
	}
}
