package org.werkstatt.planning.plan;

/** Where a plan stands: drafted, adopted by its body, being carried out, closed. */
public enum PlanState {
	DRAFT, ADOPTED, IN_PROGRESS, CLOSED;

	public String messageKey() {
		return "plan.state." + name();
	}
}
