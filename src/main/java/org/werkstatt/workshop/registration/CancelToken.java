package org.werkstatt.workshop.registration;

/** Where a registration's cancel link leads; the token in it is a {@link org.werkstatt.platform.security.SecretToken}. */
final class CancelToken {

	private CancelToken() {
	}

	static String cancelPath(String token) {
		return "/registrations/" + token + "/cancel";
	}
}
