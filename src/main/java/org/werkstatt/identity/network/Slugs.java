package org.werkstatt.identity.network;

import java.text.Normalizer;
import java.util.Locale;

/** A suggested address part for an organisation's page, from its name. */
final class Slugs {

	private Slugs() {
	}

	static String of(String name) {
		String s = name.toLowerCase(Locale.ROOT)
			.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
			.replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
		s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return s.length() > 80 ? s.substring(0, 80).replaceAll("-+$", "") : s;
	}
}
