package org.werkstatt.workshop.event;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An offer presented at the event (product show); free text until the catalog links real offers. */
public record ShowcaseItem(UUID id, String title, @Nullable String presenter, @Nullable String description) {
}
