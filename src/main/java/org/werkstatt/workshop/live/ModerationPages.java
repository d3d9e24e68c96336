package org.werkstatt.workshop.live;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
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
		Map<UUID, Idea> byId = all.stream().collect(java.util.stream.Collectors.toMap(Idea::id, idea -> idea));
		model.addAttribute("byId", byId);
		// likely duplicates: the idea → the older idea of its wall it reads like
		Map<UUID, Idea> duplicateOf = new java.util.HashMap<>();
		for (LiveStore.Duplicate duplicate : store.duplicates(event.id())) {
			Idea target = byId.get(duplicate.targetId());
			if (target != null) {
				duplicateOf.put(duplicate.ideaId(), target);
			}
		}
		model.addAttribute("duplicateOf", duplicateOf);
		Map<UUID, Long> duplicates = new LinkedHashMap<>();
		walls.forEach(wall -> duplicates.put(wall.id(),
				ideas.get(wall.id()).stream().filter(idea -> duplicateOf.containsKey(idea.id())).count()));
		model.addAttribute("duplicates", duplicates);
		model.addAttribute("participants", store.participantCount(event.id()));
		model.addAttribute("log", store.log(event.id(), 100));
		model.addAttribute("joinUrl", joinUrl(session));
		model.addAttribute("pageScript", "/js/moderate.js");
		return "workshop/live/moderate";
	}

	@GetMapping("/live/stream")
	void stream(@PathVariable String slug, @PathVariable UUID eventId,
			@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
			@RequestParam(required = false) @Nullable String since, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Event event = event(slug, eventId);
		stream.open(feeds.feed(event.id()), lastEventId, since, LiveStream.Audience.MODERATORS, request, response);
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

	/** One click at the start of the workshop: the session, all its walls and the voting open together. */
	@PostMapping("/live/start")
	String start(@PathVariable String slug, @PathVariable UUID eventId, RedirectAttributes redirect) {
		Event event = event(slug, eventId);
		live.sessionOf(event.id());
		live.start(event.id(), moderator());
		Flash.notice(redirect, "live.console.started");
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

	@PostMapping("/live/walls/{wallId}/move")
	String moveWall(@PathVariable String slug, @PathVariable UUID eventId, @PathVariable UUID wallId,
			@RequestParam(defaultValue = "later") String to, RedirectAttributes redirect) {
		Event event = event(slug, eventId);
		Outcome outcome = live.moveWall(event.id(), wallId, "earlier".equals(to));
		flash(outcome, redirect);
		return back(slug, event, "#wall-" + wallId);
	}

	@PostMapping("/live/walls/{wallId}/remove")
	String removeWall(@PathVariable String slug, @PathVariable UUID eventId, @PathVariable UUID wallId,
			@RequestParam(required = false) @Nullable String into, RedirectAttributes redirect) {
		Event event = event(slug, eventId);
		Outcome outcome = live.removeWall(event.id(), wallId, uuidOrNull(into), moderator());
		flash(outcome, redirect);
		return back(slug, event, outcome.done() ? "" : "#wall-" + wallId);
	}

	// ideas

	@PostMapping("/live/ideas/{ideaId}/move")
	String moveIdea(@PathVariable String slug, @PathVariable UUID eventId, @PathVariable UUID ideaId,
			@RequestParam(required = false) @Nullable String wall, RedirectAttributes redirect) {
		Event event = event(slug, eventId);
		UUID target = uuidOrNull(wall);
		Outcome outcome = target == null ? Outcome.refused("live.console.refused.noWall")
				: live.moveIdea(event.id(), ideaId, target, moderator());
		return done(outcome, slug, event, ideaId, redirect);
	}

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

	/**
	 * Merges the idea into another of its wall: {@code into} is the other idea's id (the duplicate flag's
	 * button), or {@code number} the short number its card shows (typed, or picked from the wall's list).
	 */
	@PostMapping("/live/ideas/{ideaId}/merge")
	String merge(@PathVariable String slug, @PathVariable UUID eventId, @PathVariable UUID ideaId,
			@RequestParam(required = false) @Nullable String into, @RequestParam(required = false) @Nullable String number,
			RedirectAttributes redirect) {
		Event event = event(slug, eventId);
		UUID target = uuidOrNull(into);
		if (target == null && number != null && !number.isBlank()) {
			target = byNumber(event.id(), ideaId, number).orElse(null);
		}
		Outcome outcome = target == null ? Outcome.refused("moderation.refused.merge")
				: live.merge(event.id(), ideaId, target, moderator());
		return done(outcome, slug, event, ideaId, redirect);
	}

	/** The idea of the same wall whose card shows this number (the id's first characters), if exactly one does. */
	private java.util.Optional<UUID> byNumber(UUID eventId, UUID ideaId, String number) {
		String typed = number.strip().replaceFirst("^#", "").toLowerCase(java.util.Locale.ROOT);
		if (!typed.matches("[0-9a-f]{4,36}")) {
			return java.util.Optional.empty();
		}
		return store.idea(eventId, ideaId).flatMap(idea -> {
			List<UUID> found = store.ideas(eventId)
				.stream()
				.filter(other -> other.wallId().equals(idea.wallId()) && other.id().toString().startsWith(typed))
				.map(Idea::id)
				.toList();
			return found.size() == 1 ? java.util.Optional.of(found.getFirst()) : java.util.Optional.empty();
		});
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
		Map<UUID, Integer> mergedCounts = new java.util.HashMap<>();
		for (Idea idea : store.ideas(event.id())) {
			if (idea.isPublished() && ideas.containsKey(idea.wallId())) {
				ideas.get(idea.wallId()).add(idea);
				if (idea.isMerged()) {
					mergedCounts.merge(idea.mergedInto(), 1, Integer::sum);
				}
			}
		}
		// the order projector.js keeps: pinned first, then by dots, the newest first among equals
		ideas.values().forEach(list -> list.sort(java.util.Comparator.comparing(Idea::pinned).reversed()
			.thenComparing(java.util.Comparator.comparingInt(Idea::score).reversed())
			.thenComparing(java.util.Comparator.comparing(Idea::createdAt).reversed())));
		model.addAttribute("mergedCounts", mergedCounts);
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
	void projectorStream(@PathVariable String slug, @PathVariable UUID eventId,
			@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
			@RequestParam(required = false) @Nullable String since, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Event event = event(slug, eventId);
		stream.open(feeds.feed(event.id()), lastEventId, since, LiveStream.Audience.PROJECTOR, request, response);
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
		int current = Math.clamp(step, 0, slides.size() - 1);
		model.addAttribute("event", event);
		model.addAttribute("facts", Presentation.facts(walls, ideas, store.participantCount(event.id())));
		model.addAttribute("decisionsUrl", decisionsUrl(event));
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

	/** The QR code of the event's public decision list, for the presentation's closing slide. */
	@GetMapping(value = "/decisions-qr.svg", produces = "image/svg+xml")
	ResponseEntity<String> decisionsQr(@PathVariable String slug, @PathVariable UUID eventId) {
		Event event = event(slug, eventId);
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.noCache())
			.body(QrCodeSvg.of(decisionsUrl(event), decisionsUrl(event)));
	}

	// helpers

	/** The planning module's public decision list of the event (a link by URL only), from WERKSTATT_BASE_URL. */
	private String decisionsUrl(Event event) {
		return site.link("/events/" + event.id() + "/decisions");
	}

	private static void flash(Outcome outcome, RedirectAttributes redirect) {
		if (outcome.done()) {
			Flash.notice(redirect, outcome.messageKey());
		}
		else {
			Flash.problem(redirect, outcome.messageKey());
		}
	}

	private static @Nullable UUID uuidOrNull(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

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
