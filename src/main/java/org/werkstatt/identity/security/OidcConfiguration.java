package org.werkstatt.identity.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * Login through an OpenID Connect provider (for example Keycloak), switched on by
 * {@code WERKSTATT_OIDC_ISSUER_URI}. The provider's settings are discovered from the issuer at start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${werkstatt.oidc.issuer-uri:}'.isBlank()")
class OidcConfiguration {

	static final String REGISTRATION_ID = "oidc";

	@Bean
	ClientRegistrationRepository oidcClientRegistrations(OidcProperties properties) {
		ClientRegistration registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
			.registrationId(REGISTRATION_ID)
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.scope("openid", "profile", "email")
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}
}
