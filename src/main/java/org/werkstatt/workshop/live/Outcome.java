package org.werkstatt.workshop.live;

/** What became of a participant's or moderator's action, as a message key for the page. */
record Outcome(boolean done, String messageKey, java.util.@org.jspecify.annotations.Nullable UUID subject) {

	static Outcome done(String messageKey) {
		return new Outcome(true, messageKey, null);
	}

	static Outcome done(String messageKey, java.util.UUID subject) {
		return new Outcome(true, messageKey, subject);
	}

	static Outcome refused(String messageKey) {
		return new Outcome(false, messageKey, null);
	}
}
