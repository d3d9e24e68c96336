package org.werkstatt.workshop.live;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A participant's feedback after the event: a rating from 1 to 5, whether to repeat the format, a few words.
 * The choices arrive as text, so that a forged value gets the field's own message and the rest of what was
 * typed stays in the form.
 */
record FeedbackForm(
		@NotBlank(message = "{feedback.ratingRequired}") @Pattern(regexp = "[1-5]", message = "{feedback.ratingRequired}") @Nullable String rating,
		@NotBlank(message = "{feedback.repeatRequired}") @Pattern(regexp = "YES|NO|UNSURE", message = "{feedback.repeatRequired}") @Nullable String repeat,
		@Size(max = FeedbackForm.TEXT_LENGTH, message = "{validation.tooLong}") @Nullable String text) {

	static final int TEXT_LENGTH = 1000;

	static FeedbackForm empty() {
		return new FeedbackForm(null, null, "");
	}

	/** The rating, once the form is valid. */
	int ratingValue() {
		return Integer.parseInt(rating == null ? "" : rating);
	}

	/** The answer to "repeat this format?", once the form is valid. */
	RepeatFormat repeatValue() {
		return RepeatFormat.valueOf(repeat == null ? "" : repeat);
	}
}
