package org.werkstatt.identity.security;

import java.io.IOException;

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
 * What happens after a login attempt. A failure is counted for the e-mail and the client address
 * ({@link LoginThrottle} acts on the counts); the login page is shown again with the e-mail kept. A
 * success clears the client's count and switches the interface to the person's language.
 */
@Component
class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	static final String ERROR_ATTRIBUTE = "werkstatt.loginError";
	static final String EMAIL_ATTRIBUTE = "werkstatt.loginEmail";

	private final People people;
	private final LocaleResolver localeResolver;
	private final LoginFailures failures;

	LoginOutcomes(People people, LocaleResolver localeResolver, LoginFailures failures) {
		this.people = people;
		this.localeResolver = localeResolver;
		this.failures = failures;
		setDefaultTargetUrl("/my-work");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof PersonPrincipal principal) {
			people.recordSuccessfulLogin(principal.personId());
			failures.recordSuccess(request.getParameter("email"), request.getRemoteAddr());
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
			failures.recordFailure(request.getParameter("email"), request.getRemoteAddr());
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
