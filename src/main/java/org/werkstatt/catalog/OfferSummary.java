package org.werkstatt.catalog;

import java.util.UUID;

/** A published offer as other modules show it: title, short description, provider, and its public page. */
public record OfferSummary(UUID id, String title, String shortDescription, UUID providerId, String providerName,
		String href) {
}
