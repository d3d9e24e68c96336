package org.werkstatt.workshop.live;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.files.Csv;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.platform.web.SiteTime;
import org.werkstatt.workshop.event.Event;
import org.werkstatt.workshop.event.EventStore;

/**
 * The results of a live event: public once the organiser has published them, always visible to the
 * organiser's admins, planners and moderators ({@link ResultsAccess}), with the event's photos; the
 * organiser also sees the participants' feedback. Exported as CSV for spreadsheets (XLSX and PDF:
 * {@link ResultsFiles}).
 */
@Controller
class ResultsPages {

	private final EventStore events;
	private final Organisations organisations;
	private final ResultsAccess access;
	private final FeedbackStore feedback;
	private final PhotoStore photos;
	private final MessageSource messages;
	private final SiteTime siteTime;

	ResultsPages(EventStore events, Organisations organisations, ResultsAccess access,
			FeedbackStore feedback, PhotoStore photos, MessageSource messages, SiteTime siteTime) {
		this.events = events;
		this.organisations = organisations;
		this.access = access;
		this.feedback = feedback;
		this.photos = photos;
		this.messages = messages;
		this.siteTime = siteTime;
	}

	@GetMapping("/events/{id}/results")
	String results(@PathVariable UUID id, Model model) {
		Event event = events.find(id).orElseThrow(NotFoundException::new);
		LiveSession session = visibleSession(event);
		model.addAttribute("event", event);
		model.addAttribute("liveSession", session);
		model.addAttribute("organiser", organisations.byId(event.organisationId()).orElseThrow(NotFoundException::new));
		model.addAttribute("results", results(event));
		model.addAttribute("isOrganiser", isOrganiser(event));
		model.addAttribute("photos", photos.list(event.id()));
		if (isOrganiser(event)) {
			model.addAttribute("feedback", FeedbackSummary.of(feedback.all(event.id())));
		}
		return "workshop/live/results";
	}

	/** The same columns as the workbook, by the CSV rule of {@link Csv}: {@code ;}, headings in the reader's language. */
	@GetMapping("/events/{id}/results.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID id, Locale locale) {
		Event event = events.find(id).orElseThrow(NotFoundException::new);
		visibleSession(event);
		Results results = results(event);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(siteTime.zone());
		Csv csv = Csv.semicolonSeparated();
		csv.row(Stream.of("wall", "rank", "idea", "dots", "mergedInto", "nickname", "postedAt")
			.map(column -> messages.getMessage("results.column." + column, null, locale))
			.toArray());
		for (Results.WallResult wall : results.walls()) {
			for (Results.RankedIdea ranked : wall.ideas()) {
				Idea idea = ranked.idea();
				csv.row(wall.wall().title(), ranked.rank(), idea.text(), idea.score(), null, idea.nickname(),
						time.format(idea.createdAt()));
				for (Idea merged : ranked.merged()) {
					csv.row(wall.wall().title(), null, merged.text(), merged.dots(), idea.text(), merged.nickname(),
							time.format(merged.createdAt()));
				}
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header("Content-Disposition", ContentDisposition.attachment().filename("results.csv").build().toString())
			.body(csv.bytes());
	}

	private Results results(Event event) {
		return access.results(event);
	}

	/** The event's session, if its results may be seen by this visitor. */
	private LiveSession visibleSession(Event event) {
		return access.visibleSession(event);
	}

	private boolean isOrganiser(Event event) {
		return access.isOrganiser(event);
	}
}
