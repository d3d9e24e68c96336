package org.werkstatt.workshop.mail;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A mail as the outbox keeps it; the body is dropped once the mail has gone out. */
public record OutboxMessage(UUID id, UUID organisationId, @Nullable UUID eventId, String kind, String recipient,
		String subject, @Nullable String body, Instant createdAt, @Nullable Instant sentAt, int attempts) {
}
