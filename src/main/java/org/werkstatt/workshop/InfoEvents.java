package org.werkstatt.workshop;

import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Info events another module creates (cooperation: a provider's info event about its offer at the jobcenter): an event
 * of the format {@link EventFormat#INFO_EVENT} owned by one organisation with another as co-organiser, so that both
 * manage it on the workshop's organiser pages.
 */
public interface InfoEvents {

	/**
	 * What the event needs; times are local to the site's time zone.
	 *
	 * @param listed public (listed on the site) or by invitation only
	 */
	record Draft(String title, @Nullable String description, LocalDateTime startsAt, LocalDateTime endsAt,
			@Nullable String venueName, @Nullable String street, @Nullable String postalCode, @Nullable String city,
			boolean listed) {
	}

	/** Creates the event and its co-organiser in one transaction; returns the event's id. */
	UUID create(UUID ownerId, UUID coOrganiserId, Draft draft);
}
