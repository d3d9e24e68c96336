package org.werkstatt.workshop.live;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The participant token of one event, in a cookie of its own per join code. Only the browser keeps the
 * token; the database has its hash.
 */
final class ParticipantCookie {

	static final Duration LIFETIME = Duration.ofDays(30);

	private ParticipantCookie() {
	}

	static String name(String code) {
		return "WERKSTATT_LIVE_" + code;
	}

	static @Nullable String read(HttpServletRequest request, String code) {
		if (request.getCookies() == null) {
			return null;
		}
		for (var cookie : request.getCookies()) {
			if (cookie.getName().equals(name(code))) {
				return cookie.getValue();
			}
		}
		return null;
	}

	static void write(HttpServletResponse response, HttpServletRequest request, String code, String token) {
		ResponseCookie cookie = ResponseCookie.from(name(code), token)
			.path("/")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(LIFETIME)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}
}
