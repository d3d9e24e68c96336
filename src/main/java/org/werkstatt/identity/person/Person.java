package org.werkstatt.identity.person;

import java.util.UUID;

/** A person who can sign in. The password hash never leaves the identity module's security code. */
public record Person(UUID id, String email, String name, String preferredLanguage, boolean platformAdmin,
		boolean enabled) {
}
