package org.werkstatt.catalog.show;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * An offer of the show with who presents it, when and where. The offer id is text, so that a forged or
 * unknown one gets the field's message instead of an error page.
 */
record ShowForm(@Nullable String offerId,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String presenter,
		@Size(max = 100, message = "{validation.tooLong}") @Nullable String slot,
		@Size(max = 100, message = "{validation.tooLong}") @Nullable String stand) {

	static ShowForm empty() {
		return new ShowForm(null, "", "", "");
	}

	static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
