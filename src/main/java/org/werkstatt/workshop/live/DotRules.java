package org.werkstatt.workshop.live;

import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The rules of dot voting, apart from the database so they can be read and tested on their own.
 * Each participant has a budget of dots per event and may put up to a set number on one idea.
 */
final class DotRules {

	/** Why a dot cannot be put or taken back; {@code null} in {@link #toAdd} and {@link #toRemove} means it can. */
	enum Refusal {
		SESSION_CLOSED, VOTING_CLOSED, WALL_CLOSED, NOT_VOTABLE, MERGED, BUDGET_USED, IDEA_LIMIT, NO_DOT;

		String messageKey() {
			return "dots.refused." + name();
		}
	}

	private DotRules() {
	}

	/** Whether one more dot may go on the idea. */
	static @Nullable Refusal toAdd(LiveSession session, Wall wall, Idea idea, int dotsUsed, int dotsOnIdea) {
		Refusal closed = closed(session, wall, idea);
		if (closed != null) {
			return closed;
		}
		if (dotsUsed >= session.dotBudget()) {
			return Refusal.BUDGET_USED;
		}
		if (dotsOnIdea >= session.maxDotsPerIdea()) {
			return Refusal.IDEA_LIMIT;
		}
		return null;
	}

	/** Whether the participant may take one of their dots back from the idea. */
	static @Nullable Refusal toRemove(LiveSession session, Wall wall, Idea idea, int dotsOnIdea) {
		if (session.state() != LiveState.OPEN) {
			return Refusal.SESSION_CLOSED;
		}
		if (!session.votingOpen()) {
			return Refusal.VOTING_CLOSED;
		}
		if (!wall.open()) {
			return Refusal.WALL_CLOSED;
		}
		return dotsOnIdea > 0 ? null : Refusal.NO_DOT;
	}

	private static @Nullable Refusal closed(LiveSession session, Wall wall, Idea idea) {
		if (session.state() != LiveState.OPEN) {
			return Refusal.SESSION_CLOSED;
		}
		if (!session.votingOpen()) {
			return Refusal.VOTING_CLOSED;
		}
		if (!wall.open()) {
			return Refusal.WALL_CLOSED;
		}
		if (idea.isMerged()) {
			return Refusal.MERGED;
		}
		if (!idea.isPublished()) {
			return Refusal.NOT_VOTABLE;
		}
		return null;
	}

	/**
	 * The score of an idea together with the ideas merged into it: each participant counts once, with the
	 * most dots they put on any one card of the group. Nobody's dots are moved or added up twice; a
	 * participant who supported both duplicates is not counted double.
	 *
	 * @param dotsPerParticipant per participant, the dots they put on each card of the group
	 */
	static int mergedScore(Map<?, ? extends Collection<Integer>> dotsPerParticipant) {
		return dotsPerParticipant.values()
			.stream()
			.mapToInt(counts -> counts.stream().mapToInt(Integer::intValue).max().orElse(0))
			.sum();
	}
}
