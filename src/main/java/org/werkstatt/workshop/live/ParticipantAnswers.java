package org.werkstatt.workshop.live;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The JSON answers to live.js's calls (posts, edits, dots), in the participant's language: the same for the calls
 * Spring MVC answers ({@link ParticipantPages}) and for the dots answered before it ({@link DotCalls}).
 */
@Component
class ParticipantAnswers {

	/** An answer: its status, its body, and the seconds after which the phone may try again ({@code null}: none). */
	record Answer(HttpStatus status, Map<String, Object> body, @Nullable String retryAfter) {
	}

	private final LiveStore store;
	private final MessageSource messages;

	ParticipantAnswers(LiveStore store, MessageSource messages) {
		this.store = store;
		this.messages = messages;
	}

	/**
	 * What the action did. The participant's dot counts come from the action's transaction when it was about dots;
	 * otherwise they did not change since the participant was loaded for this request.
	 */
	Answer of(boolean done, String message, Participant participant, LiveSession session, @Nullable UUID idea,
			Outcome.@Nullable Dots dots, Locale locale, boolean invalid) {
		int used = dots != null ? dots.used() : participant.dotsUsed();
		int remaining = Math.max(0, session.dotBudget() - used);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("ok", done);
		body.put("message", message);
		body.put("remaining", remaining);
		body.put("remainingText", messages.getMessage("dots.remaining", new Object[] { remaining, session.dotBudget() }, locale));
		if (idea != null) {
			int mine = dots != null ? dots.onIdea() : store.dotsOn(idea, participant.id());
			body.put("idea", idea.toString());
			body.put("mine", mine);
			body.put("mineText", messages.getMessage("dots.mine", new Object[] { mine }, locale));
		}
		return new Answer(done ? HttpStatus.OK : invalid ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT, body, null);
	}

	/** The outcome of a dot or another action whose message is the outcome's. */
	Answer of(Outcome outcome, Participant participant, LiveSession session, @Nullable UUID idea, Locale locale) {
		if (LiveWriter.BUSY.equals(outcome.messageKey())) {
			// too many dots wait on this node: nothing was changed, the phone may send it again in a moment
			return new Answer(HttpStatus.SERVICE_UNAVAILABLE,
					Map.of("ok", false, "message", messages.getMessage(outcome.messageKey(), null, locale)), "1");
		}
		return of(outcome.done(), messages.getMessage(outcome.messageKey(), null, locale), participant, session, idea,
				outcome.dots(), locale, false);
	}
}
