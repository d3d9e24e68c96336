package org.werkstatt.planning.plan;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.platform.web.Choice;

/**
 * Everything the public plan page shows, loaded in a fixed number of queries: the plan and its owner,
 * the summary, goals with indicators, the filters' choices, and one page of the measures that pass them.
 */
public record PlanPage(Plan plan, OrganisationSummary owner, PlanSummary summary, List<Goal> goals, Filters choices,
		MeasureFilter filter, List<Row> measures, int matching, int page, int pages) {

	public static final int PAGE_SIZE = 50;

	/** What the filters offer: fields of action, statuses, target groups and responsible organisations. */
	public record Filters(List<Choice> fields, List<Choice> statuses, List<Choice> targetGroups,
			List<Choice> responsibles) {
	}

	/**
	 * A measure as its row in the list shows it, with names and dates already in the reader's language:
	 * the page shows 50 of them, and each lookup in the template would cost an expression by reflection.
	 */
	public record Row(UUID id, String number, String title, @Nullable String field, String status, String stage,
			int progress, String responsible, String endsOn) {
	}
}
