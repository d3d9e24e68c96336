package org.werkstatt.identity.security;

import java.util.UUID;

/** The signed-in person, whether they came through the local login or OpenID Connect. */
public interface PersonPrincipal {

	UUID personId();

	String displayName();
}
