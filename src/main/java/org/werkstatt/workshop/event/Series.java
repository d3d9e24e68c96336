package org.werkstatt.workshop.event;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

public record Series(UUID id, UUID organisationId, String title, @Nullable String description) {
}
