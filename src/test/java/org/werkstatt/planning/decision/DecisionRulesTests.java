package org.werkstatt.planning.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The rules of a decision, without a database. */
class DecisionRulesTests {

	static final UUID IDEA = UUID.randomUUID();
	static final UUID OWN_MEASURE = UUID.randomUUID();
	static final UUID OWN_PLAN = UUID.randomUUID();

	static DecisionForm form(String outcome, String reason, String measure) {
		return new DecisionForm(List.of(IDEA.toString()), outcome, reason, measure, null, null, null, null, null, null, null);
	}

	static DecisionRules.Checked check(DecisionForm form) {
		return DecisionRules.check(form, Set.of(OWN_MEASURE), Set.of(OWN_PLAN));
	}

	@Test
	void rejectsNotAdoptedWithoutReason() {
		DecisionRules.Checked checked = check(form("NOT_ADOPTED", "  ", null));
		assertThat(checked.decided()).isNull();
		assertThat(checked.problems()).containsEntry("reason", "decision.reason.required");
	}

	@Test
	void acceptsNotAdoptedWithReasonAndDropsAMeasure() {
		DecisionRules.Checked checked = check(form("NOT_ADOPTED", " Nicht zuständig ", OWN_MEASURE.toString()));
		assertThat(checked.problems()).isEmpty();
		assertThat(checked.decided().reason()).isEqualTo("Nicht zuständig");
		assertThat(checked.decided().measureId()).isNull();
	}

	@Test
	void inEvaluationNeedsNeitherReasonNorMeasure() {
		DecisionRules.Checked checked = check(form("IN_EVALUATION", null, null));
		assertThat(checked.problems()).isEmpty();
		assertThat(checked.decided().outcome()).isEqualTo(DecisionOutcome.IN_EVALUATION);
		assertThat(checked.decided().reason()).isNull();
	}

	@Test
	void rejectsUnknownOrMissingOutcome() {
		assertThat(check(form("MAYBE", null, null)).problems()).containsEntry("outcome", "decision.outcome.required");
		assertThat(check(form(null, null, null)).problems()).containsEntry("outcome", "decision.outcome.required");
	}

	@Test
	void rejectsAdoptedWithoutMeasure() {
		assertThat(check(form("ADOPTED", null, "")).problems()).containsEntry("measure", "decision.measure.required");
	}

	@Test
	void rejectsMeasureOfAnotherOrganisation() {
		DecisionRules.Checked checked = check(form("ADOPTED", null, UUID.randomUUID().toString()));
		assertThat(checked.decided()).isNull();
		assertThat(checked.problems()).containsEntry("measure", "decision.measure.foreign");
		assertThat(check(form("COVERED", null, "not-a-uuid")).problems()).containsEntry("measure", "decision.measure.foreign");
	}

	@Test
	void acceptsAdoptedIntoOwnMeasure() {
		DecisionRules.Checked checked = check(form("ADOPTED", null, OWN_MEASURE.toString()));
		assertThat(checked.problems()).isEmpty();
		assertThat(checked.decided().measureId()).isEqualTo(OWN_MEASURE);
	}

	@Test
	void coveredPointsToAnExistingMeasureNeverANewOne() {
		assertThat(check(form("COVERED", null, "new")).problems()).containsEntry("measure",
				"decision.measure.coveredByExisting");
	}

	@Test
	void newMeasureNeedsOwnPlanNumberAndTitle() {
		DecisionForm missing = new DecisionForm(List.of(IDEA.toString()), "ADOPTED", null, "new", UUID.randomUUID().toString(),
				" ", "", "kein-feld", "2027-02-30", null, null);
		assertThat(check(missing).problems()).containsEntry("planId", "decision.plan.unknown")
			.doesNotContainKey("number")
			.containsEntry("title", "validation.required")
			.containsEntry("fieldId", "measure.fieldOfAction.unknown")
			.containsEntry("startsOn", "typeMismatch.java.time.LocalDate");
		DecisionForm tooLong = new DecisionForm(List.of(IDEA.toString()), "ADOPTED", null, "new", OWN_PLAN.toString(),
				"1".repeat(21), "T".repeat(301), null, "2027-05-01", "2027-04-01", null);
		assertThat(check(tooLong).problems()).containsEntry("number", "decision.number.tooLong")
			.containsEntry("title", "decision.title.tooLong")
			.containsEntry("endsOn", "measure.dates.order");
		DecisionForm good = new DecisionForm(List.of(IDEA.toString()), "ADOPTED", null, "new", OWN_PLAN.toString(), "4.1",
				" Busverbindung ", null, "2027-01-01", "", null);
		DecisionRules.Checked checked = check(good);
		assertThat(checked.problems()).isEmpty();
		assertThat(checked.decided().newMeasure()).isEqualTo(new Decided.NewMeasure(OWN_PLAN, "4.1", "Busverbindung", null,
				java.time.LocalDate.of(2027, 1, 1), null));
	}

	@Test
	void rejectsReasonLongerThanLimit() {
		assertThat(check(form("NOT_ADOPTED", "x".repeat(2001), null)).problems()).containsEntry("reason",
				"decision.reason.tooLong");
	}

	@Test
	void needsAtLeastOneIdea() {
		DecisionForm none = new DecisionForm(null, "IN_EVALUATION", null, null, null, null, null, null, null, null, null);
		assertThat(check(none).problems()).containsEntry("ideaIds", "decision.ideas.none");
	}
}
