package org.werkstatt.catalog.show;

import java.time.Duration;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.werkstatt.platform.security.SecretToken;

/**
 * A browser's random token for marking interest, in a cookie of its own: the database keeps only its SHA-256
 * hash, to count each browser once per offer and event. It says nothing about the person.
 */
final class VisitorCookie {

	static final String NAME = "WERKSTATT_INTEREST";
	static final Duration LIFETIME = Duration.ofDays(365);

	private VisitorCookie() {
	}

	/** The hash of the browser's token; a browser without one (or with a forged one) gets a new token. */
	static String hash(HttpServletRequest request, HttpServletResponse response) {
		String token = read(request);
		if (token == null) {
			token = SecretToken.random();
			ResponseCookie cookie = ResponseCookie.from(NAME, token)
				.path("/")
				.httpOnly(true)
				.secure(request.isSecure())
				.sameSite("Lax")
				.maxAge(LIFETIME)
				.build();
			response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		}
		return HexFormat.of().formatHex(SecretToken.hash(token));
	}

	/** The hash of the browser's token, or an empty text (which matches no row) when it has none yet. */
	static String existingHash(HttpServletRequest request) {
		String token = read(request);
		return token == null ? "" : HexFormat.of().formatHex(SecretToken.hash(token));
	}

	private static @Nullable String read(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (var cookie : request.getCookies()) {
			if (cookie.getName().equals(NAME) && cookie.getValue().matches("[A-Za-z0-9_-]{43}")) {
				return cookie.getValue();
			}
		}
		return null;
	}
}
