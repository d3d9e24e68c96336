package org.werkstatt.catalog;

import java.util.UUID;

/** PLACEHOLDER until catalog-core is merged: a published offer as other modules show it. */
public record OfferSummary(UUID id, String title, String shortDescription, UUID providerId, String providerName,
		String href) {
}
