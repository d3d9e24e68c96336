package org.werkstatt.catalog.show;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.WorkPage;
import org.werkstatt.identity.WorkSource;
import org.werkstatt.identity.WorkTask;

/**
 * The provider's interest list: a page for provider staff and admins, and a task when visitors of a product
 * show marked interest in the organisation's offers that nobody has looked at yet.
 */
@Component
class ShowWork implements WorkSource {

	static final int ORDER = 360;

	private final Interests interests;

	ShowWork(Interests interests) {
		this.interests = interests;
	}

	@Override
	public List<WorkPage> pages(OrganisationSummary organisation, Set<Role> roles) {
		if (!provides(roles)) {
			return List.of();
		}
		return List.of(new WorkPage("offer-interest", "catalog.interest.pageTitle", href(organisation), ORDER));
	}

	@Override
	public List<WorkTask> tasks(OrganisationSummary organisation, Set<Role> roles) {
		if (!provides(roles)) {
			return List.of();
		}
		long unseen = interests.unseen(organisation.id());
		return unseen == 0 ? List.of() : List.of(WorkTask.count("catalog.interest.task", unseen, href(organisation)));
	}

	private static String href(OrganisationSummary organisation) {
		return "/manage/" + organisation.slug() + "/offers/interest";
	}

	/** The roles that see their organisation's interests, as {@link ShowAccess#provider} lets them. */
	private static boolean provides(Set<Role> roles) {
		return roles.contains(Role.PROVIDER_STAFF) || roles.contains(Role.ORGANISATION_ADMIN);
	}
}
