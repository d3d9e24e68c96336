package org.werkstatt.workshop.live;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The words that go with an uploaded photo: the alt text is required, the caption is not. */
record PhotoForm(
		@NotBlank(message = "{photo.altRequired}") @Size(max = Photo.TEXT_LENGTH, message = "{validation.tooLong}") @Nullable String altText,
		@Size(max = Photo.TEXT_LENGTH, message = "{validation.tooLong}") @Nullable String caption) {
}
