package org.werkstatt.catalog.search;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.werkstatt.catalog.offer.Places;
import org.werkstatt.catalog.offer.PlacesRule;
import org.werkstatt.catalog.offer.Run;
import org.werkstatt.platform.web.SiteTime;

/**
 * A run in words, in the reader's language: when it takes place, and its places as the public may read them (a
 * number only when confirmed recently, else since when it is not). The fragments of {@code catalog/search/run} and
 * the search's result rows ({@link SearchView}) both say it this way.
 */
@Component("runWords")
public class RunWords {

	/** The places in words, and whether they are the stale kind ("not confirmed since …"). */
	public record PlacesWords(String text, boolean stale) {
	}

	private final MessageSource messages;
	private final SiteTime siteTime;
	private final PlacesRule placesRule;

	RunWords(MessageSource messages, SiteTime siteTime, PlacesRule placesRule) {
		this.messages = messages;
		this.siteTime = siteTime;
		this.placesRule = placesRule;
	}

	/** Its dates ("1 Mar 2027 – 30 Jun 2027 · rolling entry"), or "rolling entry" without a start. */
	public String when(Run run) {
		Locale locale = LocaleContextHolder.getLocale();
		String rolling = text("catalog.search.rolling", locale);
		if (run.startDate() == null) {
			return rolling;
		}
		StringBuilder when = new StringBuilder(siteTime.day(run.startDate()));
		if (run.endDate() != null) {
			when.append(" – ").append(siteTime.day(run.endDate()));
		}
		if (run.rollingEntry()) {
			when.append(" · ").append(rolling);
		}
		return when.toString();
	}

	/** The places, or nothing when the provider states none. */
	public @Nullable PlacesWords places(Places places) {
		Locale locale = LocaleContextHolder.getLocale();
		if (places.shown()) {
			return new PlacesWords(messages.getMessage("catalog.run.places.count", new Object[] { places.count() }, locale), false);
		}
		if (!places.stated()) {
			return null;
		}
		return new PlacesWords(places.confirmedAt() == null ? text("catalog.run.places.unconfirmed", locale)
				: messages.getMessage("catalog.run.places.staleSince",
						new Object[] { siteTime.day(placesRule.day(places.confirmedAt())) }, locale), true);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
