package org.werkstatt.identity.network;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A request to join a network, as its admins see it. */
public record InterestRequest(UUID id, String name, @Nullable String organisationName, String email,
		@Nullable String message, InterestStatus status, Instant createdAt, String language) {
}
