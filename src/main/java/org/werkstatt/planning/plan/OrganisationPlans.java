package org.werkstatt.planning.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.werkstatt.identity.OrganisationPageSection;
import org.werkstatt.identity.OrganisationSummary;

/** The public plans of an organisation (a network's action plan, its programme) on its public page. */
@Component
@Order(10)
class OrganisationPlans implements OrganisationPageSection {

	private final PlanStore plans;

	OrganisationPlans(PlanStore plans) {
		this.plans = plans;
	}

	@Override
	public Optional<Section> of(OrganisationSummary organisation) {
		List<Plan> own = plans.publicPlans().stream().filter(p -> p.organisationId().equals(organisation.id())).toList();
		return own.isEmpty() ? Optional.empty() : Optional.of(new Section("planning/plan/organisation-plans", own));
	}
}
