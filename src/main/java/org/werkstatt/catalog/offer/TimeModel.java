package org.werkstatt.catalog.offer;

/** Whether an offer is taken full time, part time, or either. */
public enum TimeModel {
	FULL_TIME, PART_TIME, FULL_OR_PART_TIME;

	public String messageKey() {
		return "catalog.time." + name();
	}
}
