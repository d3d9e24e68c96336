package org.werkstatt.cooperation.agreement;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.OrganisationType;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.WorkPage;
import org.werkstatt.identity.WorkSource;

/** The cooperation page of caseworkers, provider staff and the admins of jobcenters and providers. */
@Component
class CooperationWork implements WorkSource {

	static boolean opens(OrganisationSummary organisation, Set<Role> roles) {
		boolean party = organisation.type() == OrganisationType.JOBCENTER || organisation.type() == OrganisationType.PROVIDER;
		return roles.contains(Role.CASEWORKER) || roles.contains(Role.PROVIDER_STAFF)
				|| (party && roles.contains(Role.ORGANISATION_ADMIN));
	}

	@Override
	public List<WorkPage> pages(OrganisationSummary organisation, Set<Role> roles) {
		if (!opens(organisation, roles)) {
			return List.of();
		}
		return List.of(new WorkPage("cooperation", "cooperation.work.page", "/manage/" + organisation.slug() + "/cooperation", 400));
	}
}
