package org.werkstatt.planning.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.WorkPage;
import org.werkstatt.identity.WorkSource;
import org.werkstatt.identity.WorkTask;

/**
 * A planner's pages (plans, the evaluation inbox) and what waits in the inbox: ideas without a decision
 * and decisions not yet published, counted as the inbox's own filters count them.
 */
@Component
class PlanningWork implements WorkSource {

	private final Inbox inbox;

	PlanningWork(Inbox inbox) {
		this.inbox = inbox;
	}

	@Override
	public List<WorkPage> pages(OrganisationSummary organisation, Set<Role> roles) {
		if (!plans(roles)) {
			return List.of();
		}
		String base = "/manage/" + organisation.slug();
		return List.of(new WorkPage("plans", "plan.manage.title", base + "/plans", 200),
				new WorkPage("inbox", "inbox.title", base + "/inbox", 210));
	}

	@Override
	public List<WorkTask> tasks(OrganisationSummary organisation, Set<Role> roles) {
		if (!plans(roles)) {
			return List.of();
		}
		List<InboxItem> items = inbox.items(organisation.id());
		long undecided = items.stream().filter(i -> InboxFilter.UNDECIDED.equals(i.state())).count();
		long drafts = items.stream().filter(InboxItem::isDraft).count();
		String base = "/manage/" + organisation.slug() + "/inbox?state=";
		List<WorkTask> tasks = new ArrayList<>();
		if (undecided > 0) {
			tasks.add(WorkTask.count("workspace.task.undecided", undecided, base + InboxFilter.UNDECIDED));
		}
		if (drafts > 0) {
			tasks.add(WorkTask.count("workspace.task.drafts", drafts, base + InboxFilter.DRAFT));
		}
		return tasks;
	}

	/** The roles that plan and decide, as {@code PlanAccess.planner} lets them. */
	private static boolean plans(Set<Role> roles) {
		return roles.contains(Role.ORGANISATION_ADMIN) || roles.contains(Role.PLANNER);
	}
}
