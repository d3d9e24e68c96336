package org.werkstatt.workshop.registration;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The registration list as CSV for spreadsheets: UTF-8 with a byte order mark and {@code ;} between
 * fields (what German and Danish Excel open with a double click), every field quoted, times as
 * {@code yyyy-MM-dd HH:mm} in the site's time zone. A field that a spreadsheet would take for a formula
 * ({@code = + - @}, tab, carriage return at its start) gets a leading {@code '}, so that a name like
 * {@code =HYPERLINK(…)} stays text.
 */
final class RegistrationCsv {

	static final String BOM = "\uFEFF";
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private RegistrationCsv() {
	}

	static String of(List<String> header, List<Registration> registrations, Function<RegistrationStatus, String> status,
			ZoneId zone) {
		StringBuilder out = new StringBuilder(BOM);
		row(out, header.stream());
		for (Registration r : registrations) {
			row(out, Stream.of(status.apply(r.status()), r.name(), r.email(), r.note(), time(r.createdAt(), zone),
					time(r.confirmedAt(), zone), time(r.cancelledAt(), zone)));
		}
		return out.toString();
	}

	private static void row(StringBuilder out, Stream<@Nullable String> fields) {
		out.append(fields.map(RegistrationCsv::field).collect(Collectors.joining(";"))).append("\r\n");
	}

	static String field(@Nullable String value) {
		if (value == null) {
			return "\"\"";
		}
		String text = value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	private static @Nullable String time(@Nullable Instant instant, ZoneId zone) {
		return instant == null ? null : TIME.withZone(zone).format(instant);
	}
}
