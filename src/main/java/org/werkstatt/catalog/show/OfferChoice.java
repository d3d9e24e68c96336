package org.werkstatt.catalog.show;

import java.util.UUID;

/** A published offer the organiser may pick for the show. */
record OfferChoice(UUID id, String title, String shortDescription, UUID organisationId) {
}
