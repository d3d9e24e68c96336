package org.werkstatt.catalog;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A module of a published offer, as other modules use it (cooperation's individual plans start from them). */
public record OfferModule(UUID id, String name, @Nullable Integer hours) {
}
