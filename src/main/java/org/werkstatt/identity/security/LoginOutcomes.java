package org.werkstatt.identity.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.werkstatt.identity.person.People;
import org.werkstatt.platform.web.Language;

/**
 * What happens after a login attempt. A failure is counted against the account and, after
 * {@value #MAX_FAILURES} in a row, locks it for {@link #LOCK_TIME}; the login page is shown again with
 * the e-mail kept. A success resets the count and switches the interface to the person's language.
 */
@Component
class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	static final int MAX_FAILURES = 5;
	static final Duration LOCK_TIME = Duration.ofMinutes(15);
	static final String ERROR_ATTRIBUTE = "werkstatt.loginError";
	static final String EMAIL_ATTRIBUTE = "werkstatt.loginEmail";

	private final People people;
	private final LocaleResolver localeResolver;

	LoginOutcomes(People people, LocaleResolver localeResolver) {
		this.people = people;
		this.localeResolver = localeResolver;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof PersonPrincipal principal) {
			people.recordSuccessfulLogin(principal.personId());
			people.find(principal.personId())
				.flatMap(person -> Language.of(person.preferredLanguage()))
				.ifPresent(language -> localeResolver.setLocale(request, response, language.locale()));
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String reason;
		if (exception instanceof LockedException) {
			reason = "locked";
		}
		else if (exception instanceof OAuth2AuthenticationException oidc) {
			reason = switch (oidc.getError().getErrorCode()) {
				case OidcPersonService.UNKNOWN_PERSON -> "oidc";
				case OidcPersonService.EMAIL_NOT_VERIFIED -> "oidcEmail";
				default -> "oidcFailed";
			};
		}
		else {
			reason = "credentials";
			String email = request.getParameter("email");
			if (email != null && !email.isBlank()) {
				people.recordFailedLogin(email, MAX_FAILURES, Instant.now().plus(LOCK_TIME));
			}
		}
		// the login page shows the reason and keeps the typed e-mail; kept in the session, not in the URL
		request.getSession().setAttribute(ERROR_ATTRIBUTE, reason);
		String email = request.getParameter("email");
		if (email != null && email.length() <= 254) {
			request.getSession().setAttribute(EMAIL_ATTRIBUTE, email.strip());
		}
		response.sendRedirect(request.getContextPath() + "/login?error");
	}
}
