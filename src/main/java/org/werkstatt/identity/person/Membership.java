package org.werkstatt.identity.person;

import java.util.UUID;

import org.werkstatt.identity.Role;

/** A role a person holds in an organisation. */
public record Membership(UUID personId, String personName, String personEmail, UUID organisationId,
		String organisationName, String organisationSlug, Role role) {
}
