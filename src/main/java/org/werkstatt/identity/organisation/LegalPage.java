package org.werkstatt.identity.organisation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three statements every organisation publishes, each an editable text. */
public enum LegalPage {
	IMPRINT, PRIVACY, ACCESSIBILITY;

	public String path() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "legal." + path();
	}

	public static Optional<LegalPage> ofPath(String path) {
		return Arrays.stream(values()).filter(p -> p.path().equals(path)).findFirst();
	}
}
