package org.werkstatt.planning.decision;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A decision that passed the rules: the outcome, its reason, and the measure it points to (an existing
 * one, or one to create first).
 */
record Decided(DecisionOutcome outcome, @Nullable String reason, @Nullable UUID measureId,
		@Nullable NewMeasure newMeasure) {

	/** A measure to create in the plan for the adopted ideas. */
	record NewMeasure(UUID planId, String number, String title) {
	}
}
