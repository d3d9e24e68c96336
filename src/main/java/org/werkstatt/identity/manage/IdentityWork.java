package org.werkstatt.identity.manage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.WorkPage;
import org.werkstatt.identity.WorkSource;
import org.werkstatt.identity.WorkTask;
import org.werkstatt.identity.network.InterestRequests;

/** An organisation admin's pages (profile, people, legal texts, the network), and the public page for everyone. */
@Component
class IdentityWork implements WorkSource {

	private final InterestRequests requests;

	IdentityWork(InterestRequests requests) {
		this.requests = requests;
	}

	@Override
	public List<WorkPage> pages(OrganisationSummary organisation, Set<Role> roles) {
		String base = "/manage/" + organisation.slug();
		List<WorkPage> pages = new ArrayList<>();
		if (roles.contains(Role.ORGANISATION_ADMIN)) {
			pages.add(new WorkPage("overview", "manage.profile", base, 10));
			pages.add(new WorkPage("members", "manage.members", base + "/members", 20));
			pages.add(new WorkPage("texts", "manage.texts", base + "/texts", 30));
			if (organisation.isNetwork()) {
				pages.add(new WorkPage("network", "manage.network", base + "/network", 40));
			}
		}
		pages.add(new WorkPage("public", "manage.publicPage", "/o/" + organisation.slug(), 1000));
		return pages;
	}

	@Override
	public List<WorkTask> tasks(OrganisationSummary organisation, Set<Role> roles) {
		if (!organisation.isNetwork() || !roles.contains(Role.ORGANISATION_ADMIN)) {
			return List.of();
		}
		int waiting = requests.newRequests(List.of(organisation.id())).getOrDefault(organisation.id(), 0);
		return waiting == 0 ? List.of()
				: List.of(WorkTask.count("workspace.task.interest", waiting, "/manage/" + organisation.slug() + "/network#requests"));
	}
}
