package org.werkstatt.platform.files;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an iCalendar file (RFC 5545), the one writer of the site's calendar files (an event, an organisation's
 * events, the catalog's runs): text values escaped, lines folded at 75 octets of UTF-8, CRLF line ends. A calendar
 * is begun with its name, filled with {@link #line}, {@link #text}, {@link #utc} and {@link #day} content lines,
 * and ended with {@link #end}.
 */
public final class ICalendarWriter {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	private final StringBuilder out = new StringBuilder();

	/**
	 * @param product the part of the product id after {@code -//Werkstatt//} ("Events", "Catalog")
	 * @param calendarName what a calendar application names the subscribed calendar
	 */
	public ICalendarWriter(String product, String calendarName) {
		line("BEGIN:VCALENDAR");
		line("VERSION:2.0");
		line("PRODID:-//Werkstatt//" + product + "//DE");
		line("CALSCALE:GREGORIAN");
		line("METHOD:PUBLISH");
		text("X-WR-CALNAME", calendarName);
	}

	/** Appends a content line as it is, folded so that no line is longer than 75 octets of UTF-8. */
	public ICalendarWriter line(String content) {
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
		return this;
	}

	/** A property with a text value, escaped. */
	public ICalendarWriter text(String property, String value) {
		return line(property + ":" + escape(value));
	}

	/** A property with a time, in UTC. */
	public ICalendarWriter utc(String property, Instant time) {
		return line(property + ":" + UTC.format(time));
	}

	/** A property with a whole day ({@code VALUE=DATE}). */
	public ICalendarWriter day(String property, LocalDate day) {
		return line(property + ";VALUE=DATE:" + DateTimeFormatter.BASIC_ISO_DATE.format(day));
	}

	/** The calendar, ended. */
	public String end() {
		line("END:VCALENDAR");
		return out.toString();
	}

	/** Escapes a text value: backslash, semicolon, comma and line breaks. */
	public static String escape(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}
}
