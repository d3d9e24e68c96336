package org.werkstatt.planning.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** An idea entered by hand: its words, where it came from (e.g. "paper wall"), and the event if any. */
public record ManualIdeaForm(@Nullable String event,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String source,
		@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") String text) {

	public static ManualIdeaForm empty() {
		return new ManualIdeaForm(null, "", "");
	}
}
