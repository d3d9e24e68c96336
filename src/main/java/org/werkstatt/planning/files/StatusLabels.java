package org.werkstatt.planning.files;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.werkstatt.planning.plan.MeasureStatus;
import org.werkstatt.platform.web.Language;
import org.werkstatt.platform.web.SiteLanguage;

/**
 * The names of a plan's measure statuses: a status the owner added has its own name per language (the
 * reader's, else the site default's); a built-in one is named by the plans' message bundle
 * ({@code measure.status.*}), or by this package's own words until that exists.
 */
@Component
class StatusLabels {

	static final List<Locale> LANGUAGES = List.of(Locale.GERMAN, Locale.of("da"), Locale.ENGLISH);

	private final MessageSource messages;
	private final SiteLanguage site;

	StatusLabels(MessageSource messages, SiteLanguage site) {
		this.messages = messages;
		this.site = site;
	}

	String label(MeasureStatus status, Locale locale) {
		String own = status.label(Language.of(locale.getLanguage()).orElse(site.siteDefault()), site.siteDefault());
		if (own != null) {
			return own;
		}
		return messages.getMessage(status.messageKey(), null, locale);
	}

	/** Each status's names in German, Danish and English (the names an import file may use). */
	Map<String, List<String>> names(List<MeasureStatus> statuses) {
		Map<String, List<String>> names = new HashMap<>();
		for (MeasureStatus status : statuses) {
			List<String> all = new ArrayList<>();
			for (Locale language : LANGUAGES) {
				all.add(label(status, language));
				if (status.builtIn()) {
					all.add(messages.getMessage("files.status." + status.code(), null, status.code(), language));
				}
			}
			names.put(status.code(), all);
		}
		return names;
	}

	/** Each status's name in the reader's language, by code. */
	Map<String, String> labels(List<MeasureStatus> statuses, Locale locale) {
		Map<String, String> labels = new HashMap<>();
		statuses.forEach(status -> labels.put(status.code(), label(status, locale)));
		return labels;
	}
}
