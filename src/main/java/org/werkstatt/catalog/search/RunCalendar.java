package org.werkstatt.catalog.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.werkstatt.platform.files.ICalendarWriter;

/**
 * Writes runs as an iCalendar feed (RFC 5545, through platform's {@link ICalendarWriter}), one stable UID per run
 * so that a subscribed calendar updates instead of duplicating. A run lasts whole days ({@code VALUE=DATE}; the end
 * is exclusive, so the day after the last day).
 */
final class RunCalendar {

	/** A run of an offer with a start date. */
	record Entry(UUID runId, UUID offerId, String title, String summary, LocalDate start, @Nullable LocalDate end,
			String location, @Nullable String schedule) {
	}

	private RunCalendar() {
	}

	static String of(String calendarName, List<Entry> entries, String baseUrl, Instant now) {
		ICalendarWriter calendar = new ICalendarWriter("Catalog", calendarName);
		for (Entry entry : entries) {
			calendar.line("BEGIN:VEVENT")
				.line("UID:run-" + entry.runId() + "@werkstatt")
				.utc("DTSTAMP", now)
				.day("DTSTART", entry.start())
				.day("DTEND", (entry.end() == null ? entry.start() : entry.end()).plusDays(1))
				.text("SUMMARY", entry.title())
				.text("DESCRIPTION", entry.schedule() == null ? entry.summary() : entry.summary() + "\n" + entry.schedule());
			if (!entry.location().isBlank()) {
				calendar.text("LOCATION", entry.location());
			}
			calendar.line("URL:" + baseUrl + "/offers/" + entry.offerId()).line("TRANSP:TRANSPARENT").line("END:VEVENT");
		}
		return calendar.end();
	}
}
