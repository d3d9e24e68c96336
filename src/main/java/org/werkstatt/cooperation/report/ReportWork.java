package org.werkstatt.cooperation.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
 * The equal-opportunity officer's "Reports" page and the reports that wait for them; for a provider's coordinator,
 * the agreements whose next report is due (the agreement's {@code next_report_due}).
 */
@Component
class ReportWork implements WorkSource {

	private final Reports reports;
	private final CurrentUser currentUser;
	private final SiteTime siteTime;

	ReportWork(Reports reports, CurrentUser currentUser, SiteTime siteTime) {
		this.reports = reports;
		this.currentUser = currentUser;
		this.siteTime = siteTime;
	}

	@Override
	public List<WorkPage> pages(OrganisationSummary organisation, Set<Role> roles) {
		if (!roles.contains(Role.EQUAL_OPPORTUNITY_OFFICER)) {
			return List.of();
		}
		return List.of(new WorkPage("coop-reports", "coopReport.work.page", "/work/" + organisation.slug() + "/reports", 420));
	}

	@Override
	public List<WorkTask> tasks(OrganisationSummary organisation, Set<Role> roles) {
		List<WorkTask> tasks = new ArrayList<>();
		if (roles.contains(Role.EQUAL_OPPORTUNITY_OFFICER)) {
			int waiting = reports.waitingFor(organisation.id());
			if (waiting > 0) {
				tasks.add(WorkTask.count("coopReport.work.waiting", waiting, "/work/" + organisation.slug() + "/reports"));
			}
		}
		if (organisation.type() == OrganisationType.PROVIDER
				&& (roles.contains(Role.PROVIDER_STAFF) || roles.contains(Role.ORGANISATION_ADMIN))) {
			currentUser.personId().ifPresent(person -> reports
				.dueFor(organisation.id(), person, LocalDate.now(siteTime.zone()))
				.forEach(d -> tasks.add(new WorkTask("coopReport.work.due", List.of(d.title()),
						"/work/coop/" + d.agreementId() + "/reports"))));
		}
		return tasks;
	}
}
