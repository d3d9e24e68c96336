package org.werkstatt.workshop.live;

/** Where the live session of an event stands. */
public enum LiveState {

	/** Walls are being prepared; participants may join and wait. */
	NOT_STARTED,
	/** Participants post ideas on open walls and, while voting is open, put dots. */
	OPEN,
	/** The session is over: nothing can be posted or changed any more, results can be published. */
	CLOSED;

	public String messageKey() {
		return "live.state." + name();
	}
}
