package org.werkstatt.planning.decision;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A decision that passed the rules: the outcome, its reason, and the measure it points to (an existing
 * one, or one to create first).
 */
record Decided(DecisionOutcome outcome, @Nullable String reason, @Nullable UUID measureId,
		@Nullable NewMeasure newMeasure) {

	/** A measure to create in the plan for the adopted ideas; without a number it gets the next free one. */
	record NewMeasure(UUID planId, @Nullable String number, String title, @Nullable UUID fieldId,
			java.time.@Nullable LocalDate startsOn, java.time.@Nullable LocalDate endsOn) {
	}
}
