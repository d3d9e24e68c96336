package org.werkstatt.platform.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the interface speaks; German is the default. */
public enum Language {
	DE("Deutsch"), DA("Dansk"), EN("English");

	private final String nativeName;

	Language(String nativeName) {
		this.nativeName = nativeName;
	}

	public static final Language DEFAULT = DE;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String nativeName() {
		return nativeName;
	}

	public Locale locale() {
		return Locale.of(code());
	}

	public static Optional<Language> of(String code) {
		return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code.strip())).findFirst();
	}
}
