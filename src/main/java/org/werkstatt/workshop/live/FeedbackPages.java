package org.werkstatt.workshop.live;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.workshop.event.EventStore;

/**
 * The participants' feedback after the event ({@code /live/{code}/feedback}): a rating, whether the format
 * should be repeated, a few words. Whoever joined (known by the participant cookie) gives it once and may
 * change it, also after the session has closed. Works without JavaScript.
 */
@Controller
class FeedbackPages {

	private final Live live;
	private final LiveStore store;
	private final FeedbackStore feedback;
	private final EventStore events;

	FeedbackPages(Live live, LiveStore store, FeedbackStore feedback, EventStore events) {
		this.live = live;
		this.store = store;
		this.feedback = feedback;
		this.events = events;
	}

	@GetMapping("/live/{code}/feedback")
	String page(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		LiveSession session = sessionOf(code);
		Optional<Participant> participant = participant(session, request);
		if (participant.isEmpty()) {
			return notJoined(session, response, model, redirect);
		}
		Optional<Feedback> given = feedback.of(participant.get().id());
		model.addAttribute("feedbackForm", given.map(Feedback::toForm).orElseGet(FeedbackForm::empty));
		model.addAttribute("given", given.isPresent());
		return page(session, model);
	}

	@PostMapping("/live/{code}/feedback")
	String give(@PathVariable String code, @Valid @ModelAttribute("feedbackForm") FeedbackForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		LiveSession session = sessionOf(code);
		Optional<Participant> participant = participant(session, request);
		if (participant.isEmpty()) {
			return notJoined(session, response, model, redirect);
		}
		if (result.hasErrors()) {
			model.addAttribute("given", feedback.of(participant.get().id()).isPresent());
			return page(session, model);
		}
		String text = form.text() == null || form.text().isBlank() ? null : form.text().strip();
		feedback.save(session.eventId(), participant.get().id(), form.ratingValue(), form.repeatValue(), text);
		Flash.notice(redirect, "feedback.thanks");
		return "redirect:/live/" + session.code() + "/feedback";
	}

	private String page(LiveSession session, Model model) {
		model.addAttribute("liveSession", session);
		model.addAttribute("event", events.find(session.eventId()).orElseThrow(NotFoundException::new));
		model.addAttribute("repeatAnswers", RepeatFormat.values());
		return "workshop/live/feedback";
	}

	/**
	 * Someone without a participant token of this event: while the session runs they may join first; after it
	 * has closed, only those who took part give feedback.
	 */
	private String notJoined(LiveSession session, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (session.state() != LiveState.CLOSED) {
			Flash.problem(redirect, "feedback.joinFirst");
			return "redirect:/join/" + session.code();
		}
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("problem", "feedback.onlyParticipants");
		model.addAttribute("liveSession", session);
		model.addAttribute("event", events.find(session.eventId()).orElseThrow(NotFoundException::new));
		return "workshop/live/feedback";
	}

	private Optional<Participant> participant(LiveSession session, HttpServletRequest request) {
		return live.participant(session.eventId(), ParticipantCookie.read(request, session.code()));
	}

	private LiveSession sessionOf(String code) {
		return store.sessionByCode(Live.normaliseCode(code)).orElseThrow(NotFoundException::new);
	}
}
