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
import org.springframework.web.servlet.support.RequestContextUtils;
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
	static final String ERROR_ATTRIBUTE = "loginError";

	private final People people;

	LoginOutcomes(People people) {
		this.people = people;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof PersonPrincipal principal) {
			people.recordSuccessfulLogin(principal.personId());
			people.find(principal.personId())
				.flatMap(person -> Language.of(person.preferredLanguage()))
				.ifPresent(language -> RequestContextUtils.getLocaleResolver(request)
					.setLocale(request, response, language.locale()));
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
		else if (exception instanceof OAuth2AuthenticationException) {
			reason = "oidc";
		}
		else {
			reason = "credentials";
			String email = request.getParameter("email");
			if (email != null && !email.isBlank()) {
				people.recordFailedLogin(email, MAX_FAILURES, Instant.now().plus(LOCK_TIME));
			}
		}
		request.setAttribute(ERROR_ATTRIBUTE, reason);
		if (reason.equals("oidc")) {
			response.sendRedirect(request.getContextPath() + "/login?error=oidc");
			return;
		}
		request.getRequestDispatcher("/login").forward(request, response);
	}
}
