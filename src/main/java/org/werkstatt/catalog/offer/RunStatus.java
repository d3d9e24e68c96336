package org.werkstatt.catalog.offer;

/**
 * The status of a run as visitors see it. Only CANCELLED is stored; the others follow from the dates, the
 * places and whether enrolment is open (the rule is in the store's {@code RunStatus.of}, written by the
 * catalog core).
 */
public enum RunStatus {
	PLANNED, OPEN, FULL, RUNNING, CANCELLED, ENDED;

	public String messageKey() {
		return "catalog.run.status." + name();
	}
}
