package org.werkstatt.workshop.registration;

/** Where a registration stands: a place, a place on the waiting list, or given back. */
public enum RegistrationStatus {
	CONFIRMED, WAITING, CANCELLED;

	public String messageKey() {
		return "registration.status." + name();
	}
}
