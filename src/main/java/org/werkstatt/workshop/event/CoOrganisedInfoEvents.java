package org.werkstatt.workshop.event;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.werkstatt.platform.web.SiteTime;
import org.werkstatt.workshop.EventFormat;
import org.werkstatt.workshop.InfoEvents;

/** Info events created by another module: an event of the owner with the co-organiser added. */
@Component
class CoOrganisedInfoEvents implements InfoEvents {

	private final EventStore events;
	private final CoOrganisers coOrganisers;
	private final SiteTime siteTime;

	CoOrganisedInfoEvents(EventStore events, CoOrganisers coOrganisers, SiteTime siteTime) {
		this.events = events;
		this.coOrganisers = coOrganisers;
		this.siteTime = siteTime;
	}

	@Override
	@Transactional
	public UUID create(UUID ownerId, UUID coOrganiserId, Draft draft) {
		UUID id = events.create(ownerId, new EventForm(EventFormat.INFO_EVENT, draft.title(), draft.description(),
				draft.startsAt(), draft.endsAt(), draft.venueName(), draft.street(), draft.postalCode(), draft.city(), null,
				draft.listed() ? Visibility.PUBLIC : Visibility.INVITATION, null), siteTime.zone());
		coOrganisers.add(id, coOrganiserId);
		return id;
	}
}
