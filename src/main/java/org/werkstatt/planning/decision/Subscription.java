package org.werkstatt.planning.decision;

import java.util.Locale;
import java.util.UUID;

/** An address left on "my ideas" to hear about the decisions on the ideas the visitor had then. */
record Subscription(UUID id, UUID organisationId, UUID eventId, String email, Locale locale) {
}
