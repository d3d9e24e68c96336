package org.werkstatt.workshop.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret in a registration's cancel link: 256 random bits, URL-safe. The database keeps only its
 * SHA-256 hash, so a copy of the database cancels nobody.
 */
final class CancelToken {

	private static final SecureRandom RANDOM = new SecureRandom();

	private CancelToken() {
	}

	static String random() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String cancelPath(String token) {
		return "/registrations/" + token + "/cancel";
	}
}
