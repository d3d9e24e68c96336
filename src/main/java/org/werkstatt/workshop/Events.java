package org.werkstatt.workshop;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Public events, as other modules may list them. */
public interface Events {

	/** The next public events of all organisations, soonest first. */
	List<EventSummary> upcoming(int limit);

	/** Every event the organisation owns or co-organises, public or not, newest first (for a planner to link a measure to). */
	List<EventSummary> organisedBy(UUID organisationId);

	/** Whether the organisation owns or co-organises the event (so that its organisers may manage what another module adds to it). */
	boolean organises(UUID organisationId, UUID eventId);

	/** The events with these ids, public or not, in one query (unknown ids are left out), soonest first. */
	List<EventSummary> byIds(Collection<UUID> ids);

	/** The event series the organisation runs, by title. */
	List<SeriesSummary> seriesRunBy(UUID organisationId);

	/** The series with these ids, in one query (unknown ids are left out), by title. */
	List<SeriesSummary> seriesByIds(Collection<UUID> ids);
}
