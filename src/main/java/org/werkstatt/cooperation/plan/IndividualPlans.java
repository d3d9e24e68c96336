package org.werkstatt.cooperation.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.werkstatt.catalog.OfferModule;
import org.werkstatt.cooperation.participant.AccessDecision.Side;
import org.werkstatt.cooperation.plan.IndividualPlan.Actor;
import org.werkstatt.cooperation.plan.IndividualPlan.Outcome;

/**
 * Individual plans. Every change raises the plan's version by one if it still is the version the form was read at
 * (optimistic lock: otherwise {@link Outcome#STALE} and nothing changed) and writes the version's row with who, which
 * side and what in the same transaction. Items are found by their id and the participant's, so that a forged id of
 * another participant's item is {@link Outcome#NOT_FOUND}. Never logs any of the plan's content.
 */
@Repository
class IndividualPlans {

	private final JdbcClient jdbc;

	IndividualPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The whole plan in one statement, so in one snapshot (a change between the parts cannot show half of it) and one
	 * round trip instead of six: each part's rows in its order, under a part number, in shared columns.
	 */
	IndividualPlan plan(UUID participantId) {
		String[] goal = { null };
		int[] version = { 0 };
		List<IndividualPlan.Goal> goals = new ArrayList<>();
		List<IndividualPlan.Milestone> milestones = new ArrayList<>();
		List<IndividualPlan.Module> modules = new ArrayList<>();
		List<IndividualPlan.Note> notes = new ArrayList<>();
		List<IndividualPlan.Version> versions = new ArrayList<>();
		jdbc.sql("""
				select 0 as part, 0::bigint as ord, null::uuid as id, null::uuid as ref, integration_goal as t1, null as t2,
				       null as t3, null as t4, null::date as d1, null::date as d2, version as n, null::timestamptz as at
				  from coop_plan where participant_id = :p
				union all
				select 1, row_number() over (order by position, id), id, null, text, null, null, null, achieved_on, null, null, null
				  from coop_plan_goal where participant_id = :p
				union all
				select 2, row_number() over (order by due_on, title, id), id, null, title, null, null, null, due_on, done_on, null, null
				  from coop_plan_milestone where participant_id = :p
				union all
				select 3, row_number() over (order by position nulls last, name, id), id, offer_module_id, name, null, null, null,
				       started_on, completed_on, null, null
				  from coop_plan_module where participant_id = :p
				union all
				select 4, row_number() over (order by written_at desc, id), id, written_by, body, side, null, null, null, null,
				       null, written_at
				  from coop_plan_note where participant_id = :p
				union all
				select 5, row_number() over (order by version desc), null, changed_by, change, subject, detail, side, null, null,
				       version, changed_at
				  from coop_plan_version where participant_id = :p
				order by part, ord""")
			.param("p", participantId)
			.query((RowCallbackHandler) rs -> {
				switch (rs.getInt("part")) {
					case 0 -> {
						goal[0] = rs.getString("t1");
						version[0] = rs.getInt("n");
					}
					case 1 -> goals.add(new IndividualPlan.Goal(rs.getObject("id", UUID.class), rs.getString("t1"), day(rs, "d1")));
					case 2 -> milestones.add(new IndividualPlan.Milestone(rs.getObject("id", UUID.class),
							rs.getObject("d1", LocalDate.class), rs.getString("t1"), day(rs, "d2")));
					case 3 -> modules.add(new IndividualPlan.Module(rs.getObject("id", UUID.class), rs.getObject("ref", UUID.class),
							rs.getString("t1"), day(rs, "d1"), day(rs, "d2")));
					case 4 -> notes.add(new IndividualPlan.Note(rs.getObject("id", UUID.class), rs.getString("t1"),
							Side.valueOf(rs.getString("t2")), rs.getTimestamp("at").toInstant(), rs.getObject("ref", UUID.class)));
					default -> versions.add(new IndividualPlan.Version(rs.getInt("n"), PlanChange.valueOf(rs.getString("t1")),
							rs.getString("t2"), rs.getString("t3"), Side.valueOf(rs.getString("t4")), rs.getTimestamp("at").toInstant(),
							rs.getObject("ref", UUID.class)));
				}
			});
		return new IndividualPlan(goal[0], version[0], goals, milestones, modules, notes, versions);
	}

	/** The plan's current version (0: none written yet). */
	int version(UUID participantId) {
		return jdbc.sql("select version from coop_plan where participant_id = ?").param(participantId)
			.query(Integer.class).optional().orElse(0);
	}

	@Transactional
	public Outcome integrationGoal(UUID participantId, int expected, Actor actor, @Nullable String goal) {
		if (!bump(participantId, expected, actor, PlanChange.INTEGRATION_GOAL, goal, null)) {
			return Outcome.STALE;
		}
		jdbc.sql("update coop_plan set integration_goal = ? where participant_id = ?").params(goal, participantId).update();
		return Outcome.DONE;
	}

	@Transactional
	public Outcome addGoal(UUID participantId, int expected, Actor actor, String text) {
		if (!bump(participantId, expected, actor, PlanChange.GOAL_ADDED, text, null)) {
			return Outcome.STALE;
		}
		jdbc.sql("""
				insert into coop_plan_goal (participant_id, position, text)
				select ?, coalesce(max(position), 0) + 1, ? from coop_plan_goal where participant_id = ?""")
			.params(participantId, text, participantId).update();
		return Outcome.DONE;
	}

	@Transactional
	public Outcome goalAchieved(UUID participantId, int expected, Actor actor, UUID goalId, @Nullable LocalDate on) {
		Optional<String> text = item("coop_plan_goal", "text", participantId, goalId);
		if (text.isEmpty()) {
			return Outcome.NOT_FOUND;
		}
		if (!bump(participantId, expected, actor, on == null ? PlanChange.GOAL_REOPENED : PlanChange.GOAL_ACHIEVED,
				text.get(), on == null ? null : on.toString())) {
			return Outcome.STALE;
		}
		jdbc.sql("update coop_plan_goal set achieved_on = ? where id = ?").params(on, goalId).update();
		return Outcome.DONE;
	}

	@Transactional
	public Outcome removeGoal(UUID participantId, int expected, Actor actor, UUID goalId) {
		return remove("coop_plan_goal", "text", PlanChange.GOAL_REMOVED, participantId, expected, actor, goalId);
	}

	@Transactional
	public Outcome addMilestone(UUID participantId, int expected, Actor actor, String title, LocalDate due) {
		if (!bump(participantId, expected, actor, PlanChange.MILESTONE_ADDED, title, due.toString())) {
			return Outcome.STALE;
		}
		jdbc.sql("insert into coop_plan_milestone (participant_id, due_on, title) values (?, ?, ?)")
			.params(participantId, due, title).update();
		return Outcome.DONE;
	}

	@Transactional
	public Outcome milestoneDone(UUID participantId, int expected, Actor actor, UUID milestoneId, @Nullable LocalDate on) {
		Optional<String> title = item("coop_plan_milestone", "title", participantId, milestoneId);
		if (title.isEmpty()) {
			return Outcome.NOT_FOUND;
		}
		if (!bump(participantId, expected, actor, on == null ? PlanChange.MILESTONE_REOPENED : PlanChange.MILESTONE_DONE,
				title.get(), on == null ? null : on.toString())) {
			return Outcome.STALE;
		}
		jdbc.sql("update coop_plan_milestone set done_on = ? where id = ?").params(on, milestoneId).update();
		return Outcome.DONE;
	}

	@Transactional
	public Outcome removeMilestone(UUID participantId, int expected, Actor actor, UUID milestoneId) {
		return remove("coop_plan_milestone", "title", PlanChange.MILESTONE_REMOVED, participantId, expected, actor,
				milestoneId);
	}

	@Transactional
	public Outcome addModule(UUID participantId, int expected, Actor actor, String name) {
		if (!bump(participantId, expected, actor, PlanChange.MODULE_ADDED, name, null)) {
			return Outcome.STALE;
		}
		jdbc.sql("""
				insert into coop_plan_module (participant_id, name, position)
				select ?, ?, coalesce(max(position), 0) + 1 from coop_plan_module where participant_id = ?""")
			.params(participantId, name, participantId).update();
		return Outcome.DONE;
	}

	/** Adds the offer's modules the plan does not hold yet, in the offer's order; NOT_FOUND when there are none. */
	@Transactional
	public Outcome modulesFromOffer(UUID participantId, int expected, Actor actor, List<OfferModule> offered) {
		List<UUID> held = jdbc.sql("select offer_module_id from coop_plan_module where participant_id = ? and offer_module_id is not null")
			.param(participantId).query(UUID.class).list();
		List<OfferModule> missing = offered.stream().filter(m -> !held.contains(m.id())).toList();
		if (missing.isEmpty()) {
			return Outcome.NOT_FOUND;
		}
		if (!bump(participantId, expected, actor, PlanChange.MODULES_FROM_OFFER,
				String.join(", ", missing.stream().map(OfferModule::name).toList()), Integer.toString(missing.size()))) {
			return Outcome.STALE;
		}
		int position = jdbc.sql("select coalesce(max(position), 0) from coop_plan_module where participant_id = ?")
			.param(participantId).query(Integer.class).single();
		for (OfferModule module : missing) {
			jdbc.sql("""
					insert into coop_plan_module (participant_id, offer_module_id, name, position) values (?, ?, ?, ?)""")
				.params(participantId, module.id(), module.name(), ++position).update();
		}
		return Outcome.DONE;
	}

	@Transactional
	public Outcome moduleDates(UUID participantId, int expected, Actor actor, UUID moduleId, @Nullable LocalDate started,
			@Nullable LocalDate completed) {
		Optional<String> name = item("coop_plan_module", "name", participantId, moduleId);
		if (name.isEmpty()) {
			return Outcome.NOT_FOUND;
		}
		if (!bump(participantId, expected, actor, PlanChange.MODULE_DATES, name.get(),
				(started == null ? "" : started.toString()) + "|" + (completed == null ? "" : completed.toString()))) {
			return Outcome.STALE;
		}
		jdbc.sql("update coop_plan_module set started_on = ?, completed_on = ? where id = ?")
			.params(started, completed, moduleId).update();
		return Outcome.DONE;
	}

	@Transactional
	public Outcome removeModule(UUID participantId, int expected, Actor actor, UUID moduleId) {
		return remove("coop_plan_module", "name", PlanChange.MODULE_REMOVED, participantId, expected, actor, moduleId);
	}

	@Transactional
	public Outcome addNote(UUID participantId, int expected, Actor actor, String body) {
		if (!bump(participantId, expected, actor, PlanChange.NOTE_ADDED,
				body.length() > 200 ? body.substring(0, 199) + "…" : body, null)) {
			return Outcome.STALE;
		}
		jdbc.sql("insert into coop_plan_note (participant_id, body, side, written_by) values (?, ?, ?, ?)")
			.params(participantId, body, actor.side().name(), actor.personId()).update();
		return Outcome.DONE;
	}

	private Outcome remove(String table, String nameColumn, PlanChange change, UUID participantId, int expected,
			Actor actor, UUID id) {
		Optional<String> name = item(table, nameColumn, participantId, id);
		if (name.isEmpty()) {
			return Outcome.NOT_FOUND;
		}
		if (!bump(participantId, expected, actor, change, name.get(), null)) {
			return Outcome.STALE;
		}
		jdbc.sql("delete from " + table + " where id = ?").param(id).update();
		return Outcome.DONE;
	}

	/** The item's name, if it is the participant's (table and column are this class's constants). */
	private Optional<String> item(String table, String nameColumn, UUID participantId, UUID id) {
		return jdbc.sql("select " + nameColumn + " from " + table + " where id = ? and participant_id = ?")
			.params(id, participantId).query(String.class).optional();
	}

	/**
	 * Raises the plan's version from the expected one and writes the version's row; false (and nothing written
	 * but an empty plan's row) when the plan is at another version. The row lock of the update makes a second
	 * writer with the same expected version wait and then find the version changed.
	 */
	private boolean bump(UUID participantId, int expected, Actor actor, PlanChange change, @Nullable String subject,
			@Nullable String detail) {
		jdbc.sql("insert into coop_plan (participant_id) values (?) on conflict do nothing").param(participantId).update();
		Optional<Integer> version = jdbc.sql("""
				update coop_plan set version = version + 1, modified_at = now(), modified_by = ?
				 where participant_id = ? and version = ? returning version""")
			.params(actor.personId(), participantId, expected)
			.query(Integer.class)
			.optional();
		if (version.isEmpty()) {
			return false;
		}
		jdbc.sql("""
				insert into coop_plan_version (participant_id, version, change, subject, detail, side, changed_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(participantId, version.get(), change.name(), subject, detail, actor.side().name(), actor.personId())
			.update();
		return true;
	}

	private static @Nullable LocalDate day(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}
}
