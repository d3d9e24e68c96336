package org.werkstatt.identity.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles the local login. After {@value #PER_CLIENT} failures for one e-mail from one client address
 * within {@link #WINDOW}, that client may not try that e-mail again until the window has passed; after
 * {@value #PER_EMAIL} failures for one e-mail from anywhere, nobody may. So a stranger cannot lock a
 * person out by guessing wrong a few times, and a spread attack still stops. The counts live in
 * PostgreSQL ({@link LoginFailures}), so every node of a site sees the same ones.
 */
class LoginThrottle extends OncePerRequestFilter {

	static final int PER_CLIENT = 5;
	static final int PER_EMAIL = 50;
	static final Duration WINDOW = Duration.ofMinutes(15);

	private final LoginFailures failures;
	private final LoginOutcomes outcomes;

	LoginThrottle(LoginFailures failures, LoginOutcomes outcomes) {
		this.failures = failures;
		this.outcomes = outcomes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = normalised(request.getParameter("email"));
		if (email != null && failures.blocked(email, request.getRemoteAddr())) {
			outcomes.onAuthenticationFailure(request, response, new LockedException("throttled"));
			return;
		}
		chain.doFilter(request, response);
	}

	static String normalised(String email) {
		if (email == null || email.isBlank() || email.length() > 254) {
			return null;
		}
		return email.strip().toLowerCase(Locale.ROOT);
	}
}
