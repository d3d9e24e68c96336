package org.werkstatt.catalog.editor;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.werkstatt.catalog.offer.CatalogAccess;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.OrganisationType;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.WorkPage;
import org.werkstatt.identity.WorkSource;
import org.werkstatt.identity.WorkTask;

/**
 * The approver's page ("Freigaben") and what waits there: the offers and changes submitted to a catalog the
 * organisation owns. Which organisations own a catalog is decided by their type, without a query: the site's
 * host is a jobcenter or a municipality, and a network owns its members' catalog.
 */
@Component
class ApprovalWork implements WorkSource {

	static final Set<OrganisationType> OWNER_TYPES = Set.of(OrganisationType.JOBCENTER, OrganisationType.MUNICIPALITY,
			OrganisationType.NETWORK);

	private final WaitingApprovals waiting;

	ApprovalWork(WaitingApprovals waiting) {
		this.waiting = waiting;
	}

	@Override
	public List<WorkPage> pages(OrganisationSummary organisation, Set<Role> roles) {
		if (!approves(organisation, roles)) {
			return List.of();
		}
		return List.of(new WorkPage("approvals", "catalog.approval.title", href(organisation), 320));
	}

	@Override
	public List<WorkTask> tasks(OrganisationSummary organisation, Set<Role> roles) {
		if (!approves(organisation, roles)) {
			return List.of();
		}
		long count = waiting.count(organisation.id());
		return count == 0 ? List.of() : List.of(WorkTask.count("catalog.approval.task", count, href(organisation)));
	}

	private static boolean approves(OrganisationSummary organisation, Set<Role> roles) {
		return OWNER_TYPES.contains(organisation.type()) && CatalogAccess.approvesWith(roles);
	}

	private static String href(OrganisationSummary organisation) {
		return "/manage/" + organisation.slug() + "/catalog/approvals";
	}
}
