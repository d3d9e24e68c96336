package org.werkstatt.workshop.live;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.files.Workbook;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.platform.web.SiteTime;
import org.werkstatt.workshop.event.Event;
import org.werkstatt.workshop.event.EventStore;

/**
 * The results as files, seen by whoever may see the results page ({@link ResultsAccess}): a workbook for
 * spreadsheets, the printable documentation of the day, and the event's photos.
 */
@Controller
class ResultsFiles {

	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	/** The most photos the printable results carry, so that one download stays a sensible size. */
	static final int PDF_PHOTOS = 24;

	private final ResultsAccess access;
	private final EventStore events;
	private final PhotoStore photos;
	private final Organisations organisations;
	private final MessageSource messages;
	private final SiteTime siteTime;

	ResultsFiles(ResultsAccess access, EventStore events, PhotoStore photos, Organisations organisations,
			MessageSource messages, SiteTime siteTime) {
		this.access = access;
		this.events = events;
		this.photos = photos;
		this.organisations = organisations;
		this.messages = messages;
		this.siteTime = siteTime;
	}

	@GetMapping("/events/{id}/results.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID id, Locale locale) {
		Event event = visibleEvent(id);
		Results results = access.results(event);
		Workbook workbook = new Workbook(locale);
		Workbook.Sheet sheet = workbook.sheet(text("results.title", locale)).width(1, 24).width(2, 8).width(3, 60).width(4, 8).width(5, 40)
			.width(6, 16).width(7, 17);
		sheet.row(text("results.column.wall", locale), text("results.column.rank", locale),
				text("results.column.idea", locale), text("results.column.dots", locale),
				text("results.column.mergedInto", locale), text("results.column.nickname", locale),
				text("results.column.postedAt", locale));
		for (Results.WallResult wall : results.walls()) {
			for (Results.RankedIdea ranked : wall.ideas()) {
				Idea idea = ranked.idea();
				sheet.row(wall.wall().title(), ranked.rank(), idea.text(), idea.score(), null, idea.nickname(),
						posted(idea));
				for (Idea merged : ranked.merged()) {
					sheet.row(wall.wall().title(), null, merged.text(), merged.dots(), idea.text(), merged.nickname(),
							posted(merged));
				}
			}
		}
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header("Content-Disposition", ContentDisposition.attachment().filename("results.xlsx").build().toString())
			.body(workbook.bytes());
	}

	@GetMapping("/events/{id}/results.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
		Event event = visibleEvent(id);
		String organiser = organisations.byId(event.organisationId()).map(OrganisationSummary::name).orElse("");
		ResultsPdf.Facts facts = new ResultsPdf.Facts(
				siteTime.date(event.startsAt()) + ", " + siteTime.time(event.startsAt()) + "–" + siteTime.time(event.endsAt()),
				event.location(), organiser);
		byte[] pdf = new ResultsPdf(messages, locale).write(event, facts, access.results(event),
				photos.printable(event.id(), PDF_PHOTOS));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", ContentDisposition.attachment().filename("results.pdf").build().toString())
			.body(pdf);
	}

	/**
	 * A photo of the event. A photo never changes (a new upload gets a new id), so browsers keep it for a
	 * day and ask again with its ETag; public results may be kept by shared caches too.
	 */
	@GetMapping("/events/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId,
			@RequestHeader(name = "If-None-Match", required = false) @Nullable String ifNoneMatch) {
		Event event = events.find(id).orElseThrow(NotFoundException::new);
		LiveSession session = access.visibleSession(event);
		CacheControl cache = session.resultsPublished() ? CacheControl.maxAge(Duration.ofDays(1)).cachePublic()
				: CacheControl.maxAge(Duration.ofDays(1)).cachePrivate();
		String etag = "\"" + photoId + "\"";
		if (etag.equals(ifNoneMatch) && photos.exists(event.id(), photoId)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
		}
		Photo.File file = photos.file(event.id(), photoId).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.cacheControl(cache)
			.eTag(etag)
			.header("X-Content-Type-Options", "nosniff")
			.body(file.data());
	}

	private Event visibleEvent(UUID id) {
		Event event = events.find(id).orElseThrow(NotFoundException::new);
		access.visibleSession(event);
		return event;
	}

	/** When the idea was posted, a date cell in the site's time zone. */
	private LocalDateTime posted(Idea idea) {
		return LocalDateTime.ofInstant(idea.createdAt(), siteTime.zone()).truncatedTo(ChronoUnit.MINUTES);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
