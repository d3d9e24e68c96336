package org.werkstatt.cooperation.proposal;

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
 * The eM@w inbox on both start pages: per agreement, the open proposals the jobcenter owes an answer to ("answer
 * owed by us") and, for the provider's staff of the agreement, those waiting for the jobcenter ("answer owed by
 * them"), with how many are overdue. Counts and the agreement's title only, never a participant.
 */
@Component
class ProposalWork implements WorkSource {

	private final ProposalStore proposals;
	private final CurrentUser currentUser;
	private final SiteTime siteTime;

	ProposalWork(ProposalStore proposals, CurrentUser currentUser, SiteTime siteTime) {
		this.proposals = proposals;
		this.currentUser = currentUser;
		this.siteTime = siteTime;
	}

	@Override
	public List<WorkPage> pages(OrganisationSummary organisation, Set<Role> roles) {
		return List.of();
	}

	@Override
	public List<WorkTask> tasks(OrganisationSummary organisation, Set<Role> roles) {
		LocalDate today = LocalDate.now(siteTime.zone());
		if (organisation.type() == OrganisationType.JOBCENTER
				&& (roles.contains(Role.CASEWORKER) || roles.contains(Role.ORGANISATION_ADMIN))) {
			return proposals.waitingAtJobcenter(organisation.id(), today).stream()
				.map(w -> task(w, w.overdue() > 0 ? "proposal.task.owedByUsOverdue" : "proposal.task.owedByUs"))
				.toList();
		}
		Optional<UUID> person = currentUser.personId();
		if (organisation.type() == OrganisationType.PROVIDER && person.isPresent()
				&& (roles.contains(Role.PROVIDER_STAFF) || roles.contains(Role.ORGANISATION_ADMIN))) {
			return proposals.waitingAtProvider(organisation.id(), person.get(), today).stream()
				.map(w -> task(w, w.overdue() > 0 ? "proposal.task.owedByThemOverdue" : "proposal.task.owedByThem"))
				.toList();
		}
		return List.of();
	}

	private static WorkTask task(ProposalStore.Waiting w, String key) {
		return new WorkTask(key, List.of(w.open(), w.title(), w.overdue()), "/work/coop/" + w.agreementId() + "/proposals");
	}
}
