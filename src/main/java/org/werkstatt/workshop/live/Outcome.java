package org.werkstatt.workshop.live;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What became of a participant's or moderator's action, as a message key for the page; for dots also the
 * participant's count after it, as the transaction saw it (so the answer need not read it again).
 */
record Outcome(boolean done, String messageKey, @Nullable UUID subject, @Nullable Dots dots) {

	/** The participant's dots in all and on the idea, after the action. */
	record Dots(int used, int onIdea) {
	}

	static Outcome done(String messageKey) {
		return new Outcome(true, messageKey, null, null);
	}

	static Outcome done(String messageKey, UUID subject) {
		return new Outcome(true, messageKey, subject, null);
	}

	static Outcome refused(String messageKey) {
		return new Outcome(false, messageKey, null, null);
	}

	Outcome with(Dots counts) {
		return new Outcome(done, messageKey, subject, counts);
	}
}
