package org.werkstatt.cooperation.report;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.WorkPage;
import org.werkstatt.identity.WorkSource;
import org.werkstatt.identity.WorkTask;

/** The equal-opportunity officer's "Reports" page, and the reports that wait for them. */
@Component
class ReportWork implements WorkSource {

	private final Reports reports;

	ReportWork(Reports reports) {
		this.reports = reports;
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
		if (!roles.contains(Role.EQUAL_OPPORTUNITY_OFFICER)) {
			return List.of();
		}
		int waiting = reports.waitingFor(organisation.id());
		return waiting == 0 ? List.of()
				: List.of(WorkTask.count("coopReport.work.waiting", waiting, "/work/" + organisation.slug() + "/reports"));
	}
}
