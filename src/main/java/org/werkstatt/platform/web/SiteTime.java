package org.werkstatt.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Shows points in time in the site's time zone and the reader's language. Used as {@code @siteTime}. */
@Component("siteTime")
public class SiteTime {

	private final ZoneId zone;

	SiteTime(@Value("${werkstatt.time-zone:Europe/Berlin}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	public ZoneId zone() {
		return zone;
	}

	public String format(Instant instant) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(zone)
			.format(instant);
	}
}
