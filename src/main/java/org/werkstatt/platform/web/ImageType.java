package org.werkstatt.platform.web;

import java.util.Arrays;
import java.util.Optional;

/** The type of an uploaded image, recognised by its first bytes, never by its name or stated type. */
public final class ImageType {

	private ImageType() {
	}

	/** {@code image/png}, {@code image/jpeg} or {@code image/webp}; empty when the bytes are none of them. */
	public static Optional<String> detect(byte[] data) {
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
