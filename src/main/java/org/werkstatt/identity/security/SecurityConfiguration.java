package org.werkstatt.identity.security;

import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.werkstatt.platform.web.SessionlessCalls;

/**
 * Who may open what. Public pages need no account; {@code /manage/**} needs a signed-in person and then
 * checks the organisation itself (see {@code ManagedOrganisations}); {@code /admin/**} is for platform admins.
 * Every form carries a CSRF token (script calls of live participants carry a header instead, see
 * {@link SessionlessCalls}); the Content-Security-Policy allows no inline script or style.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'self'";

	/**
	 * The one page other sites may frame: a plan's status widget (planning), for the organisation's own
	 * website. It gets the same policy with {@code frame-ancestors *} and no {@code X-Frame-Options}.
	 */
	static final RequestMatcher EMBEDDABLE = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/plans/*/widget");

	static final String EMBEDDABLE_POLICY = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'self'", "frame-ancestors *");

	@Bean
	SecurityFilterChain web(HttpSecurity http, LoginOutcomes outcomes, LoginFailures failures,
			ObjectProvider<ClientRegistrationRepository> oidcClients, OidcPersonService oidcPersonService)
			throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
			.requestMatchers("/admin/**").hasRole(Authorities.PLATFORM_ADMIN)
			.requestMatchers("/manage/**", "/account/**", "/my-work").authenticated()
			.anyRequest().permitAll());
		http.formLogin(form -> form.loginPage("/login")
			.usernameParameter("email")
			.passwordParameter("password")
			.successHandler(outcomes)
			.failureHandler(outcomes)
			.permitAll());
		// script calls with a cookie of their own instead of a session (live participants); see SessionlessCalls
		http.csrf(csrf -> csrf.ignoringRequestMatchers(SessionlessCalls.MATCHER));
		http.addFilterBefore(new LoginThrottle(failures, outcomes), UsernamePasswordAuthenticationFilter.class);
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"));
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(oidc -> oidc.loginPage("/login")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcPersonService))
				.successHandler(outcomes)
				.failureHandler(outcomes));
		}
		RequestMatcher framedHere = new NegatedRequestMatcher(EMBEDDABLE);
		http.headers(headers -> headers
			.frameOptions(frame -> frame.disable())
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(framedHere,
					new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(framedHere,
					new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(EMBEDDABLE,
					new StaticHeadersWriter("Content-Security-Policy", EMBEDDABLE_POLICY)))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	/**
	 * No observation per security filter: wrapping each of them costs more than rendering the start page.
	 * Requests are still measured as a whole ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt",
						new BCryptPasswordEncoder()));
	}
}
