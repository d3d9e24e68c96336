package org.werkstatt.workshop.live;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One participant's feedback on an event, as given or last changed. */
record Feedback(int rating, RepeatFormat repeat, @Nullable String text, Instant at) {

	FeedbackForm toForm() {
		return new FeedbackForm(String.valueOf(rating), repeat.name(), text == null ? "" : text);
	}
}
