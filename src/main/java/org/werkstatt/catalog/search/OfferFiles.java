package org.werkstatt.catalog.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.werkstatt.catalog.offer.Places;
import org.werkstatt.catalog.offer.Run;
import org.werkstatt.platform.files.Csv;
import org.werkstatt.platform.files.Workbook;
import org.werkstatt.platform.web.SiteAddress;
import org.werkstatt.platform.web.SiteTime;

/**
 * The search's result as files, with the same filter as the list ({@code /offers.csv|.xlsx|.ics?…}): a table of
 * the offers with their next run (headings in the reader's language, real dates in the workbook), and a calendar
 * of the matching offers' runs that are neither cancelled nor ended.
 */
@RestController
class OfferFiles {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private static final List<String> HEADINGS = List.of("title", "provider", "shortDescription", "format", "legalBasis",
			"nextStart", "nextEnd", "place", "places", "link");

	private final OfferSearch search;
	private final OfferRows rows;
	private final MessageSource messages;
	private final SiteAddress site;
	private final JdbcClient jdbc;
	private final SiteTime time;

	OfferFiles(OfferSearch search, OfferRows rows, MessageSource messages, SiteAddress site, JdbcClient jdbc, SiteTime time) {
		this.search = search;
		this.rows = rows;
		this.messages = messages;
		this.site = site;
		this.jdbc = jdbc;
		this.time = time;
	}

	@GetMapping("/offers.csv")
	ResponseEntity<byte[]> csv(@RequestParam MultiValueMap<String, String> parameters, Locale locale) {
		Csv csv = Csv.semicolonSeparated();
		table(parameters, locale).forEach(csv::row);
		return file("csv", CSV, csv.bytes());
	}

	@GetMapping("/offers.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam MultiValueMap<String, String> parameters, Locale locale) {
		Workbook workbook = new Workbook(locale);
		Workbook.Sheet sheet = workbook.sheet(text("catalog.search.title", locale));
		double[] widths = { 40, 30, 60, 14, 40, 12, 12, 20, 24, 50 };
		for (int i = 0; i < widths.length; i++) {
			sheet.width(i + 1, widths[i]);
		}
		table(parameters, locale).forEach(sheet::row);
		return file("xlsx", XLSX, workbook.bytes());
	}

	@GetMapping("/offers.ics")
	ResponseEntity<byte[]> calendar(@RequestParam MultiValueMap<String, String> parameters, Locale locale) {
		List<UUID> ids = search.all(OfferFilter.of(parameters), locale);
		List<RunCalendar.Entry> entries = jdbc.sql("""
				select r.id, r.offer_id, o.title, o.short_description, r.start_date, r.end_date, r.street, r.postal_code,
				       r.city, r.room, r.online_url, r.schedule
				  from offer_run r join offer o on o.id = r.offer_id
				 where o.state = 'PUBLISHED' and o.id = any(cast(:ids as uuid[])) and r.cancelled_at is null
				   and r.start_date is not null and (r.end_date is null or r.end_date >= :today)
				 order by r.start_date, o.title, r.id""")
			.param("ids", ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
			.param("today", LocalDate.now(time.zone()))
			.query((rs, n) -> new RunCalendar.Entry(rs.getObject("id", UUID.class), rs.getObject("offer_id", UUID.class),
					rs.getString("title"), rs.getString("short_description"), rs.getObject("start_date", LocalDate.class),
					rs.getObject("end_date", LocalDate.class),
					java.util.stream.Stream.of(rs.getString("room"), rs.getString("street"),
							java.util.stream.Stream.of(rs.getString("postal_code"), rs.getString("city"))
								.filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" ")),
							rs.getString("online_url"))
						.filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", ")),
					rs.getString("schedule")))
			.list();
		String body = RunCalendar.of(text("catalog.search.title", locale), entries, site.base(), Instant.now());
		return file("ics", CALENDAR, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** The heading row and a row per matching offer, in the list's order. */
	private List<Object[]> table(MultiValueMap<String, String> parameters, Locale locale) {
		List<UUID> ids = search.all(OfferFilter.of(parameters), locale);
		List<Object[]> table = new ArrayList<>();
		table.add(HEADINGS.stream().map(h -> text("catalog.search.column." + h, locale)).toArray());
		for (OfferRows.Row row : rows.of(ids, locale)) {
			Run next = row.next() == null ? null : row.next().run();
			table.add(new Object[] { row.title(), row.provider() == null ? null : row.provider().name(),
					row.shortDescription(), text(row.format().messageKey(), locale), String.join("; ", row.legalBases()),
					next == null ? null : next.startDate(), next == null ? null : next.endDate(),
					next == null ? null : next.city() != null ? next.city() : next.onlineUrl() != null ? text("catalog.search.online", locale) : null,
					row.next() == null ? null : places(row.next().places(), locale), site.link("/offers/" + row.id()) });
		}
		return table;
	}

	/** The places as the list says them: the number only when confirmed recently. */
	private @org.jspecify.annotations.Nullable String places(Places places, Locale locale) {
		if (!places.stated()) {
			return null;
		}
		if (places.shown()) {
			return String.valueOf(places.count());
		}
		Object since = places.confirmedAt() == null ? "" : LocalDate.ofInstant(places.confirmedAt(), time.zone()).toString();
		return messages.getMessage(places.messageKey(), new Object[] { since }, locale);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static ResponseEntity<byte[]> file(String extension, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header("Content-Disposition", ContentDisposition.attachment().filename("offers." + extension).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(body);
	}
}
