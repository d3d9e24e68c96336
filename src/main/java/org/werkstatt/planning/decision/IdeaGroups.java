package org.werkstatt.planning.decision;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Groups of similar ideas a planner confirmed (tables {@code idea_group}, {@code idea_group_member}). */
@Repository
class IdeaGroups {

	private final JdbcClient jdbc;

	IdeaGroups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The organisation's confirmed groups: the group of each idea in one. */
	Map<UUID, UUID> ofOrganisation(UUID organisationId) {
		Map<UUID, UUID> groupOf = new HashMap<>();
		jdbc.sql("select idea_id, group_id from idea_group_member where organisation_id = ?")
			.param(organisationId)
			.query(rs -> {
				groupOf.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
			});
		return groupOf;
	}

	/** A new group of the ideas; an idea that was in another group of the organisation leaves it. */
	UUID confirm(UUID organisationId, Collection<UUID> ideaIds, @Nullable UUID personId) {
		UUID group = jdbc.sql("insert into idea_group (organisation_id, created_by) values (?, ?) returning id")
			.params(organisationId, personId)
			.query(UUID.class)
			.single();
		jdbc.sql("""
				insert into idea_group_member (group_id, organisation_id, idea_id) select ?, ?, unnest(?::uuid[])
				on conflict (organisation_id, idea_id) do update set group_id = excluded.group_id""")
			.params(group, organisationId, ideaIds.toArray(UUID[]::new))
			.update();
		removeEmptyGroups(organisationId);
		return group;
	}

	/** Dissolves a whole group of the organisation; false if it has none with this id. */
	boolean dissolve(UUID organisationId, UUID groupId) {
		return jdbc.sql("delete from idea_group where id = ? and organisation_id = ?")
			.params(groupId, organisationId)
			.update() == 1;
	}

	private void removeEmptyGroups(UUID organisationId) {
		jdbc.sql("""
				delete from idea_group g where g.organisation_id = ?
				 and (select count(*) from idea_group_member m where m.group_id = g.id) < 2""")
			.param(organisationId)
			.update();
	}
}
