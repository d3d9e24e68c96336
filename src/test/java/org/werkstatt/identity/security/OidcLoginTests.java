package org.werkstatt.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;

/**
 * Login through a real OpenID Connect provider (NAV's mock-oauth2-server, started here on loopback):
 * the full authorization-code flow over HTTP, mapped to the Werkstatt person with the same e-mail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcLoginTests {

	private static final String CLIENT_ID = "werkstatt";
	private static final MockOAuth2Server provider = new MockOAuth2Server();

	static {
		provider.start();
	}

	@DynamicPropertySource
	static void oidc(DynamicPropertyRegistry registry) {
		registry.add("werkstatt.oidc.issuer-uri", () -> provider.issuerUrl("default").toString());
		registry.add("werkstatt.oidc.client-id", () -> CLIENT_ID);
		registry.add("werkstatt.oidc.client-secret", () -> "secret");
		registry.add("werkstatt.oidc.label", () -> "Keycloak");
		registry.add("werkstatt.database.data-dir",
				() -> FullStackTest.TEST_DATA.resolve("oidc-" + ProcessHandle.current().pid()).resolve("postgres").toString());
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	@LocalServerPort
	int port;

	@Test
	void loginPageOffersTheProvider() {
		assertThat(new HttpSession(port).get("/login").body()).contains("Mit Keycloak anmelden", "/oauth2/authorization/oidc");
	}

	@Test
	void knownEmailSignsInAsThatPerson() {
		HttpSession visitor = new HttpSession(port);
		HttpResponse<String> end = signInAtProvider(visitor, "planung@jobcenter-hafenstadt.example");
		assertThat(end.statusCode()).isEqualTo(302);
		assertThat(end.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
		HttpResponse<String> account = visitor.get("/account");
		assertThat(account.statusCode()).isEqualTo(200);
		assertThat(account.body()).contains("Paula Planer", "Planung");
	}

	@Test
	void unknownEmailGetsNoAccountAndAClearMessage() {
		HttpSession visitor = new HttpSession(port);
		HttpResponse<String> end = signInAtProvider(visitor, "stranger@example.org");
		assertThat(end.headers().firstValue("Location").orElseThrow()).contains("/login");
		HttpResponse<String> page = visitor.get("/login");
		assertThat(page.body()).contains("Für diese E-Mail-Adresse gibt es hier kein Konto");
		assertThat(visitor.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void anAddressTheProviderDoesNotVouchForIsRefused() {
		HttpSession visitor = new HttpSession(port);
		HttpResponse<String> end = signInAtProvider(visitor, "planung@jobcenter-hafenstadt.example", Map.of());
		assertThat(end.headers().firstValue("Location").orElseThrow()).contains("/login");
		assertThat(visitor.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void localLoginKeepsWorkingBesideIt() {
		assertThat(new HttpSession(port).signIn("planung@jobcenter-hafenstadt.example",
				org.werkstatt.identity.demo.DemoAccounts.PASSWORD)).isTrue();
	}

	/** Walks the authorization-code flow: app → provider → app callback; returns the callback's answer. */
	private HttpResponse<String> signInAtProvider(HttpSession visitor, String email) {
		return signInAtProvider(visitor, email, Map.of("email_verified", true));
	}

	private HttpResponse<String> signInAtProvider(HttpSession visitor, String email, Map<String, Object> extraClaims) {
		Map<String, Object> claims = new java.util.HashMap<>(extraClaims);
		claims.put("email", email);
		provider.enqueueCallback(new DefaultOAuth2TokenCallback("default", "subject-" + email, "JWT", List.of(CLIENT_ID),
				claims, 3600L));
		HttpResponse<String> toProvider = visitor.get("/oauth2/authorization/oidc");
		assertThat(toProvider.statusCode()).isEqualTo(302);
		String authorize = toProvider.headers().firstValue("Location").orElseThrow();
		assertThat(authorize).startsWith(provider.issuerUrl("default").toString());
		HttpResponse<String> backToApp = visitor.get(authorize);
		assertThat(backToApp.statusCode()).isEqualTo(302);
		String callback = backToApp.headers().firstValue("Location").orElseThrow();
		assertThat(callback).contains("/login/oauth2/code/oidc").contains("code=");
		return visitor.get(callback);
	}

}
