package org.werkstatt.workshop.live;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.ForbiddenException;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.platform.web.QrCodeSvg;
import org.werkstatt.platform.web.SiteAddress;
import org.werkstatt.workshop.event.Event;
import org.werkstatt.workshop.event.OrganiserAccess;

/**
 * The moderator's console of a live event ({@code /manage/{slug}/events/{id}/live}): walls, the session's
 * state and settings, every idea with the moderation actions, the log; and the projector and presentation
 * views for the room. Admins, planners and moderators of the organising organisation use it.
 */
@Controller
@RequestMapping("/manage/{slug}/events/{eventId}")
class ModerationPages {

	record HideForm(@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String reason) {
	}

	record CorrectForm(@NotBlank(message = "{idea.empty}") @Size(max = Live.IDEA_LENGTH, message = "{validation.tooLong}") String text) {
	}

	private final Live live;
	private final SiteAddress site;
	private final LiveStore store;
	private final LiveFeeds feeds;
	private final LiveStream stream;
	private final Organisations organisations;
	private final CurrentUser currentUser;
	private final OrganiserAccess access;

	ModerationPages(Live live, LiveStore store, LiveFeeds feeds, LiveStream stream, Organisations organisations, CurrentUser currentUser, OrganiserAccess access, SiteAddress site) {
		this.access = access;
		this.site = site;
		this.live = live;
		this.store = store;
		this.feeds = feeds;
		this.stream = stream;
		this.organisations = organisations;
		this.currentUser = currentUser;
	}

	@GetMapping("/live")
	String console(@PathVariable String slug, @PathVariable UUID eventId, Model model) {
		Event event = event(slug, eventId);
		LiveSession session = live.sessionOf(event.id());
		if (!model.containsAttribute("settingsForm")) {
			model.addAttribute("settingsForm", SettingsForm.of(session));
		}
		if (!model.containsAttribute("wallForm")) {
			model.addAttribute("wallForm", new WallForm("", "", ""));
		}
		return consolePage(slug, event, session, model);
	}

	private String consolePage(String slug, Event event, LiveSession session, Model model) {
		long seq = store.lastSeq(event.id());
		List<Wall> walls = store.walls(event.id());
		List<Idea> all = store.ideas(event.id());
		Map<UUID, List<Idea>> ideas = new LinkedHashMap<>();
		walls.forEach(wall -> ideas.put(wall.id(), new ArrayList<>()));
		List<Idea> pending = new ArrayList<>();
		for (Idea idea : all) {
			// a waiting idea is listed once, under "waiting": its card's ids and actions must not repeat on the page
			if (idea.status() == IdeaStatus.PENDING) {
				pending.add(idea);
			}
			else {
				ideas.computeIfAbsent(idea.wallId(), id -> new ArrayList<>()).add(idea);
			}
		}
		model.addAttribute("organisation", organisations.bySlug(slug).orElseThrow(NotFoundException::new));
		model.addAttribute("event", event);
		model.addAttribute("liveSession", session);
		model.addAttribute("seq", seq);
		model.addAttribute("walls", walls);
		model.addAttribute("ideas", ideas);
		model.addAttribute("pending", pending);
		model.addAttribute("byId", all.stream().collect(java.util.stream.Collectors.toMap(Idea::id, idea -> idea)));
		model.addAttribute("participants", store.participantCount(event.id()));
		model.addAttribute("log", store.log(event.id(), 100));
		model.addAttribute("joinUrl", joinUrl(session));
		model.addAttribute("pageScript", "/js/moderate.js");
		return "workshop/live/moderate";
	}

	@GetMapping("/live/stream")
	StreamingResponseBody stream(@PathVariable String slug, @PathVariable UUID eventId,
			@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
			@RequestParam(required = false) @Nullable Long since, HttpServletResponse response) throws IOException {
		Event event = event(slug, eventId);
		return stream.open(feeds.feed(event.id()), lastEventId, since, LiveStream.Audience.MODERATORS, response);
	}

	// session

	@PostMapping("/live/settings")
	String settings(@PathVariable String slug, @PathVariable UUID eventId,
			@Valid @ModelAttribute("settingsForm") SettingsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Event event = event(slug, eventId);
		if (result.hasErrors()) {
			model.addAttribute("wallForm", new WallForm("", "", ""));
			return consolePage(slug, event, live.sessionOf(event.id()), model);
		}
		live.changeSettings(event.id(), form, moderator());
		Flash.notice(redirect, "live.settingsSaved");
		return back(slug, event, "#settings");
	}

	@PostMapping("/live/state")
	String state(@PathVariable String slug, @PathVariable UUID eventId, @RequestParam LiveState state,
			RedirectAttributes redirect) {
		Event event = event(slug, eventId);
		live.sessionOf(event.id());
		live.setState(event.id(), state, moderator());
		Flash.notice(redirect, "live.stateChanged");
		return back(slug, event, "");
	}

	@PostMapping("/live/voting")
	String voting(@PathVariable String slug, @PathVariable UUID eventId, @RequestParam boolean open,
			RedirectAttributes redirect) {
		Event event = event(slug, eventId);
		live.sessionOf(event.id());
		live.setVotingOpen(event.id(), open, moderator());
		Flash.notice(redirect, open ? "live.votingOpened" : "live.votingClosed");
		return back(slug, event, "");
	}

	@PostMapping("/live/publish")
	String publish(@PathVariable String slug, @PathVariable UUID eventId, @RequestParam boolean published,
			RedirectAttributes redirect) {
		Event event = event(slug, eventId);
		live.sessionOf(event.id());
		live.setResultsPublished(event.id(), published, moderator());
		Flash.notice(redirect, published ? "results.publishedNotice" : "results.withdrawnNotice");
		return back(slug, event, "");
	}

	// walls

	@PostMapping("/live/walls")
	String addWall(@PathVariable String slug, @PathVariable UUID eventId, @Valid @ModelAttribute("wallForm") WallForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Event event = event(slug, eventId);
		LiveSession session = live.sessionOf(event.id());
		if (result.hasErrors()) {
			model.addAttribute("settingsForm", SettingsForm.of(session));
			return consolePage(slug, event, session, model);
		}
		UUID wall = live.addWall(event.id(), form, moderator());
		Flash.notice(redirect, "wall.added");
		return back(slug, event, "#wall-" + wall);
	}

	@PostMapping("/live/walls/{wallId}")
	String updateWall(@PathVariable String slug, @PathVariable UUID eventId, @PathVariable UUID wallId,
			@Valid @ModelAttribute("wallForm") WallForm form, BindingResult result, RedirectAttributes redirect) {
		Event event = event(slug, eventId);
		store.wall(event.id(), wallId).orElseThrow(NotFoundException::new);
		if (result.hasErrors()) {
			Flash.problem(redirect, "wall.invalid");
			return back(slug, event, "#wall-" + wallId);
		}
		live.updateWall(event.id(), wallId, form, moderator());
		Flash.notice(redirect, "wall.saved");
		return back(slug, event, "#wall-" + wallId);
	}

	@PostMapping("/live/walls/{wallId}/open")
	String openWall(@PathVariable String slug, @PathVariable UUID eventId, @PathVariable UUID wallId,
			@RequestParam boolean open, RedirectAttributes redirect) {
		Event event = event(slug, eventId);
		store.wall(event.id(), wallId).orElseThrow(NotFoundException::new);
		live.setWallOpen(event.id(), wallId, open, moderator());
		Flash.notice(redirect, open ? "wall.opened" : "wall.closed");
		return back(slug, event, "#wall-" + wallId);
	}

	// ideas

	@PostMapping("/live/ideas/{ideaId}/approve")
	String approve(@PathVariable String slug, @PathVariable UUID eventId, @PathVariable UUID ideaId,
			RedirectAttributes redirect) {
		Event event = event(slug, eventId);
		return done(live.approve(event.id(), ideaId, moderator()), slug, event, ideaId, redirect);
	}

	@PostMapping("/live/ideas/{ideaId}/hide")
	String hide(@PathVariable String slug, @PathVariable UUID eventId, @PathVariable UUID ideaId,
			@Valid @ModelAttribute("hideForm") HideForm form, BindingResult result, RedirectAttributes redirect) {
		Event event = event(slug, eventId);
		if (result.hasErrors()) {
			Flash.problem(redirect, "moderation.reasonRequired");
			return back(slug, event, "#idea-" + ideaId);
		}
		return done(live.hide(event.id(), ideaId, form.reason(), moderator()), slug, event, ideaId, redirect);
	}

	@PostMapping("/live/ideas/{ideaId}/restore")
	String restore(@PathVariable String slug, @PathVariable UUID eventId, @PathVariable UUID ideaId,
			RedirectAttributes redirect) {
		Event event = event(slug, eventId);
		return done(live.restore(event.id(), ideaId, moderator()), slug, event, ideaId, redirect);
	}

	@PostMapping("/live/ideas/{ideaId}/correct")
	String correct(@PathVariable String slug, @PathVariable UUID eventId, @PathVariable UUID ideaId,
			@Valid @ModelAttribute("correctForm") CorrectForm form, BindingResult result, RedirectAttributes redirect) {
		Event event = event(slug, eventId);
		if (result.hasErrors()) {
			Flash.problem(redirect, "idea.notEdited");
			return back(slug, event, "#idea-" + ideaId);
		}
		return done(live.correct(event.id(), ideaId, form.text(), moderator()), slug, event, ideaId, redirect);
	}

	@PostMapping("/live/ideas/{ideaId}/pin")
	String pin(@PathVariable String slug, @PathVariable UUID eventId, @PathVariable UUID ideaId,
			@RequestParam boolean pinned, RedirectAttributes redirect) {
		Event event = event(slug, eventId);
		return done(live.pin(event.id(), ideaId, pinned, moderator()), slug, event, ideaId, redirect);
	}

	@PostMapping("/live/ideas/{ideaId}/merge")
	String merge(@PathVariable String slug, @PathVariable UUID eventId, @PathVariable UUID ideaId,
			@RequestParam(required = false) @Nullable UUID into, RedirectAttributes redirect) {
		Event event = event(slug, eventId);
		Outcome outcome = into == null ? Outcome.refused("moderation.refused.merge")
				: live.merge(event.id(), ideaId, into, moderator());
		return done(outcome, slug, event, ideaId, redirect);
	}

	@PostMapping("/live/ideas/{ideaId}/unmerge")
	String unmerge(@PathVariable String slug, @PathVariable UUID eventId, @PathVariable UUID ideaId,
			RedirectAttributes redirect) {
		Event event = event(slug, eventId);
		return done(live.unmerge(event.id(), ideaId, moderator()), slug, event, ideaId, redirect);
	}

	// the room

	@GetMapping("/projector")
	String projector(@PathVariable String slug, @PathVariable UUID eventId, Model model) {
		Event event = event(slug, eventId);
		LiveSession session = live.sessionOf(event.id());
		long seq = store.lastSeq(event.id());
		List<Wall> walls = store.walls(event.id());
		Map<UUID, List<Idea>> ideas = new LinkedHashMap<>();
		walls.forEach(wall -> ideas.put(wall.id(), new ArrayList<>()));
		for (Idea idea : store.ideas(event.id())) {
			if (idea.isPublished() && ideas.containsKey(idea.wallId())) {
				ideas.get(idea.wallId()).add(idea);
			}
		}
		model.addAttribute("event", event);
		model.addAttribute("liveSession", session);
		model.addAttribute("seq", seq);
		model.addAttribute("walls", walls);
		model.addAttribute("ideas", ideas);
		model.addAttribute("joinUrl", joinUrl(session));
		model.addAttribute("blank", ParticipantPages.BLANK);
		model.addAttribute("streamUrl", "/manage/" + slug + "/events/" + event.id() + "/projector/stream");
		return "workshop/live/projector";
	}

	@GetMapping("/projector/stream")
	StreamingResponseBody projectorStream(@PathVariable String slug, @PathVariable UUID eventId,
			@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
			@RequestParam(required = false) @Nullable Long since, HttpServletResponse response) throws IOException {
		Event event = event(slug, eventId);
		return stream.open(feeds.feed(event.id()), lastEventId, since, LiveStream.Audience.PARTICIPANTS, response);
	}

	/** The top ideas of each wall, one at a time, for the end of the day: {@code step} counts from 0. */
	@GetMapping("/present")
	String present(@PathVariable String slug, @PathVariable UUID eventId,
			@RequestParam(defaultValue = "0") int step, @RequestParam(defaultValue = "3") int top, Model model) {
		Event event = event(slug, eventId);
		int perWall = Math.clamp(top, 1, 10);
		List<Wall> walls = store.walls(event.id());
		List<Idea> ideas = store.ideas(event.id());
		List<Presentation.Slide> slides = Presentation.slides(walls, ideas, perWall);
		int current = slides.isEmpty() ? 0 : Math.clamp(step, 0, slides.size() - 1);
		model.addAttribute("event", event);
		model.addAttribute("slides", slides);
		model.addAttribute("slide", slides.isEmpty() ? null : slides.get(current));
		model.addAttribute("step", current);
		model.addAttribute("top", perWall);
		model.addAttribute("base", "/manage/" + slug + "/events/" + event.id());
		return "workshop/live/present";
	}

	@GetMapping(value = "/qr.svg", produces = "image/svg+xml")
	ResponseEntity<String> qr(@PathVariable String slug, @PathVariable UUID eventId) {
		Event event = event(slug, eventId);
		LiveSession session = live.sessionOf(event.id());
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.noCache())
			.body(QrCodeSvg.of(joinUrl(session), joinUrl(session)));
	}

	// helpers

	private String done(Outcome outcome, String slug, Event event, UUID ideaId, RedirectAttributes redirect) {
		if (outcome.done()) {
			Flash.notice(redirect, outcome.messageKey());
		}
		else {
			Flash.problem(redirect, outcome.messageKey());
		}
		return back(slug, event, "#idea-" + ideaId);
	}

	private static String back(String slug, Event event, String anchor) {
		return "redirect:/manage/" + slug + "/events/" + event.id() + "/live" + anchor;
	}

	/** The address printed in the QR code: from WERKSTATT_BASE_URL, never from the request's Host header. */
	private String joinUrl(LiveSession session) {
		return site.link("/join/" + session.code());
	}

	private Moderator moderator() {
		return new Moderator(currentUser.personId().orElseThrow(ForbiddenException::new),
				currentUser.displayName().orElse("?"));
	}

	/** The event, if the organisation owns or co-organises it and the signed-in person may moderate it. */
	private Event event(String slug, UUID eventId) {
		return access.event(access.organiser(slug), eventId);
	}
}
