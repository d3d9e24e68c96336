package org.werkstatt.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The languages the interface speaks. German is its first language ({@link #DEFAULT}, the one texts
 * written before there were versions per language are kept in); the site's default is
 * {@link SiteLanguage}.
 */
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

	/**
	 * The language a browser's {@code Accept-Language} header prefers most among those spoken here,
	 * respecting its q-values ({@code da-DK,da;q=0.9,en;q=0.8} is Danish, {@code fr,en;q=0.5} English);
	 * empty when it asks for none of them ({@code fr}), names only {@code *} or cannot be read.
	 */
	public static Optional<Language> preferredBy(@Nullable String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1_000) {
			return Optional.empty();
		}
		List<Locale.LanguageRange> ranges;
		try {
			ranges = Locale.LanguageRange.parse(acceptLanguage);
		}
		catch (IllegalArgumentException unreadable) {
			return Optional.empty();
		}
		// parse orders the ranges by weight, keeping the header's order among equal weights
		return ranges.stream()
			.filter(range -> range.getWeight() > 0)
			.map(range -> range.getRange().split("-", 2)[0])
			.filter(primary -> !primary.equals("*"))
			.flatMap(primary -> of(primary).stream())
			.findFirst();
	}
}
