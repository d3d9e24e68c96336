package org.werkstatt.cooperation.story;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.werkstatt.cooperation.participant.Consent;

/**
 * The rules of a success story, without a database: which consent carries it, and what in a text may identify the
 * participant (real first or last name as a word, the date of birth in the usual spellings). These are warnings the
 * provider must confirm, not refusals (a last name may be an ordinary word), except the pseudonym, which must not
 * be the real first or last name.
 */
final class StoryRules {

	/** A warning about the text, with its message key. */
	enum Warning {
		FIRST_NAME, LAST_NAME, DATE_OF_BIRTH;

		public String messageKey() {
			return "story.warning." + name();
		}
	}

	private StoryRules() {
	}

	/** The consent that carries a story: not withdrawn, marked for a success story, for the provider. */
	static Optional<Consent> storyConsent(List<Consent> consents, UUID providerId) {
		return consents.stream()
			.filter(c -> !c.withdrawn() && c.successStory() && c.organisationIds().contains(providerId))
			.findFirst();
	}

	/** Whether the pseudonym is the real first or last name (refused). */
	static boolean pseudonymIsRealName(String pseudonym, String firstName, String lastName) {
		String p = fold(pseudonym);
		return containsWord(p, fold(firstName)) || containsWord(p, fold(lastName));
	}

	/** What in the texts may identify the participant. */
	static List<Warning> warnings(String text, String firstName, String lastName, LocalDate dateOfBirth) {
		String folded = fold(text);
		List<Warning> warnings = new ArrayList<>();
		if (containsWord(folded, fold(firstName))) {
			warnings.add(Warning.FIRST_NAME);
		}
		if (containsWord(folded, fold(lastName))) {
			warnings.add(Warning.LAST_NAME);
		}
		if (mentions(folded, dateOfBirth)) {
			warnings.add(Warning.DATE_OF_BIRTH);
		}
		return warnings;
	}

	private static boolean mentions(String folded, LocalDate day) {
		String compact = folded.replaceAll("\\s+", "");
		for (String pattern : List.of("d.M.yyyy", "dd.MM.yyyy", "d.M.yy", "dd.MM.yy", "yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy",
				"M/d/yyyy", "MM/dd/yyyy", "d-M-yyyy", "dd-MM-yyyy")) {
			String written = DateTimeFormatter.ofPattern(pattern, Locale.ROOT).format(day);
			if (Pattern.compile("(?<![0-9])" + Pattern.quote(written) + "(?![0-9])").matcher(compact).find()) {
				return true;
			}
		}
		for (Locale locale : List.of(Locale.GERMAN, Locale.of("da"), Locale.ENGLISH)) {
			for (String pattern : List.of("d. MMMM yyyy", "d MMMM yyyy", "MMMM d, yyyy", "d. MMMM yyyy")) {
				String written = fold(DateTimeFormatter.ofPattern(pattern, locale).format(day));
				if (folded.replaceAll("\\s+", " ").contains(written)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean containsWord(String text, String word) {
		if (word.isBlank()) {
			return false;
		}
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text).find();
	}

	/** Lower case without accents (Aydın, aydin and AYDIN are the same name here). */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
			.replace('ı', 'i');
		return decomposed.replaceAll("\\p{M}", "");
	}
}
