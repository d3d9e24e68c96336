package org.werkstatt.planning.files;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.werkstatt.identity.Organisations;
import org.werkstatt.planning.plan.Measure;
import org.werkstatt.planning.plan.MeasureStore;
import org.werkstatt.planning.plan.Milestone;
import org.werkstatt.planning.plan.Plan;
import org.werkstatt.planning.plan.PlanStore;
import org.werkstatt.planning.plan.PlanSummary;

/**
 * Loads a plan for its exports in nine queries whatever the number of measures: statuses, fields, goals with
 * indicators and values (three), measures, counts by status, every milestone of the plan, organisations.
 */
@Component
class PlanExports {

	private final PlanStore plans;
	private final MeasureStore measures;
	private final Organisations organisations;
	private final JdbcClient jdbc;

	PlanExports(PlanStore plans, MeasureStore measures, Organisations organisations, JdbcClient jdbc) {
		this.plans = plans;
		this.measures = measures;
		this.organisations = organisations;
		this.jdbc = jdbc;
	}

	PlanData load(Plan plan) {
		var statuses = plans.statuses(plan.id());
		List<Measure> all = measures.all(plan.id());
		Set<UUID> organisationIds = new HashSet<>();
		organisationIds.add(plan.organisationId());
		all.stream().map(Measure::responsibleOrganisationId).filter(java.util.Objects::nonNull).forEach(organisationIds::add);
		return new PlanData(plan, statuses, plans.fields(plan.id()), plans.goals(plan.id()), all, milestones(plan),
				organisations.byIds(organisationIds), PlanSummary.of(statuses, measures.countsByStatus(plan.id())));
	}

	/** Every milestone of the plan's measures in one query, by measure. */
	private Map<UUID, List<Milestone>> milestones(Plan plan) {
		Map<UUID, List<Milestone>> milestones = new HashMap<>();
		jdbc.sql("""
				select s.measure_id, s.id, s.due_on, s.title, s.done from milestone s join measure m on m.id = s.measure_id
				 where m.plan_id = ? order by s.due_on, s.title""")
			.param(plan.id())
			.query(rs -> {
				milestones.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
					.add(new Milestone(rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class), rs.getString(4),
							rs.getBoolean(5)));
			});
		return milestones;
	}
}
