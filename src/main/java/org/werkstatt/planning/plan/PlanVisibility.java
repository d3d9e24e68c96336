package org.werkstatt.planning.plan;

/** A public plan has public pages and open data; an internal one is seen by its organisation only. */
public enum PlanVisibility {
	PUBLIC, INTERNAL;

	public String messageKey() {
		return "plan.visibility." + name();
	}
}
