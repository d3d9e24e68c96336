package org.werkstatt.identity.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.person.People;

/**
 * The {@link CurrentUser} of this request. Organisation roles are read from the database once per request
 * for all organisations (the access check and the page then share the answer), so a role an admin takes away
 * is gone with the next request; platform admin is an authority fixed at login. Used in templates as
 * {@code @currentUser}.
 */
@Component("currentUser")
class SignedInUser implements CurrentUser {

	private static final String ROLES_ATTRIBUTE = SignedInUser.class.getName() + ".roles";

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
		return personId().map(person -> Set.copyOf(roles(person).keySet())).orElse(Set.of());
	}

	@Override
	public Set<Role> rolesIn(UUID organisationId) {
		Optional<UUID> person = personId();
		if (person.isEmpty()) {
			return Set.of();
		}
		return roles(person.get()).getOrDefault(organisationId, Set.of());
	}

	/** The person's roles in every organisation, read once per request. */
	private Map<UUID, Set<Role>> roles(UUID person) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(ROLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Map<?, ?> cached) {
			@SuppressWarnings("unchecked")
			Map<UUID, Set<Role>> roles = (Map<UUID, Set<Role>>) cached;
			return roles;
		}
		Map<UUID, Set<Role>> roles = new HashMap<>();
		people.rolesByOrganisation(person).forEach((organisation, held) -> roles.put(organisation, Set.copyOf(held)));
		if (request != null) {
			request.setAttribute(ROLES_ATTRIBUTE, roles, RequestAttributes.SCOPE_REQUEST);
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
