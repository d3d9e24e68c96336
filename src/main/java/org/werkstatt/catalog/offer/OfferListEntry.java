package org.werkstatt.catalog.offer;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An offer on its provider's list or an approver's: the row, the state of the open version (null when none is
 * open), how many runs it has, and how many of them have places that need confirming.
 */
public record OfferListEntry(OfferRecord offer, @Nullable Integer workingNumber, @Nullable VersionState workingState,
		@Nullable String workingTitle, int runs, int placesToConfirm) {

	public UUID id() {
		return offer.id();
	}
}
