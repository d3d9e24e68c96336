package org.werkstatt.identity;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Who is signed in for this request, and what they may do in an organisation. */
public interface CurrentUser {

	Optional<UUID> personId();

	/** Whether a person is signed in (the layout's navigation asks, on every page). */
	default boolean signedIn() {
		return personId().isPresent();
	}

	/** The signed-in person's name, as others see it. */
	Optional<String> displayName();

	boolean isPlatformAdmin();

	/** The organisations in which the signed-in person holds any role (one query); empty for anyone else. */
	Set<UUID> organisations();

	/** The roles the signed-in person holds in the organisation; empty for anyone else. */
	Set<Role> rolesIn(UUID organisationId);

	/** Platform admins, and people who hold at least one of the roles in the organisation. */
	default boolean hasAnyRole(UUID organisationId, Role... roles) {
		if (isPlatformAdmin()) {
			return true;
		}
		Set<Role> held = rolesIn(organisationId);
		return java.util.Arrays.stream(roles).anyMatch(held::contains);
	}
}
