package org.werkstatt.planning.plan;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The organisations a plan's owner invited to read it (e.g. every jobcenter of a region for an interim
 * workshop), besides its own members and, for a shared programme, the network's members.
 */
@Repository
class PlanReaders {

	private final JdbcClient jdbc;

	PlanReaders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<UUID> of(UUID planId) {
		return jdbc.sql("select organisation_id from plan_reader where plan_id = ? order by added_at")
			.param(planId)
			.query(UUID.class)
			.list();
	}

	void add(UUID planId, UUID organisationId, @Nullable UUID addedBy) {
		jdbc.sql("insert into plan_reader (plan_id, organisation_id, added_by) values (?, ?, ?) on conflict do nothing")
			.params(planId, organisationId, addedBy)
			.update();
	}

	boolean remove(UUID planId, UUID organisationId) {
		return jdbc.sql("delete from plan_reader where plan_id = ? and organisation_id = ?")
			.params(planId, organisationId)
			.update() == 1;
	}
}
