package org.werkstatt.cooperation.story;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.OrganisationType;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.WorkPage;
import org.werkstatt.identity.WorkSource;
import org.werkstatt.identity.WorkTask;

/** On a jobcenter caseworker's start page: success stories waiting for the jobcenter's review, per agreement. */
@Component
class StoryWork implements WorkSource {

	private final StoryStore stories;

	StoryWork(StoryStore stories) {
		this.stories = stories;
	}

	@Override
	public List<WorkPage> pages(OrganisationSummary organisation, Set<Role> roles) {
		return List.of();
	}

	@Override
	public List<WorkTask> tasks(OrganisationSummary organisation, Set<Role> roles) {
		if (organisation.type() != OrganisationType.JOBCENTER
				|| !(roles.contains(Role.CASEWORKER) || roles.contains(Role.ORGANISATION_ADMIN))) {
			return List.of();
		}
		return stories.submittedFor(organisation.id()).stream()
			.map(w -> WorkTask.count("story.work.toReview", w.count(), "/work/coop/" + w.agreementId() + "/stories"))
			.toList();
	}
}
