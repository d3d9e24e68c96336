package org.werkstatt.cooperation.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.werkstatt.cooperation.participant.AccessDecision.Side;

/** A participant's individual plan as stored, with its timeline (newest first). Version 0: nothing written yet. */
record IndividualPlan(@Nullable String integrationGoal, int version, List<Goal> goals, List<Milestone> milestones,
		List<Module> modules, List<Note> notes, List<Version> versions) {

	record Goal(UUID id, String text, @Nullable LocalDate achievedOn) {
	}

	record Milestone(UUID id, LocalDate dueOn, String title, @Nullable LocalDate doneOn) {
	}

	record Module(UUID id, @Nullable UUID offerModuleId, String name, @Nullable LocalDate startedOn,
			@Nullable LocalDate completedOn) {
	}

	record Note(UUID id, String body, Side side, Instant writtenAt, UUID writtenBy) {
	}

	record Version(int version, PlanChange change, @Nullable String subject, @Nullable String detail, Side side,
			Instant changedAt, UUID changedBy) {
	}

	/** Who changes the plan, for which side. */
	record Actor(Side side, UUID personId) {
	}

	/** What became of a change. */
	enum Outcome {
		DONE, STALE, NOT_FOUND
	}
}
