package org.werkstatt.identity.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.person.Membership;
import org.werkstatt.identity.person.People;

/**
 * The {@link CurrentUser} of this request. Organisation roles are read from the database once per request
 * and organisation (the access check and the page then share the answer), so a role an admin takes away
 * is gone with the next request; platform admin is an authority fixed at login. Used in templates as
 * {@code @currentUser}.
 */
@Component("currentUser")
class SignedInUser implements CurrentUser {

	private static final String ROLES_ATTRIBUTE = SignedInUser.class.getName() + ".roles.";

	private final People people;

	SignedInUser(People people) {
		this.people = people;
	}

	@Override
	public Optional<UUID> personId() {
		return principal().map(PersonPrincipal::personId);
	}

	@Override
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
	public Set<UUID> organisations() {
		return personId().map(person -> people.membershipsOf(person)
			.stream()
			.map(Membership::organisationId)
			.collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
	}

	@Override
	public Set<Role> rolesIn(UUID organisationId) {
		Optional<UUID> person = personId();
		if (person.isEmpty()) {
			return Set.of();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = ROLES_ATTRIBUTE + organisationId;
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Set<?> cached) {
			@SuppressWarnings("unchecked")
			Set<Role> roles = (Set<Role>) cached;
			return roles;
		}
		List<Role> found = people.roles(person.get(), organisationId);
		Set<Role> roles = found.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(found));
		if (request != null) {
			request.setAttribute(key, roles, RequestAttributes.SCOPE_REQUEST);
		}
		return roles;
	}

	private static Optional<PersonPrincipal> principal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PersonPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}
}
