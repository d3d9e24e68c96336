package org.werkstatt.workshop.live;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A theme wall as the moderator writes it. */
record WallForm(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
		@Size(max = 500, message = "{validation.tooLong}") @Nullable String question,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String targetGroup) {
}
