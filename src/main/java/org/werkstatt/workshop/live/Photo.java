package org.werkstatt.workshop.live;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A photo of the event as pages list it: what it shows in words, without its bytes. */
public record Photo(UUID id, UUID eventId, String contentType, int size, String altText, @Nullable String caption,
		Instant createdAt) {

	static final int MAX_BYTES = 5 * 1024 * 1024;
	static final int TEXT_LENGTH = 300;

	/** The image itself, for serving it and for the printable results. */
	record File(String contentType, byte[] data) {
	}
}
