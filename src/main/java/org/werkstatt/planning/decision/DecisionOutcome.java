package org.werkstatt.planning.decision;

/**
 * What a planner decided on an idea: still being evaluated, adopted (into a new or existing measure),
 * already covered by a measure, or not adopted (always with a reason).
 */
public enum DecisionOutcome {
	IN_EVALUATION, ADOPTED, COVERED, NOT_ADOPTED;

	public String messageKey() {
		return "decision.outcome." + name();
	}

	/** Adopted and covered ideas point to a measure. */
	public boolean needsMeasure() {
		return this == ADOPTED || this == COVERED;
	}

	public boolean needsReason() {
		return this == NOT_ADOPTED;
	}
}
