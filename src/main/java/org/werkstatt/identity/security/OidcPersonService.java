package org.werkstatt.identity.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.werkstatt.identity.person.People;
import org.werkstatt.identity.person.Person;

/**
 * Maps a person signed in at the OpenID Connect provider to the Werkstatt person with the same e-mail.
 * Nobody gets an account by signing in: an admin creates the person first and assigns the roles. The
 * provider must vouch for the address ({@code email_verified=true}); otherwise the login is refused.
 */
@Service
class OidcPersonService extends OidcUserService {

	static final String UNKNOWN_PERSON = "unknown_person";
	static final String EMAIL_NOT_VERIFIED = "email_not_verified";

	private final People people;

	OidcPersonService(People people) {
		this.people = people;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = super.loadUser(request);
		String email = user.getEmail();
		if (email == null || !Boolean.TRUE.equals(user.getEmailVerified())) {
			throw new OAuth2AuthenticationException(new OAuth2Error(EMAIL_NOT_VERIFIED));
		}
		Person person = people.findByEmail(email)
			.filter(Person::enabled)
			.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_PERSON)));
		return new OidcPerson(person.id(), person.name(), Authorities.of(person), user.getIdToken(), user.getUserInfo());
	}
}
