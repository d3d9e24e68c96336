package org.werkstatt.identity.security;

import java.io.Serial;
import java.util.Collection;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A person signed in with e-mail and password. */
final class LocalUser extends User implements PersonPrincipal {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID personId;
	private final String displayName;

	LocalUser(UUID personId, String email, String displayName, String passwordHash, boolean enabled,
			boolean accountNonLocked, Collection<? extends GrantedAuthority> authorities) {
		super(email, passwordHash, enabled, true, true, accountNonLocked, authorities);
		this.personId = personId;
		this.displayName = displayName;
	}

	@Override
	public UUID personId() {
		return personId;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}
}
