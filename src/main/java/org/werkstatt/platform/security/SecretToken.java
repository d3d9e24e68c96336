package org.werkstatt.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets handed to people instead of an account (a cancel link, a participant's cookie): 256 random
 * bits, URL-safe. Only their SHA-256 hash is stored, so the database alone cannot act for anyone.
 */
public final class SecretToken {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecretToken() {
	}

	public static String random() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static byte[] hash(String token) {
		return sha256().digest(token.getBytes(StandardCharsets.UTF_8));
	}

	/** SHA-256, copied from one instance: looking it up among the providers took a phone's dot 8 % of its time. */
	private static MessageDigest sha256() {
		try {
			return (MessageDigest) SHA_256.clone();
		}
		catch (CloneNotSupportedException e) {
			return newSha256();
		}
	}

	private static final MessageDigest SHA_256 = newSha256();

	private static MessageDigest newSha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
