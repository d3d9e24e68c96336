package org.werkstatt.cooperation.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.OrganisationType;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.WorkPage;
import org.werkstatt.identity.WorkSource;
import org.werkstatt.identity.WorkTask;
import org.werkstatt.platform.web.SiteTime;

/**
 * Unread messages on the start page: for the jobcenter's caseworkers and admins the provider's, for provider staff
 * the jobcenter's about the participants they may read; one task per agreement, counting participants (no names).
 */
@Component
class CoopMessageWork implements WorkSource {

	private final CoopMessages messages;
	private final CurrentUser currentUser;
	private final SiteTime siteTime;

	CoopMessageWork(CoopMessages messages, CurrentUser currentUser, SiteTime siteTime) {
		this.messages = messages;
		this.currentUser = currentUser;
		this.siteTime = siteTime;
	}

	@Override
	public List<WorkPage> pages(OrganisationSummary organisation, Set<Role> roles) {
		return List.of();
	}

	@Override
	public List<WorkTask> tasks(OrganisationSummary organisation, Set<Role> roles) {
		List<CoopMessages.Unread> unread;
		if (organisation.type() == OrganisationType.JOBCENTER
				&& (roles.contains(Role.CASEWORKER) || roles.contains(Role.ORGANISATION_ADMIN))) {
			unread = messages.unreadAtJobcenter(organisation.id());
		}
		else if (organisation.type() == OrganisationType.PROVIDER
				&& (roles.contains(Role.PROVIDER_STAFF) || roles.contains(Role.ORGANISATION_ADMIN))) {
			Optional<UUID> person = currentUser.personId();
			unread = person.isEmpty() ? List.of() : messages.unreadAtProvider(organisation.id(), person.get(),
					LocalDate.now(siteTime.zone()));
		}
		else {
			return List.of();
		}
		return unread.stream()
			.map(u -> new WorkTask("coopMessage.task", List.of(u.participants(), u.title()),
					"/work/coop/" + u.agreementId() + "/messages"))
			.toList();
	}
}
