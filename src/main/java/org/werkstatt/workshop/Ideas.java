package org.werkstatt.workshop;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

/** The ideas of workshops, for the modules that work with them afterwards (planning). */
public interface Ideas {

	/** Every idea of the event, hidden and withdrawn ones too, highest score first per wall. */
	List<IdeaSummary> ofEvent(UUID eventId);

	/** Every idea of the events the organisation owns or co-organises, newest event first. */
	List<IdeaSummary> ofOrganisation(UUID organisationId);

	/** The ideas with these ids, in one query (unknown ids are left out). */
	List<IdeaSummary> byIds(Collection<UUID> ids);

	/** The ideas the visitor posted at the event, known by the participant cookie of its live session. */
	List<IdeaSummary> mine(UUID eventId, HttpServletRequest request);

	/**
	 * What the moderation did with each idea of the events the organisation owns or co-organises, oldest
	 * first, in one query (entries about the session or walls are left out).
	 */
	List<ModerationNote> moderationOfOrganisation(UUID organisationId);

	/** Whether the event's live results are public (the organiser published them). */
	boolean resultsPublished(UUID eventId);
}
