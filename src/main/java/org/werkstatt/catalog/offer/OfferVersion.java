package org.werkstatt.catalog.offer;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One version of an offer's content with who wrote it and who decided on it; {@code reason} when sent back. */
public record OfferVersion(int number, OfferContent content, VersionState state, String createdByName,
		Instant createdAt, @Nullable Instant submittedAt, @Nullable String decidedByName, @Nullable Instant decidedAt,
		@Nullable String reason) {
}
