package org.werkstatt.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Shows points in time in the site's time zone and the reader's language. Used as {@code @siteTime}. */
@Component("siteTime")
public class SiteTime {

	private final ZoneId zone;
	private final Map<Locale, DateTimeFormatter> dayFormats = new ConcurrentHashMap<>();

	SiteTime(@Value("${werkstatt.time-zone:Europe/Berlin}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	public ZoneId zone() {
		return zone;
	}

	/** The date alone, e.g. for a list of events. */
	public String date(Instant instant) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(zone)
			.format(instant);
	}

	/**
	 * A calendar day without a time (a plan's period, a milestone), in the reader's language. The language's pattern
	 * is looked up once: a list of 50 rows asked the localized formatter for it 50 times (docs/performance.md).
	 */
	public String day(java.time.LocalDate day) {
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter format = dayFormats.get(locale);
		if (format == null) {
			format = DateTimeFormatter.ofPattern(DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
					IsoChronology.INSTANCE, locale), locale);
			if (dayFormats.size() < 32) { // the site's languages; a locale from elsewhere is formatted, not kept
				dayFormats.put(locale, format);
			}
		}
		return format.format(day);
	}

	/** The time of day alone. */
	public String time(Instant instant) {
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(zone)
			.format(instant);
	}

	/** A machine-readable time for {@code <time datetime>}. */
	public String iso(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone).format(instant);
	}

	public String format(Instant instant) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(zone)
			.format(instant);
	}
}
