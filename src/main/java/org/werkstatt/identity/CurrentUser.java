package org.werkstatt.identity;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Who is signed in for this request, and what they may do in an organisation. */
public interface CurrentUser {

	Optional<UUID> personId();

	boolean isPlatformAdmin();

	/** The roles the signed-in person holds in the organisation; empty for anyone else. */
	Set<Role> rolesIn(UUID organisationId);

	default boolean hasRole(UUID organisationId, Role role) {
		return isPlatformAdmin() || rolesIn(organisationId).contains(role);
	}
}
