package org.werkstatt.planning.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.werkstatt.identity.OrganisationSummary;

/**
 * Everything the public plan page shows, loaded in a fixed number of queries: the plan and its owner,
 * the summary, goals with indicators, the filters' choices, and one page of the measures that pass them.
 */
public record PlanPage(Plan plan, OrganisationSummary owner, PlanSummary summary, List<MeasureStatus> statuses,
		List<FieldOfAction> fields, List<Goal> goals, List<String> targetGroups, List<OrganisationSummary> responsibles,
		MeasureFilter filter, List<Measure> measures, int matching, int page, int pages,
		Map<UUID, OrganisationSummary> organisations) {

	public static final int PAGE_SIZE = 50;

	public @Nullable MeasureStatus status(String code) {
		return statuses.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
	}

	public @Nullable FieldOfAction field(@Nullable UUID id) {
		return id == null ? null : fields.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
	}

	public @Nullable OrganisationSummary organisation(@Nullable UUID id) {
		return id == null ? null : organisations.get(id);
	}

	public List<Goal> goalsOf(@Nullable UUID fieldId) {
		return goals.stream().filter(g -> java.util.Objects.equals(g.fieldId(), fieldId)).toList();
	}
}
