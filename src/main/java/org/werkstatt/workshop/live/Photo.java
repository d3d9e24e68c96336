package org.werkstatt.workshop.live;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
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

	/** The image type the bytes really are (JPEG, PNG, WebP), or empty; the file's name and stated type do not count. */
	static Optional<String> detectType(byte[] data) {
		if (startsWith(data, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (startsWith(data, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (data.length > 12 && startsWith(data, 'R', 'I', 'F', 'F')
				&& Arrays.equals(Arrays.copyOfRange(data, 8, 12), new byte[] { 'W', 'E', 'B', 'P' })) {
			return Optional.of("image/webp");
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] data, int... prefix) {
		if (data.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((data[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
