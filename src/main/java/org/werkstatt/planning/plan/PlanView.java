package org.werkstatt.planning.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.NotFoundException;

/** Loads the public plan page in a fixed number of queries, however many measures the plan has. */
@Service
public class PlanView {

	private final PlanStore plans;
	private final MeasureStore measures;
	private final Organisations organisations;

	PlanView(PlanStore plans, MeasureStore measures, Organisations organisations) {
		this.plans = plans;
		this.measures = measures;
		this.organisations = organisations;
	}

	@Transactional(readOnly = true)
	public PlanPage page(Plan plan, MeasureFilter filter, int requestedPage) {
		List<MeasureStatus> statuses = plans.statuses(plan.id());
		List<FieldOfAction> fields = plans.fields(plan.id());
		Map<String, Integer> counts = measures.countsByStatus(plan.id());
		int matching = filter.isEmpty() ? counts.values().stream().mapToInt(Integer::intValue).sum()
				: measures.count(plan.id(), filter);
		int pages = Math.max(1, (matching + PlanPage.PAGE_SIZE - 1) / PlanPage.PAGE_SIZE);
		int page = Math.clamp(requestedPage, 1, pages);
		List<Measure> shown = measures.page(plan.id(), filter, (page - 1) * PlanPage.PAGE_SIZE, PlanPage.PAGE_SIZE);
		List<UUID> responsibleIds = measures.responsibles(plan.id());
		Set<UUID> ids = new HashSet<>(responsibleIds);
		ids.add(plan.organisationId());
		shown.forEach(m -> ids.add(m.organisationId()));
		Map<UUID, OrganisationSummary> known = organisations.byIds(ids);
		OrganisationSummary owner = known.get(plan.organisationId());
		if (owner == null) {
			throw new NotFoundException();
		}
		Set<String> groups = new TreeSet<>();
		for (FieldOfAction field : fields) {
			if (field.targetGroups() != null) {
				for (String group : field.targetGroups().split(",")) {
					if (!group.isBlank()) {
						groups.add(group.strip());
					}
				}
			}
		}
		List<OrganisationSummary> responsibles = responsibleIds.stream()
			.map(known::get)
			.filter(java.util.Objects::nonNull)
			.sorted(java.util.Comparator.comparing(OrganisationSummary::name))
			.toList();
		return new PlanPage(plan, owner, PlanSummary.of(statuses, counts), statuses, fields, plans.goals(plan.id()),
				List.copyOf(groups), responsibles, filter, shown, matching, page, pages, known);
	}
}
