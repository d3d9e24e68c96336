package org.werkstatt.workshop.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes events as an iCalendar file (RFC 5545): times in UTC, text escaped, lines folded at 75 octets,
 * CRLF line ends, one stable UID per event so that calendars update instead of duplicating.
 */
final class ICalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	private ICalendar() {
	}

	static String of(String calendarName, List<Event> events, String baseUrl, Instant now) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Werkstatt//Events//DE");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + text(calendarName));
		for (Event event : events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + event.id() + "@werkstatt");
			line(out, "DTSTAMP:" + UTC.format(now));
			line(out, "DTSTART:" + UTC.format(event.startsAt()));
			line(out, "DTEND:" + UTC.format(event.endsAt()));
			line(out, "SUMMARY:" + text(event.title()));
			if (event.description() != null) {
				line(out, "DESCRIPTION:" + text(event.description()));
			}
			if (!event.location().isBlank()) {
				line(out, "LOCATION:" + text(event.location()));
			}
			line(out, "URL:" + baseUrl + "/events/" + event.id());
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/** Escapes text values: backslash, semicolon, comma and line breaks. */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** Appends a content line, folded so that no line is longer than 75 octets of UTF-8. */
	private static void line(StringBuilder out, String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}
}
