package org.werkstatt.catalog.offer;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An offer's row: who runs it ({@code organisationId}), who approves it ({@code ownerId}), where it stands,
 * and the title its columns hold (the published one, or the first draft's while none was published).
 */
public record OfferRecord(UUID id, UUID organisationId, UUID ownerId, OfferState state,
		@Nullable Integer publishedVersion, String language, @Nullable String externalId, String title,
		Instant createdAt, Instant modifiedAt, @Nullable Instant publishedAt) {

	public boolean isPublished() {
		return state == OfferState.PUBLISHED;
	}

	/** The provider is its own owner: the owner's approvers publish their own offers directly. */
	public boolean ownOffer() {
		return organisationId.equals(ownerId);
	}

	public String href(String slug) {
		return "/manage/" + slug + "/offers/" + id;
	}
}
