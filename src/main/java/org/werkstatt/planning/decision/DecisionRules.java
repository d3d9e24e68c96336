package org.werkstatt.planning.decision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The rules of a decision, whatever the ideas: an outcome from the list; a reason for "not adopted"
 * (2,000 characters at most); for "adopted" a measure of one of the organisation's plans or a new one
 * (plan and title; a number of at most 20 characters or none for the next free one; field of action and
 * dates, the end not before the start, as on the measure form); for "covered" an existing measure of the organisation. A measure of another
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
		int before = problems.size();
		UUID planId = uuid(form.planId()).filter(plans::contains).orElse(null);
		if (planId == null) {
			problems.put("planId", "decision.plan.unknown");
		}
		String number = blankToNull(form.number());
		if (number != null && number.length() > 20) {
			problems.put("number", "decision.number.tooLong");
		}
		String title = blankToNull(form.title());
		if (title == null) {
			problems.put("title", "validation.required");
		}
		else if (title.length() > 300) {
			problems.put("title", "decision.title.tooLong");
		}
		String field = blankToNull(form.fieldId());
		UUID fieldId = uuid(field).orElse(null);
		if (field != null && fieldId == null) {
			problems.put("fieldId", "measure.fieldOfAction.unknown");
		}
		LocalDate startsOn = date(form.startsOn(), "startsOn", problems);
		LocalDate endsOn = date(form.endsOn(), "endsOn", problems);
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			problems.put("endsOn", "measure.dates.order");
		}
		return problems.size() > before || planId == null || title == null ? null
				: new Decided.NewMeasure(planId, number, title, fieldId, startsOn, endsOn);
	}

	/** A date as the date field sends it ({@code yyyy-MM-dd}); a problem for the field otherwise. */
	private static @Nullable LocalDate date(@Nullable String value, String field, Map<String, String> problems) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			problems.put(field, "typeMismatch.java.time.LocalDate");
			return null;
		}
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
