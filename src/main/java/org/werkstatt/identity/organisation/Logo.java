package org.werkstatt.identity.organisation;

import java.util.Optional;

import org.werkstatt.platform.web.ImageType;

/** An organisation's logo as stored: PNG, JPEG or WebP, recognised by its first bytes, not its name. */
public record Logo(String contentType, byte[] data) {

	public static final int MAX_BYTES = 512 * 1024;

	/** The image type the bytes really are, or empty when they are none of the accepted ones. */
	public static Optional<String> detectType(byte[] data) {
		return ImageType.detect(data);
	}
}
