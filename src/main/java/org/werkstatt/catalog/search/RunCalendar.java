package org.werkstatt.catalog.search;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Writes runs as an iCalendar feed (RFC 5545), following workshop's writer: text escaped, lines folded at 75
 * octets, CRLF line ends, one stable UID per run so that a subscribed calendar updates instead of duplicating.
 * A run lasts whole days ({@code VALUE=DATE}; the end is exclusive, so the day after the last day).
 */
final class RunCalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	/** A run of an offer with a start date. */
	record Entry(UUID runId, UUID offerId, String title, String summary, LocalDate start, @Nullable LocalDate end,
			String location, @Nullable String schedule) {
	}

	private RunCalendar() {
	}

	static String of(String calendarName, List<Entry> entries, String baseUrl, Instant now) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Werkstatt//Catalog//DE");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + text(calendarName));
		for (Entry entry : entries) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:run-" + entry.runId() + "@werkstatt");
			line(out, "DTSTAMP:" + UTC.format(now));
			line(out, "DTSTART;VALUE=DATE:" + DAY.format(entry.start()));
			line(out, "DTEND;VALUE=DATE:" + DAY.format((entry.end() == null ? entry.start() : entry.end()).plusDays(1)));
			line(out, "SUMMARY:" + text(entry.title()));
			String description = entry.schedule() == null ? entry.summary() : entry.summary() + "\n" + entry.schedule();
			line(out, "DESCRIPTION:" + text(description));
			if (!entry.location().isBlank()) {
				line(out, "LOCATION:" + text(entry.location()));
			}
			line(out, "URL:" + baseUrl + "/offers/" + entry.offerId());
			line(out, "TRANSP:TRANSPARENT");
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
