package org.werkstatt.workshop.event;

import java.time.Instant;
import java.util.List;

import org.werkstatt.platform.files.ICalendarWriter;

/**
 * Writes events as an iCalendar file (RFC 5545, through platform's {@link ICalendarWriter}): times in UTC, one
 * stable UID per event so that calendars update instead of duplicating.
 */
final class ICalendar {

	private ICalendar() {
	}

	static String of(String calendarName, List<Event> events, String baseUrl, Instant now) {
		ICalendarWriter calendar = new ICalendarWriter("Events", calendarName);
		for (Event event : events) {
			calendar.line("BEGIN:VEVENT")
				.line("UID:" + event.id() + "@werkstatt")
				.utc("DTSTAMP", now)
				.utc("DTSTART", event.startsAt())
				.utc("DTEND", event.endsAt())
				.text("SUMMARY", event.title());
			if (event.description() != null) {
				calendar.text("DESCRIPTION", event.description());
			}
			if (!event.location().isBlank()) {
				calendar.text("LOCATION", event.location());
			}
			calendar.line("URL:" + baseUrl + "/events/" + event.id()).line("END:VEVENT");
		}
		return calendar.end();
	}
}
