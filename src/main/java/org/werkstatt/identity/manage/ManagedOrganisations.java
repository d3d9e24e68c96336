package org.werkstatt.identity.manage;

import java.util.Arrays;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.organisation.Organisation;
import org.werkstatt.identity.organisation.OrganisationStore;
import org.werkstatt.platform.web.ForbiddenException;
import org.werkstatt.platform.web.NotFoundException;

/**
 * The one gate of every {@code /manage/{slug}/…} page: a person who is no member of the organisation
 * gets "not found", exactly as for an organisation that does not exist; a member without the needed
 * role gets "forbidden". Platform admins pass everywhere.
 */
@Component
class ManagedOrganisations {

	private final OrganisationStore organisations;
	private final CurrentUser currentUser;

	ManagedOrganisations(OrganisationStore organisations, CurrentUser currentUser) {
		this.organisations = organisations;
		this.currentUser = currentUser;
	}

	Organisation require(String slug, Role... anyOf) {
		Organisation organisation = organisations.findBySlug(slug).orElseThrow(NotFoundException::new);
		if (currentUser.isPlatformAdmin()) {
			return organisation;
		}
		Set<Role> roles = currentUser.rolesIn(organisation.id());
		if (roles.isEmpty()) {
			throw new NotFoundException();
		}
		if (Arrays.stream(anyOf).noneMatch(roles::contains)) {
			throw new ForbiddenException();
		}
		return organisation;
	}

	Organisation requireAdmin(String slug) {
		return require(slug, Role.ORGANISATION_ADMIN);
	}

	Organisation requireNetworkAdmin(String slug) {
		Organisation organisation = requireAdmin(slug);
		if (!organisation.isNetwork()) {
			throw new NotFoundException();
		}
		return organisation;
	}
}
