package org.werkstatt.workshop.live;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.workshop.event.Event;
import org.werkstatt.workshop.event.EventStore;

/**
 * The participant's side of a live event, on a phone: join by code ({@code /join}), the walls with their
 * ideas and dots ({@code /live/{code}}), posting, editing, withdrawing, putting and taking back dots.
 * Everything works as plain forms; {@code live.js} sends the same forms in the background and keeps the
 * page up to date from the event's live stream.
 */
@Controller
class ParticipantPages {

	record CodeForm(@Size(max = 40, message = "{validation.tooLong}") @Nullable String code) {
	}

	record JoinForm(@Size(max = 40, message = "{validation.tooLong}") @Nullable String nickname,
			@AssertTrue(message = "{join.consentRequired}") boolean consent) {
	}

	record IdeaForm(@NotNull(message = "{idea.chooseWall}") @Nullable UUID wall,
			@NotBlank(message = "{idea.empty}") @Size(max = Live.IDEA_LENGTH, message = "{validation.tooLong}") String text) {
	}

	record EditForm(@NotBlank(message = "{idea.empty}") @Size(max = Live.IDEA_LENGTH, message = "{validation.tooLong}") String text) {
	}

	/** Under the address of the stream's format it reads ({@link LiveStream#FORMAT}): a reset page loads it anew. */
	private static final String SCRIPT = "/js/live.js?v=" + LiveStream.FORMAT;
	/** The card that live.js copies for ideas that arrive while the page is open. */
	static final Idea BLANK = new Idea(new UUID(0, 0), 0, new UUID(0, 0), new UUID(0, 0), 0, null, null, "", null, false,
			IdeaStatus.PUBLISHED, null, false, null, 0, 0, java.time.Instant.EPOCH);

	private final Live live;
	private final LiveStore store;
	private final LiveFeeds feeds;
	private final LiveStream stream;
	private final EventStore events;
	private final JoinThrottle throttle;
	private final CurrentUser currentUser;
	private final MessageSource messages;
	private final FeedbackStore feedback;
	private final ParticipantAnswers answers;
	private final Map<UUID, UUID> organisations = new java.util.concurrent.ConcurrentHashMap<>();

	ParticipantPages(Live live, LiveStore store, LiveFeeds feeds, LiveStream stream, EventStore events,
			JoinThrottle throttle, CurrentUser currentUser, MessageSource messages, FeedbackStore feedback,
			ParticipantAnswers answers) {
		this.live = live;
		this.store = store;
		this.feeds = feeds;
		this.stream = stream;
		this.events = events;
		this.throttle = throttle;
		this.currentUser = currentUser;
		this.messages = messages;
		this.feedback = feedback;
		this.answers = answers;
	}

	// joining

	@GetMapping("/join")
	String codePage(@RequestParam(required = false) @Nullable String code, Model model) {
		model.addAttribute("codeForm", new CodeForm(code));
		return "workshop/live/join";
	}

	@PostMapping("/join")
	String enterCode(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			return "workshop/live/join";
		}
		String client = request.getRemoteAddr();
		if (throttle.blocked(client)) {
			result.rejectValue("code", "join.tooManyTries");
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return "workshop/live/join";
		}
		String code = Live.normaliseCode(form.code());
		if (code.isEmpty()) {
			result.rejectValue("code", "join.codeRequired");
			return "workshop/live/join";
		}
		Optional<LiveSession> session = store.sessionByCode(code);
		if (session.isEmpty()) {
			throttle.failed(client);
			result.rejectValue("code", "join.unknownCode");
			return "workshop/live/join";
		}
		if (session.get().state() == LiveState.CLOSED) {
			result.rejectValue("code", "join.closed");
			return "workshop/live/join";
		}
		return "redirect:/join/" + code;
	}

	@GetMapping("/join/{code}")
	String joinPage(@PathVariable String code, HttpServletRequest request, Model model) {
		LiveSession session = sessionForJoining(code, request);
		if (live.participant(session.eventId(), ParticipantCookie.read(request, session.code())).isPresent()) {
			return "redirect:/live/" + session.code();
		}
		model.addAttribute("joinForm", new JoinForm(currentUser.displayName().orElse(null), false));
		return joinPage(session, model);
	}

	@PostMapping("/join/{code}")
	String join(@PathVariable String code, @Valid @ModelAttribute("joinForm") JoinForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		LiveSession session = sessionForJoining(code, request);
		if (result.hasErrors()) {
			return joinPage(session, model);
		}
		Live.Joined joined = live.join(session.eventId(), form.nickname(), currentUser.personId().orElse(null));
		ParticipantCookie.write(response, request, session.code(), joined.token());
		return "redirect:/live/" + session.code();
	}

	private String joinPage(LiveSession session, Model model) {
		model.addAttribute("liveSession", session);
		model.addAttribute("event", events.find(session.eventId()).orElseThrow(NotFoundException::new));
		return "workshop/live/join-event";
	}

	/** The open session of the code; a wrong or closed code answers like {@code /join} does. */
	private LiveSession sessionForJoining(String code, HttpServletRequest request) {
		String client = request.getRemoteAddr();
		if (throttle.blocked(client)) {
			throw new CodeRefused("join.tooManyTries", HttpStatus.TOO_MANY_REQUESTS);
		}
		Optional<LiveSession> session = store.sessionByCode(Live.normaliseCode(code));
		if (session.isEmpty()) {
			throttle.failed(client);
			throw new CodeRefused("join.unknownCode", HttpStatus.NOT_FOUND);
		}
		if (session.get().state() == LiveState.CLOSED) {
			throw new CodeRefused("join.closed", HttpStatus.GONE);
		}
		return session.get();
	}

	/** A wrong, closed or too often guessed code: the code page says so, with the right status. */
	static final class CodeRefused extends RuntimeException {

		private final String messageKey;
		private final HttpStatus status;

		CodeRefused(String messageKey, HttpStatus status) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
			this.status = status;
		}
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(CodeRefused.class)
	String refused(CodeRefused refused, HttpServletResponse response, Model model) {
		response.setStatus(refused.status.value());
		model.addAttribute("codeForm", new CodeForm(null));
		model.addAttribute("problem", refused.messageKey);
		return "workshop/live/join";
	}

	// the wall

	@GetMapping("/live/{code}")
	String wall(@PathVariable String code, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		LiveSession session = sessionOf(code);
		Optional<Participant> participant = live.participant(session.eventId(), ParticipantCookie.read(request, session.code()));
		if (participant.isEmpty()) {
			if (session.state() == LiveState.CLOSED) {
				throw new CodeRefused("join.closed", HttpStatus.GONE);
			}
			return "redirect:/join/" + session.code();
		}
		if (!model.containsAttribute("ideaForm")) {
			model.addAttribute("ideaForm", new IdeaForm(null, ""));
		}
		return wallPage(session, participant.get(), model);
	}

	private String wallPage(LiveSession session, Participant participant, Model model) {
		Event event = events.find(session.eventId()).orElseThrow(NotFoundException::new);
		long seq = store.lastSeq(session.eventId());
		List<Wall> walls = store.walls(session.eventId());
		Map<UUID, List<Idea>> ideas = new LinkedHashMap<>();
		walls.forEach(wall -> ideas.put(wall.id(), new java.util.ArrayList<>()));
		boolean hasOwnIdeas = false;
		for (Idea idea : store.ideas(session.eventId())) {
			hasOwnIdeas |= idea.isBy(participant.id()) && idea.status() != IdeaStatus.WITHDRAWN;
			boolean ownPending = idea.status() == IdeaStatus.PENDING && idea.isBy(participant.id());
			if ((idea.isPublished() || ownPending) && ideas.containsKey(idea.wallId())) {
				ideas.get(idea.wallId()).add(idea);
			}
		}
		model.addAttribute("event", event);
		model.addAttribute("liveSession", session);
		model.addAttribute("seq", seq);
		model.addAttribute("walls", walls);
		model.addAttribute("ideas", ideas);
		model.addAttribute("participant", participant);
		model.addAttribute("hasOwnIdeas", hasOwnIdeas);
		model.addAttribute("myDots", store.dotsOf(participant.id()));
		model.addAttribute("remaining", Math.max(0, session.dotBudget() - participant.dotsUsed()));
		model.addAttribute("blank", BLANK);
		model.addAttribute("feedbackForm", feedback.of(participant.id()).map(Feedback::toForm).orElseGet(FeedbackForm::empty));
		model.addAttribute("repeatAnswers", RepeatFormat.values());
		model.addAttribute("pageScript", SCRIPT);
		return "workshop/live/wall";
	}

	@GetMapping("/live/{code}/stream")
	void stream(@PathVariable String code,
			@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
			@RequestParam(required = false) @Nullable String since, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		// no session row: after a Wi-Fi drop a room's phones come back at once, and only the event is needed
		UUID eventId = feeds.eventOfCode(Live.normaliseCode(code)).orElseThrow(NotFoundException::new);
		stream.open(feeds.feed(eventId), lastEventId, since, LiveStream.Audience.PARTICIPANTS, request, response);
	}

	/** Ideas on the wall that read like what is being typed, so people add a dot instead of a duplicate. */
	@GetMapping("/live/{code}/similar")
	String similar(@PathVariable String code, @RequestParam(required = false) @Nullable UUID wall,
			@RequestParam(required = false, defaultValue = "") String text, HttpServletRequest request, Model model) {
		LiveSession session = sessionOf(code);
		Optional<Participant> participant = live.participant(session.eventId(), ParticipantCookie.read(request, session.code()));
		String words = text.strip();
		List<Idea> similar = participant.isEmpty() || wall == null || words.length() < 8 || words.length() > Live.IDEA_LENGTH
				? List.of() : store.similar(session.eventId(), wall, words, 3);
		model.addAttribute("similar", similar);
		model.addAttribute("liveSession", session);
		model.addAttribute("myDots", participant.map(p -> store.dotsOf(p.id())).orElse(Map.of()));
		return "workshop/live/similar :: similar";
	}

	// posting

	@PostMapping("/live/{code}/ideas")
	Object post(@PathVariable String code, @Valid @ModelAttribute("ideaForm") IdeaForm form, BindingResult result,
			HttpServletRequest request, Model model, RedirectAttributes redirect, Locale locale) {
		return asParticipant(code, request, redirect, locale, (session, participant) -> {
			if (result.hasErrors()) {
				if (wantsJson(request)) {
					return answer(false, fieldMessage(result, locale), participant, session, null, null, locale, true);
				}
				model.addAttribute("problem", "idea.notPosted");
				return wallPage(session, participant, model);
			}
			Outcome outcome = live.post(session, participant, form.wall(), form.text(), organisationOf(session.eventId()));
			if (outcome.done()) {
				// a new idea has none of the participant's dots: the answer need not read them
				outcome = outcome.with(new Outcome.Dots(participant.dotsUsed(), 0));
			}
			if (!outcome.done() && !wantsJson(request)) {
				model.addAttribute("problem", outcome.messageKey());
				return wallPage(session, participant, model);
			}
			return respond(outcome, session, participant, outcome.subject(), request, redirect, locale,
					"#wall-" + form.wall());
		});
	}

	@PostMapping("/live/{code}/ideas/{id}/edit")
	Object edit(@PathVariable String code, @PathVariable UUID id, @Valid @ModelAttribute("editForm") EditForm form,
			BindingResult result, HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
		return asParticipant(code, request, redirect, locale, (session, participant) -> {
			Outcome outcome = result.hasErrors() ? Outcome.refused("idea.notEdited")
					: live.editOwn(session, participant, id, form.text());
			return respond(outcome, session, participant, null, request, redirect, locale, "#idea-" + id);
		});
	}

	@PostMapping("/live/{code}/ideas/{id}/withdraw")
	Object withdraw(@PathVariable String code, @PathVariable UUID id, HttpServletRequest request,
			RedirectAttributes redirect, Locale locale) {
		return asParticipant(code, request, redirect, locale, (session, participant) -> respond(
				live.withdraw(session, participant, id), session, participant, null, request, redirect, locale, ""));
	}

	@PostMapping("/live/{code}/ideas/{id}/dot")
	Object dot(@PathVariable String code, @PathVariable UUID id, HttpServletRequest request,
			RedirectAttributes redirect, Locale locale) {
		return asVoter(code, request, redirect, locale, (session, participant) -> respond(
				live.addDot(session, participant, id), session, participant, id, request, redirect, locale, "#idea-" + id));
	}

	@PostMapping("/live/{code}/ideas/{id}/undot")
	Object undot(@PathVariable String code, @PathVariable UUID id, HttpServletRequest request,
			RedirectAttributes redirect, Locale locale) {
		return asVoter(code, request, redirect, locale, (session, participant) -> respond(
				live.removeDot(session, participant, id), session, participant, id, request, redirect, locale, "#idea-" + id));
	}

	// answers

	/** What a participant's action does, once their session and participation are known. */
	@FunctionalInterface
	private interface ParticipantAction {

		Object apply(LiveSession session, Participant participant);
	}

	/** Runs the action for the participant the request's token stands for, or asks to join again. */
	private Object asParticipant(String code, HttpServletRequest request, RedirectAttributes redirect, Locale locale,
			ParticipantAction action) {
		String normalised = Live.normaliseCode(code);
		LiveStore.SessionAndParticipant found = live
			.sessionAndParticipant(normalised, ParticipantCookie.read(request, normalised))
			.orElseThrow(NotFoundException::new);
		if (found.participant().isEmpty()) {
			return notJoined(found.session(), request, redirect, locale);
		}
		return action.apply(found.session(), found.participant().get());
	}

	/**
	 * As {@link #asParticipant}, for dots: the caller may come from {@link Live#voter}'s few seconds' memory
	 * (the dot's rules are checked on the database's state, not on the session read here).
	 */
	private Object asVoter(String code, HttpServletRequest request, RedirectAttributes redirect, Locale locale,
			ParticipantAction action) {
		String normalised = Live.normaliseCode(code);
		LiveStore.SessionAndParticipant found = live.voter(normalised, ParticipantCookie.read(request, normalised))
			.orElseThrow(NotFoundException::new);
		if (found.participant().isEmpty()) {
			return notJoined(found.session(), request, redirect, locale);
		}
		return action.apply(found.session(), found.participant().get());
	}

	private Object respond(Outcome outcome, LiveSession session, Participant participant, @Nullable UUID idea,
			HttpServletRequest request, RedirectAttributes redirect, Locale locale, String anchor) {
		if (wantsJson(request)) {
			return json(answers.of(outcome, participant, session, idea, locale));
		}
		if (outcome.done()) {
			Flash.notice(redirect, outcome.messageKey());
		}
		else {
			Flash.problem(redirect, outcome.messageKey());
		}
		return "redirect:/live/" + session.code() + anchor;
	}

	/** The JSON answer for live.js ({@link ParticipantAnswers}). */
	private ResponseEntity<Map<String, Object>> answer(boolean done, String message, Participant participant,
			LiveSession session, @Nullable UUID idea, Outcome.@Nullable Dots dots, Locale locale, boolean invalid) {
		return json(answers.of(done, message, participant, session, idea, dots, locale, invalid));
	}

	private static ResponseEntity<Map<String, Object>> json(ParticipantAnswers.Answer answer) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON);
		if (answer.retryAfter() != null) {
			response.header("Retry-After", answer.retryAfter());
		}
		return response.body(answer.body());
	}

	/** A token this event does not know (expired, from another browser, or forged): join again. */
	private Object notJoined(LiveSession session, HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
		if (wantsJson(request)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("ok", false, "message", messages.getMessage("join.again", null, locale), "join",
						"/join/" + session.code()));
		}
		String draft = request.getParameter("text");
		if (draft != null && !draft.isBlank()) {
			redirect.addFlashAttribute("draft", draft.length() > Live.IDEA_LENGTH * 2 ? draft.substring(0, Live.IDEA_LENGTH * 2) : draft);
		}
		Flash.problem(redirect, "join.again");
		return "redirect:/join/" + session.code();
	}

	private String fieldMessage(BindingResult result, Locale locale) {
		return messages.getMessage(result.getAllErrors().getFirst(), locale);
	}

	private static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.startsWith(MediaType.APPLICATION_JSON_VALUE);
	}

	/**
	 * The organisation of an event, for the {@code IdeaPosted} event of every post: an event does not change
	 * its organisation, so it is read once per event and node instead of once per idea.
	 */
	private UUID organisationOf(UUID eventId) {
		UUID known = organisations.get(eventId);
		if (known != null) {
			return known;
		}
		UUID organisation = events.find(eventId).map(Event::organisationId).orElseThrow(NotFoundException::new);
		if (organisations.size() > 10_000) {
			organisations.clear();
		}
		organisations.put(eventId, organisation);
		return organisation;
	}

	private LiveSession sessionOf(String code) {
		return store.sessionByCode(Live.normaliseCode(code)).orElseThrow(NotFoundException::new);
	}
}
