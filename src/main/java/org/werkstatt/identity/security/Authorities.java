package org.werkstatt.identity.security;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.werkstatt.identity.person.Person;

/** The few authorities Spring Security knows; organisation roles are checked per organisation instead. */
final class Authorities {

	static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

	private Authorities() {
	}

	static List<GrantedAuthority> of(Person person) {
		return person.platformAdmin()
				? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_" + PLATFORM_ADMIN))
				: List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}
}
