package org.werkstatt.workshop.event;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.identity.Role;
import org.werkstatt.platform.web.ForbiddenException;
import org.werkstatt.platform.web.NotFoundException;

/**
 * Who may organise what, for every organiser page under {@code /manage/{slug}}: admins, planners and
 * moderators of the organisation, for the events it owns or co-organises. Identity's access check has
 * already answered "not found" to non-members; a member without one of these roles gets "forbidden",
 * an event the organisation neither owns nor co-organises is "not found".
 */
@Component
public class OrganiserAccess {

	private final Organisations organisations;
	private final CurrentUser currentUser;
	private final EventStore events;

	OrganiserAccess(Organisations organisations, CurrentUser currentUser, EventStore events) {
		this.organisations = organisations;
		this.currentUser = currentUser;
		this.events = events;
	}

	/** The organisation, if the signed-in person may organise its events. */
	public OrganisationSummary organiser(String slug) {
		OrganisationSummary organisation = organisations.bySlug(slug).orElseThrow(NotFoundException::new);
		if (!currentUser.hasAnyRole(organisation.id(), Role.ORGANISATION_ADMIN, Role.PLANNER, Role.MODERATOR)) {
			throw new ForbiddenException();
		}
		return organisation;
	}

	/** An event the organisation owns or co-organises. */
	public Event event(OrganisationSummary organisation, UUID id) {
		return events.findManagedBy(organisation.id(), id).orElseThrow(NotFoundException::new);
	}

	/** An event the organisation owns: only the owner changes who co-organises it. */
	public Event ownEvent(OrganisationSummary organisation, UUID id) {
		return events.findOf(organisation.id(), id).orElseThrow(NotFoundException::new);
	}
}
