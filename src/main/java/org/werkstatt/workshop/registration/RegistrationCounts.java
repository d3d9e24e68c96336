package org.werkstatt.workshop.registration;

/** How many registrations of an event stand where. */
record RegistrationCounts(int confirmed, int waiting, int cancelled) {
}
