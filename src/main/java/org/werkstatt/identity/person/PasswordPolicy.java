package org.werkstatt.identity.person;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: long enough to resist guessing (12 characters or more, as current NIST and
 * BSI guidance puts length first), not absurdly long, not one of the passwords everyone tries first,
 * and not the person's own e-mail or name.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;
	public static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("passwort1234", "password1234", "123456789012", "qwertzuiop12",
			"qwertyuiop12", "werkstatt123", "werkstatt2026", "jobcenter123", "hallo1234567", "adgangskode1",
			"passwordpassword", "letmein12345", "iloveyou1234", "aaaaaaaaaaaa", "abcdefghijkl", "000000000000",
			"111111111111", "willkommen12", "sommer202612", "velkommen123");

	private PasswordPolicy() {
	}

	/** The message key of the first rule the password breaks, or empty when it is fine. */
	public static Optional<String> violation(String password, String email, String name) {
		if (password.length() < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || lower.chars().distinct().count() < 5) {
			return Optional.of("password.tooCommon");
		}
		String localPart = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
		if ((localPart.length() >= 4 && lower.contains(localPart.toLowerCase(Locale.ROOT)))
				|| (name.strip().length() >= 4 && lower.contains(name.strip().toLowerCase(Locale.ROOT)))) {
			return Optional.of("password.containsName");
		}
		return Optional.empty();
	}
}
