package org.werkstatt.workshop;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The workshop's mail outbox for other modules: a plain-text mail queued in the caller's transaction and
 * sent with the registration mails (or waiting on the organisation's outbox page without a mail server).
 */
public interface Mails {

	/** Queues a mail; {@code kind} (at most 30 characters) names what it is about on the outbox page. */
	void queue(UUID organisationId, @Nullable UUID eventId, String kind, String recipient, String subject, String body);

	/** The site's public address for links in mails, without a trailing slash ({@code WERKSTATT_BASE_URL}). */
	String siteAddress();
}
