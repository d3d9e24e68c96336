package org.werkstatt.planning.plan;

/**
 * What a measure's status means for the plan's summary ("80 recommendations: 31 done, 38 in
 * progress, 7 planned, 4 dropped"); every status, built in or added by the plan's owner, has one.
 */
public enum Stage {
	PLANNED, ACTIVE, DONE, DROPPED;

	public String messageKey() {
		return "measure.stage." + name();
	}
}
