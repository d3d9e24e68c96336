package org.werkstatt.planning.decision;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The inbox's decision form, for one idea or many selected at once: the outcome, a reason, and the
 * measure: an existing one by id, or {@code new} with the plan, number (empty: the next free one), title,
 * field of action and dates of a measure to create; the text that narrows the measure picker.
 * Bound as text and checked by {@link DecisionRules}, so a forged value gets a message and what was typed
 * stays.
 */
public record DecisionForm(@Nullable List<String> ideaIds, @Nullable String outcome, @Nullable String reason,
		@Nullable String measure, @Nullable String planId, @Nullable String number, @Nullable String title,
		@Nullable String fieldId, @Nullable String startsOn, @Nullable String endsOn, @Nullable String measureQuery) {

	static final String NEW_MEASURE = "new";

	public static DecisionForm empty() {
		return new DecisionForm(List.of(), null, null, null, null, null, null, null, null, null, null);
	}

	public List<String> selected() {
		return ideaIds == null ? List.of() : ideaIds;
	}

	public boolean isSelected(Object ideaId) {
		return selected().contains(String.valueOf(ideaId));
	}

	/** Whether a decision was typed into the form (an outcome, a reason, a measure or a new one's fields). */
	public boolean typed() {
		return java.util.stream.Stream.of(outcome, reason, measure, number, title)
			.anyMatch(value -> value != null && !value.isBlank());
	}

	/** The same form for these ideas (to decide a confirmed group). */
	DecisionForm forIdeas(List<String> ids) {
		return new DecisionForm(ids, outcome, reason, measure, planId, number, title, fieldId, startsOn, endsOn,
				measureQuery);
	}
}
