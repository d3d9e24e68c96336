package org.werkstatt.workshop.live;

import org.springframework.stereotype.Component;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.Role;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.workshop.event.CoOrganisers;
import org.werkstatt.workshop.event.Event;

/**
 * Who may see the results of a live event, in every form (page, CSV, XLSX, PDF, photos): everyone once
 * the organiser has published them, the admins, planners and moderators of the organiser and of its co-organisers always (the same
 * organisations that may moderate the event). Anyone else
 * is told there is nothing here.
 */
@Component
class ResultsAccess {

	private final LiveStore store;
	private final CurrentUser currentUser;
	private final CoOrganisers coOrganisers;

	ResultsAccess(LiveStore store, CurrentUser currentUser, CoOrganisers coOrganisers) {
		this.store = store;
		this.currentUser = currentUser;
		this.coOrganisers = coOrganisers;
	}

	/** The event's session, if its results may be seen by this visitor. */
	LiveSession visibleSession(Event event) {
		LiveSession session = store.session(event.id()).orElseThrow(NotFoundException::new);
		if (!session.resultsPublished() && !isOrganiser(event)) {
			throw new NotFoundException();
		}
		return session;
	}

	boolean isOrganiser(Event event) {
		if (currentUser.personId().isEmpty()) {
			return false;
		}
		return organises(event.organisationId()) || coOrganisers.of(event.id()).stream().anyMatch(this::organises);
	}

	private boolean organises(java.util.UUID organisation) {
		return currentUser.hasAnyRole(organisation, Role.ORGANISATION_ADMIN, Role.PLANNER, Role.MODERATOR);
	}

	Results results(Event event) {
		return Results.of(store.walls(event.id()), store.ideas(event.id()), store.participantCount(event.id()));
	}
}
