package org.werkstatt.workshop;

import java.util.List;

/** Public events, as other modules may list them. */
public interface Events {

	/** The next public events of all organisations, soonest first. */
	List<EventSummary> upcoming(int limit);
}
