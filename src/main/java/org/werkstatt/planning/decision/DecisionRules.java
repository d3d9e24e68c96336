package org.werkstatt.planning.decision;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The rules of a decision, whatever the ideas: an outcome from the list; a reason for "not adopted"
 * (2,000 characters at most); for "adopted" a measure of one of the organisation's plans or a new one
 * (plan, number, title); for "covered" an existing measure of the organisation. A measure of another
 * organisation is refused, never linked.
 */
final class DecisionRules {

	static final int REASON_MAX = 2000;

	/** The outcome of a checked form: the decision, or the problems by field as message keys. */
	record Checked(@Nullable Decided decided, Map<String, String> problems) {
	}

	private DecisionRules() {
	}

	static Checked check(DecisionForm form, Set<UUID> organisationMeasures, Set<UUID> organisationPlans) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (form.selected().isEmpty()) {
			problems.put("ideaIds", "decision.ideas.none");
		}
		DecisionOutcome outcome = outcome(form.outcome()).orElse(null);
		if (outcome == null) {
			problems.put("outcome", "decision.outcome.required");
		}
		String reason = blankToNull(form.reason());
		if (reason != null && reason.length() > REASON_MAX) {
			problems.put("reason", "decision.reason.tooLong");
		}
		else if (reason == null && outcome != null && outcome.needsReason()) {
			problems.put("reason", "decision.reason.required");
		}
		UUID measureId = null;
		Decided.NewMeasure newMeasure = null;
		String measure = blankToNull(form.measure());
		if (outcome != null && outcome.needsMeasure()) {
			if (measure == null) {
				problems.put("measure", "decision.measure.required");
			}
			else if (DecisionForm.NEW_MEASURE.equals(measure)) {
				if (outcome == DecisionOutcome.COVERED) {
					problems.put("measure", "decision.measure.coveredByExisting");
				}
				else {
					newMeasure = newMeasure(form, organisationPlans, problems);
				}
			}
			else {
				measureId = uuid(measure).filter(organisationMeasures::contains).orElse(null);
				if (measureId == null) {
					problems.put("measure", "decision.measure.foreign");
				}
			}
		}
		if (!problems.isEmpty()) {
			return new Checked(null, problems);
		}
		return new Checked(new Decided(outcome, reason, measureId, newMeasure), problems);
	}

	private static Decided.@Nullable NewMeasure newMeasure(DecisionForm form, Set<UUID> plans,
			Map<String, String> problems) {
		UUID planId = uuid(form.planId()).filter(plans::contains).orElse(null);
		if (planId == null) {
			problems.put("planId", "decision.plan.unknown");
		}
		String number = blankToNull(form.number());
		if (number == null) {
			problems.put("number", "validation.required");
		}
		else if (number.length() > 20) {
			problems.put("number", "decision.number.tooLong");
		}
		String title = blankToNull(form.title());
		if (title == null) {
			problems.put("title", "validation.required");
		}
		else if (title.length() > 300) {
			problems.put("title", "decision.title.tooLong");
		}
		return planId == null || number == null || title == null || problems.containsKey("number")
				|| problems.containsKey("title") ? null : new Decided.NewMeasure(planId, number, title);
	}

	static Optional<DecisionOutcome> outcome(@Nullable String value) {
		if (value == null) {
			return Optional.empty();
		}
		for (DecisionOutcome outcome : DecisionOutcome.values()) {
			if (outcome.name().equals(value)) {
				return Optional.of(outcome);
			}
		}
		return Optional.empty();
	}

	static Optional<UUID> uuid(@Nullable String value) {
		if (value == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
