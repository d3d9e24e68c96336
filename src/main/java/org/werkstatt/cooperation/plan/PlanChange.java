package org.werkstatt.cooperation.plan;

/**
 * What a version of a plan changed; the timeline shows it in words with the key {@code coopPlan.change.<name>}
 * ({0} the subject, {1} the detail). {@link #dated} changes keep ISO dates in the detail ("start|end" for module
 * dates), shown in the reader's format.
 */
enum PlanChange {
	INTEGRATION_GOAL(false), GOAL_ADDED(false), GOAL_ACHIEVED(true), GOAL_REOPENED(false), GOAL_REMOVED(false),
	MILESTONE_ADDED(true), MILESTONE_DONE(true), MILESTONE_REOPENED(false), MILESTONE_REMOVED(false),
	MODULES_FROM_OFFER(false), MODULE_ADDED(false), MODULE_DATES(true), MODULE_REMOVED(false), NOTE_ADDED(false);

	private final boolean dated;

	PlanChange(boolean dated) {
		this.dated = dated;
	}

	boolean dated() {
		return dated;
	}

	String messageKey() {
		return "coopPlan.change." + name();
	}
}
