package org.werkstatt.planning.files;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.WorkPage;
import org.werkstatt.identity.WorkSource;
import org.werkstatt.identity.WorkTask;

/** Imports a planner uploaded and has not confirmed yet (a preview is kept for a day). */
@Component
class ImportWork implements WorkSource {

	private final ImportPreviews previews;
	private final CurrentUser currentUser;

	ImportWork(ImportPreviews previews, CurrentUser currentUser) {
		this.previews = previews;
		this.currentUser = currentUser;
	}

	@Override
	public List<WorkPage> pages(OrganisationSummary organisation, Set<Role> roles) {
		return List.of();
	}

	@Override
	public List<WorkTask> tasks(OrganisationSummary organisation, Set<Role> roles) {
		if (!roles.contains(Role.ORGANISATION_ADMIN) && !roles.contains(Role.PLANNER)) {
			return List.of();
		}
		return currentUser.personId()
			.map(person -> previews.waitingFor(person, organisation.id()))
			.orElse(List.of())
			.stream()
			.map(w -> new WorkTask("workspace.task.import", List.of(w.fileName()),
					"/manage/" + organisation.slug() + "/plans/" + w.planId() + "/import/" + w.id()))
			.toList();
	}
}
