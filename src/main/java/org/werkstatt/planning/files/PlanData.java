package org.werkstatt.planning.files;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.planning.plan.FieldOfAction;
import org.werkstatt.planning.plan.Goal;
import org.werkstatt.planning.plan.Measure;
import org.werkstatt.planning.plan.MeasureStatus;
import org.werkstatt.planning.plan.Milestone;
import org.werkstatt.planning.plan.Plan;
import org.werkstatt.planning.plan.PlanSummary;

/**
 * Everything an export of a plan holds, loaded in a fixed number of queries ({@link PlanExports#load}).
 *
 * @param organisations the plan's owner and every responsible organisation, by id
 * @param milestones each measure's milestones, by measure id, by due date
 */
record PlanData(Plan plan, List<MeasureStatus> statuses, List<FieldOfAction> fields, List<Goal> goals,
		List<Measure> measures, Map<UUID, List<Milestone>> milestones, Map<UUID, OrganisationSummary> organisations,
		PlanSummary summary) {

	@Nullable OrganisationSummary owner() {
		return organisations.get(plan.organisationId());
	}

	@Nullable FieldOfAction field(@Nullable UUID id) {
		return id == null ? null : fields.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
	}

	@Nullable MeasureStatus status(String code) {
		return statuses.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
	}

	@Nullable OrganisationSummary organisation(@Nullable UUID id) {
		return id == null ? null : organisations.get(id);
	}

	List<Milestone> milestonesOf(Measure measure) {
		return milestones.getOrDefault(measure.id(), List.of());
	}
}
