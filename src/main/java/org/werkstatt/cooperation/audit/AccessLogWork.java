package org.werkstatt.cooperation.audit;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.WorkPage;
import org.werkstatt.identity.WorkSource;

/** The data-protection officer's "Access log" page in the organisation where they hold the role. */
@Component
class AccessLogWork implements WorkSource {

	@Override
	public List<WorkPage> pages(OrganisationSummary organisation, Set<Role> roles) {
		if (!roles.contains(Role.DATA_PROTECTION_OFFICER)) {
			return List.of();
		}
		return List.of(new WorkPage("access-log", "accessLog.work.page",
				"/work/" + organisation.slug() + "/access-log", 450));
	}
}
