package org.werkstatt.workshop.live;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.Organisations;
import org.werkstatt.identity.Role;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.workshop.event.Event;
import org.werkstatt.workshop.event.EventStore;

/**
 * The results of a live event: public once the organiser has published them, always visible to the
 * organiser's admins, planners and moderators. Exported as CSV for spreadsheets.
 */
@Controller
class ResultsPages {

	private final LiveStore store;
	private final EventStore events;
	private final Organisations organisations;
	private final CurrentUser currentUser;

	ResultsPages(LiveStore store, EventStore events, Organisations organisations, CurrentUser currentUser) {
		this.store = store;
		this.events = events;
		this.organisations = organisations;
		this.currentUser = currentUser;
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
		return "workshop/live/results";
	}

	@GetMapping("/events/{id}/results.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID id) {
		Event event = events.find(id).orElseThrow(NotFoundException::new);
		visibleSession(event);
		Results results = results(event);
		Csv csv = new Csv();
		csv.row("wall", "rank", "idea", "dots", "merged_into", "nickname", "posted_at");
		for (Results.WallResult wall : results.walls()) {
			for (Results.RankedIdea ranked : wall.ideas()) {
				Idea idea = ranked.idea();
				csv.row(wall.wall().title(), String.valueOf(ranked.rank()), idea.text(), String.valueOf(idea.score()), "",
						nullToEmpty(idea.nickname()), idea.createdAt().toString());
				for (Idea merged : ranked.merged()) {
					csv.row(wall.wall().title(), "", merged.text(), String.valueOf(merged.dots()), idea.text(),
							nullToEmpty(merged.nickname()), merged.createdAt().toString());
				}
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header("Content-Disposition", ContentDisposition.attachment().filename("results.csv").build().toString())
			.body(csv.bytes());
	}

	private Results results(Event event) {
		return Results.of(store.walls(event.id()), store.ideas(event.id()), store.participantCount(event.id()));
	}

	/** The event's session, if its results may be seen by this visitor. */
	private LiveSession visibleSession(Event event) {
		LiveSession session = store.session(event.id()).orElseThrow(NotFoundException::new);
		if (!session.resultsPublished() && !isOrganiser(event)) {
			throw new NotFoundException();
		}
		return session;
	}

	private boolean isOrganiser(Event event) {
		return currentUser.hasAnyRole(event.organisationId(), Role.ORGANISATION_ADMIN, Role.PLANNER, Role.MODERATOR);
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
