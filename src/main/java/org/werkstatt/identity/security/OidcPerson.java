package org.werkstatt.identity.security;

import java.io.Serial;
import java.util.Collection;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A person signed in through the OpenID Connect provider, matched to a Werkstatt person by e-mail. */
final class OidcPerson extends DefaultOidcUser implements PersonPrincipal {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID personId;
	private final String displayName;

	OidcPerson(UUID personId, String displayName, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
			OidcUserInfo userInfo) {
		super(authorities, idToken, userInfo);
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
	public String getName() {
		return personId.toString();
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
