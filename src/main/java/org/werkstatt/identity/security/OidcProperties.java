package org.werkstatt.identity.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The OpenID Connect provider, if any.
 *
 * @param issuerUri {@code WERKSTATT_OIDC_ISSUER_URI}, e.g. {@code https://keycloak.example/realms/werkstatt}
 * @param clientId {@code WERKSTATT_OIDC_CLIENT_ID}
 * @param clientSecret {@code WERKSTATT_OIDC_CLIENT_SECRET}
 * @param label the text of the login button, {@code WERKSTATT_OIDC_LABEL}
 */
@ConfigurationProperties("werkstatt.oidc")
record OidcProperties(String issuerUri, String clientId, String clientSecret, String label) {
}
