package org.werkstatt.workshop.event;

/** Public events are listed; invitation-only events are reachable only through their link. */
public enum Visibility {
	PUBLIC, INVITATION;

	public String messageKey() {
		return "event.visibility." + name();
	}
}
