package org.werkstatt.cooperation.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.werkstatt.cooperation.agreement.Agreement;
import org.werkstatt.cooperation.agreement.AgreementStore;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.OrganisationType;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.WorkPage;
import org.werkstatt.identity.WorkSource;
import org.werkstatt.identity.WorkTask;
import org.werkstatt.platform.web.SiteTime;

/**
 * What waits on the provider's start page: months of attendance past their due date (the 10th of the following
 * month) that the signed-in person's participations have not submitted, one task per agreement, as a number only
 * (no names: the start page writes no access-log entry), linking to the agreement's month overview.
 */
@Component
class AttendanceWork implements WorkSource {

	private final AttendanceStore store;
	private final AgreementStore agreements;
	private final CurrentUser currentUser;
	private final SiteTime siteTime;

	AttendanceWork(AttendanceStore store, AgreementStore agreements, CurrentUser currentUser, SiteTime siteTime) {
		this.store = store;
		this.agreements = agreements;
		this.currentUser = currentUser;
		this.siteTime = siteTime;
	}

	@Override
	public List<WorkPage> pages(OrganisationSummary organisation, Set<Role> roles) {
		return List.of();
	}

	@Override
	public List<WorkTask> tasks(OrganisationSummary organisation, Set<Role> roles) {
		if (organisation.type() != OrganisationType.PROVIDER
				|| !(roles.contains(Role.PROVIDER_STAFF) || roles.contains(Role.ORGANISATION_ADMIN))) {
			return List.of();
		}
		UUID person = currentUser.personId().orElse(null);
		if (person == null) {
			return List.of();
		}
		Map<UUID, Long> overdue = store.overdue(organisation.id(), person, LocalDate.now(siteTime.zone()));
		if (overdue.isEmpty()) {
			return List.of();
		}
		List<WorkTask> tasks = new ArrayList<>();
		for (Agreement agreement : agreements.ofOrganisation(organisation.id())) {
			Long count = overdue.get(agreement.id());
			if (count != null) {
				tasks.add(new WorkTask("attendance.task", List.of(count, agreement.title()),
						"/work/coop/" + agreement.id() + "/attendance"));
			}
		}
		return tasks;
	}
}
