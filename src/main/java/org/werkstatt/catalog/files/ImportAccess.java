package org.werkstatt.catalog.files;

import org.springframework.stereotype.Component;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.identity.Role;
import org.werkstatt.platform.web.ForbiddenException;
import org.werkstatt.platform.web.NotFoundException;

/** Who imports into an organisation's catalog: its provider staff and admins (the core's editors). */
@Component
class ImportAccess {

	private final Organisations organisations;
	private final CurrentUser currentUser;

	ImportAccess(Organisations organisations, CurrentUser currentUser) {
		this.organisations = organisations;
		this.currentUser = currentUser;
	}

	OrganisationSummary editor(String slug) {
		OrganisationSummary organisation = organisations.bySlug(slug).orElseThrow(NotFoundException::new);
		if (!currentUser.hasAnyRole(organisation.id(), Role.ORGANISATION_ADMIN, Role.PROVIDER_STAFF)) {
			throw new ForbiddenException();
		}
		return organisation;
	}
}
