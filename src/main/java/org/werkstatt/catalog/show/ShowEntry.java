package org.werkstatt.catalog.show;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One offer of an event's product show, as the organiser placed it: with presenter, time slot and stand.
 *
 * @param published whether the offer is in the public catalog now (an archived one stays on the organiser's
 *     list, marked, and leaves the public pages)
 */
record ShowEntry(UUID eventId, UUID offerId, int position, String title, String shortDescription, UUID organisationId,
		@Nullable String presenter, @Nullable String slot, @Nullable String stand, boolean published) {

	public String offerHref() {
		return "/offers/" + offerId;
	}
}
