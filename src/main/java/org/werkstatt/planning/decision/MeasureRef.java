package org.werkstatt.planning.decision;

import java.util.UUID;

/**
 * A measure as a decision names it: number and title, and the plan it belongs to.
 *
 * @param publicPlan whether its plan is public (the public sees the measure then)
 */
public record MeasureRef(UUID id, UUID planId, String planTitle, String number, String title, boolean publicPlan) {

	public String label() {
		return number + " " + title;
	}

	public String url() {
		return "/measures/" + id;
	}
}
