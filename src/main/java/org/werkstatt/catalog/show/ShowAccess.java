package org.werkstatt.catalog.show;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.identity.Role;
import org.werkstatt.platform.web.ForbiddenException;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.workshop.EventSummary;
import org.werkstatt.workshop.Events;

/**
 * Who may do what with product shows and interests. Identity's access check has already answered "not found"
 * to non-members of the organisation in the address. The show of an event: admins, planners and moderators
 * of an organisation that owns or co-organises it, as for the workshop's organiser pages (an event it does
 * not organise is "not found"). The interests in offers: provider staff and admins of the offer's
 * organisation. A member without the role gets "forbidden".
 */
@Component
class ShowAccess {

	private final Organisations organisations;
	private final CurrentUser currentUser;
	private final Events events;

	ShowAccess(Organisations organisations, CurrentUser currentUser, Events events) {
		this.organisations = organisations;
		this.currentUser = currentUser;
		this.events = events;
	}

	OrganisationSummary organiser(String slug) {
		return withRole(slug, Role.ORGANISATION_ADMIN, Role.PLANNER, Role.MODERATOR);
	}

	OrganisationSummary provider(String slug) {
		return withRole(slug, Role.PROVIDER_STAFF, Role.ORGANISATION_ADMIN);
	}

	/** An event the organisation owns or co-organises. */
	EventSummary event(OrganisationSummary organisation, UUID eventId) {
		if (!events.organises(organisation.id(), eventId)) {
			throw new NotFoundException();
		}
		return visibleEvent(eventId);
	}

	/** Any event that exists: its page opens through its link, whether listed or invitation-only. */
	EventSummary visibleEvent(UUID eventId) {
		List<EventSummary> found = events.byIds(List.of(eventId));
		if (found.isEmpty()) {
			throw new NotFoundException();
		}
		return found.getFirst();
	}

	private OrganisationSummary withRole(String slug, Role... roles) {
		OrganisationSummary organisation = organisations.bySlug(slug).orElseThrow(NotFoundException::new);
		if (!currentUser.hasAnyRole(organisation.id(), roles)) {
			throw new ForbiddenException();
		}
		return organisation;
	}
}
