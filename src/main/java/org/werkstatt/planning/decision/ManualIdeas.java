package org.werkstatt.planning.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ideas entered by hand (table {@code manual_idea}). */
@Repository
class ManualIdeas {

	private static final String COLUMNS = "id, organisation_id, event_id, source, text, created_at";

	private final JdbcClient jdbc;

	ManualIdeas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID add(UUID organisationId, @Nullable UUID eventId, String source, String text, @Nullable UUID createdBy) {
		return jdbc.sql("""
				insert into manual_idea (organisation_id, event_id, source, text, created_by) values (?, ?, ?, ?, ?)
				returning id""")
			.params(organisationId, eventId, source.strip(), text.strip(), createdBy)
			.query(UUID.class)
			.single();
	}

	/** The organisation's ideas entered by hand, newest first. */
	List<ManualIdea> ofOrganisation(UUID organisationId) {
		return jdbc.sql("select " + COLUMNS + " from manual_idea where organisation_id = ? order by created_at desc")
			.param(organisationId)
			.query(ManualIdeas::idea)
			.list();
	}

	List<ManualIdea> ofEvent(UUID eventId) {
		return jdbc.sql("select " + COLUMNS + " from manual_idea where event_id = ? order by created_at")
			.param(eventId)
			.query(ManualIdeas::idea)
			.list();
	}

	/** The ideas with these ids, of any organisation (unknown ids are left out). */
	List<ManualIdea> byIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from manual_idea where id = any (?)")
			.param(ids.toArray(UUID[]::new))
			.query(ManualIdeas::idea)
			.list();
	}

	private static ManualIdea idea(ResultSet rs, int row) throws SQLException {
		return new ManualIdea(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getObject("event_id", UUID.class), rs.getString("source"), rs.getString("text"),
				rs.getTimestamp("created_at").toInstant());
	}
}
