package org.werkstatt.identity.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.person.People;

/**
 * The {@link CurrentUser} of this request. Organisation roles are read from the database on each call, so
 * a role an admin takes away is gone at once; platform admin is an authority fixed at login. Used in
 * templates as {@code @currentUser}.
 */
@Component("currentUser")
class SignedInUser implements CurrentUser {

	private final People people;

	SignedInUser(People people) {
		this.people = people;
	}

	@Override
	public Optional<UUID> personId() {
		return principal().map(PersonPrincipal::personId);
	}

	public Optional<String> displayName() {
		return principal().map(PersonPrincipal::displayName);
	}

	@Override
	public boolean isPlatformAdmin() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_" + Authorities.PLATFORM_ADMIN));
	}

	@Override
	public Set<Role> rolesIn(UUID organisationId) {
		return personId().map(id -> people.roles(id, organisationId))
			.filter(roles -> !roles.isEmpty())
			.map(EnumSet::copyOf)
			.map(roles -> (Set<Role>) roles)
			.orElse(Set.of());
	}

	private static Optional<PersonPrincipal> principal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PersonPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}
}
