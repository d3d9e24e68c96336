package org.werkstatt.workshop.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.werkstatt.workshop.EventFormat;

class ICalendarTests {

	private final Event event = new Event(UUID.fromString("3f1e2d3c-0000-4000-8000-000000000001"), UUID.randomUUID(),
			null, EventFormat.CITIZEN_DIALOGUE, "Bürgerdialog; Teil 3, Status der 80 Empfehlungen",
			"Zeile eins\nZeile zwei " + "ä".repeat(60), "Rathaus", "Markt 1", "20000", "Hafenstadt", null,
			Instant.parse("2026-12-03T17:00:00Z"), Instant.parse("2026-12-03T19:30:00Z"), Visibility.PUBLIC);

	@Test
	void writesAnEventWithUtcTimesAndAStableUid() {
		String calendar = ICalendar.of("Jobcenter", List.of(event), "https://werkstatt.example", Instant.parse("2026-11-23T10:00:00Z"));
		assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
			.contains("UID:3f1e2d3c-0000-4000-8000-000000000001@werkstatt\r\n")
			.contains("DTSTART:20261203T170000Z\r\n", "DTEND:20261203T193000Z\r\n")
			.contains("SUMMARY:Bürgerdialog\\; Teil 3\\, Status der 80 Empfehlungen\r\n")
			.contains("LOCATION:Rathaus\\, Markt 1\\, 20000 Hafenstadt\r\n")
			.contains("URL:https://werkstatt.example/events/3f1e2d3c-0000-4000-8000-000000000001\r\n");
	}

	@Test
	void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingCharacters() {
		String calendar = ICalendar.of("Jobcenter", List.of(event), "https://werkstatt.example", Instant.now());
		for (String line : calendar.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		String unfolded = calendar.replace("\r\n ", "");
		assertThat(unfolded).contains("DESCRIPTION:Zeile eins\\nZeile zwei " + "ä".repeat(60) + "\r\n");
	}
}
