package org.werkstatt.platform.web;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A text an organisation writes and every visitor reads (a status name, a legal statement, a profile),
 * with a version per language; blank versions count as missing.
 */
public record Texts(@Nullable String de, @Nullable String da, @Nullable String en) {

	public Texts {
		de = blankToNull(de);
		da = blankToNull(da);
		en = blankToNull(en);
	}

	public static Texts of(Language language, @Nullable String text) {
		return new Texts(language == Language.DE ? text : null, language == Language.DA ? text : null,
				language == Language.EN ? text : null);
	}

	/** The version in exactly this language, or null. */
	public @Nullable String exactly(Language language) {
		return switch (language) {
			case DE -> de;
			case DA -> da;
			case EN -> en;
		};
	}

	/** The reader's version; without it the site default's; without that the first there is (de, da, en). */
	public @Nullable String in(Language reader, Language siteDefault) {
		Language shown = shownTo(reader, siteDefault);
		return shown == null ? null : exactly(shown);
	}

	/** The language of the version a reader sees ({@link #in}); null when there is none. */
	public @Nullable Language shownTo(Language reader, Language siteDefault) {
		if (exactly(reader) != null) {
			return reader;
		}
		if (exactly(siteDefault) != null) {
			return siteDefault;
		}
		return Arrays.stream(Language.values()).filter(l -> exactly(l) != null).findFirst().orElse(null);
	}

	public boolean isEmpty() {
		return de == null && da == null && en == null;
	}

	/** The languages without a version, when there is a version in any (an empty text misses nothing). */
	public List<Language> missing() {
		if (isEmpty()) {
			return List.of();
		}
		return Arrays.stream(Language.values()).filter(l -> exactly(l) == null).toList();
	}

	/** Whether any version equals the given text, ignoring case and surrounding blanks. */
	public boolean anyEqualsIgnoreCase(String text) {
		return Arrays.stream(Language.values())
			.map(this::exactly)
			.anyMatch(t -> t != null && t.equalsIgnoreCase(text.strip()));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
