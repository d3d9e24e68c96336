package org.werkstatt.workshop.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.werkstatt.platform.files.Csv;

/** The rules of dots, merges, ranking and CSV, without the database. */
class LiveRulesTests {

	private static final UUID EVENT = UUID.randomUUID();
	private static final Wall OPEN_WALL = new Wall(UUID.randomUUID(), 1, EVENT, 1, "Wand", null, null, true);
	private static final Wall CLOSED_WALL = new Wall(UUID.randomUUID(), 2, EVENT, 2, "Zu", null, null, false);

	private static LiveSession session(LiveState state, boolean voting) {
		return new LiveSession(EVENT, "ABCDEF", state, voting, false, 5, 3, 6, 3000, "", false, 0);
	}

	private static Idea idea(UUID wall, IdeaStatus status, UUID mergedInto, int dots, int score) {
		return new Idea(UUID.randomUUID(), 1, EVENT, wall, 1, null, null, "Idee", null, false, status, null, false, mergedInto,
				dots, score, Instant.now());
	}

	@Test
	void aDotNeedsAnOpenSessionOpenVotingAnOpenWallAndAPublishedIdea() {
		Idea onOpen = idea(OPEN_WALL.id(), IdeaStatus.PUBLISHED, null, 0, 0);
		assertThat(DotRules.toAdd(session(LiveState.OPEN, true), OPEN_WALL, onOpen, 0, 0)).isNull();
		assertThat(DotRules.toAdd(session(LiveState.CLOSED, true), OPEN_WALL, onOpen, 0, 0))
			.isEqualTo(DotRules.Refusal.SESSION_CLOSED);
		assertThat(DotRules.toAdd(session(LiveState.OPEN, false), OPEN_WALL, onOpen, 0, 0))
			.isEqualTo(DotRules.Refusal.VOTING_CLOSED);
		assertThat(DotRules.toAdd(session(LiveState.OPEN, true), CLOSED_WALL, onOpen, 0, 0))
			.isEqualTo(DotRules.Refusal.WALL_CLOSED);
		assertThat(DotRules.toAdd(session(LiveState.OPEN, true), OPEN_WALL,
				idea(OPEN_WALL.id(), IdeaStatus.HIDDEN, null, 0, 0), 0, 0)).isEqualTo(DotRules.Refusal.NOT_VOTABLE);
		assertThat(DotRules.toAdd(session(LiveState.OPEN, true), OPEN_WALL,
				idea(OPEN_WALL.id(), IdeaStatus.PUBLISHED, UUID.randomUUID(), 0, 0), 0, 0))
			.isEqualTo(DotRules.Refusal.MERGED);
	}

	@Test
	void theBudgetAndTheLimitPerIdeaCount() {
		Idea onOpen = idea(OPEN_WALL.id(), IdeaStatus.PUBLISHED, null, 0, 0);
		LiveSession open = session(LiveState.OPEN, true);
		assertThat(DotRules.toAdd(open, OPEN_WALL, onOpen, 4, 2)).isNull();
		assertThat(DotRules.toAdd(open, OPEN_WALL, onOpen, 5, 0)).isEqualTo(DotRules.Refusal.BUDGET_USED);
		assertThat(DotRules.toAdd(open, OPEN_WALL, onOpen, 3, 3)).isEqualTo(DotRules.Refusal.IDEA_LIMIT);
		assertThat(DotRules.toRemove(open, OPEN_WALL, onOpen, 0)).isEqualTo(DotRules.Refusal.NO_DOT);
		assertThat(DotRules.toRemove(open, OPEN_WALL, onOpen, 1)).isNull();
	}

	@Test
	void mergedIdeasCountEachParticipantOnceWithTheirMostDots() {
		// Ana put 2 dots on the first card and 1 on its duplicate, Ben 1 on the duplicate only
		int score = DotRules.mergedScore(Map.of("ana", List.of(2, 1), "ben", List.of(1)));
		assertThat(score).isEqualTo(3);
		assertThat(DotRules.mergedScore(Map.of())).isZero();
	}

	@Test
	void resultsRankByScoreSharingRanksAndCountHiddenIdeasHonestly() {
		Idea first = idea(OPEN_WALL.id(), IdeaStatus.PUBLISHED, null, 4, 5);
		Idea tied = idea(OPEN_WALL.id(), IdeaStatus.PUBLISHED, null, 5, 5);
		Idea third = idea(OPEN_WALL.id(), IdeaStatus.PUBLISHED, null, 1, 1);
		Idea merged = idea(OPEN_WALL.id(), IdeaStatus.PUBLISHED, first.id(), 2, 2);
		Idea hidden = idea(OPEN_WALL.id(), IdeaStatus.HIDDEN, null, 9, 9);
		Idea withdrawn = idea(OPEN_WALL.id(), IdeaStatus.WITHDRAWN, null, 0, 0);
		Results results = Results.of(List.of(OPEN_WALL), List.of(third, merged, hidden, first, tied, withdrawn), 7);

		Results.WallResult wall = results.walls().getFirst();
		assertThat(wall.ideas()).extracting(Results.RankedIdea::rank).containsExactly(1, 1, 3);
		assertThat(wall.ideas().getLast().idea()).isEqualTo(third);
		Results.RankedIdea withMerge = wall.ideas().stream().filter(r -> r.idea().equals(first)).findFirst().orElseThrow();
		assertThat(withMerge.merged()).containsExactly(merged);
		assertThat(wall.hidden()).isEqualTo(1);
		assertThat(wall.withdrawn()).isEqualTo(1);
		assertThat(results.ideas()).isEqualTo(4);
		assertThat(results.participants()).isEqualTo(7);
	}

	@Test
	void csvCellsThatLookLikeFormulasAreDefused() {
		assertThat(Csv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(Csv.cell("+49 123")).isEqualTo("'+49 123");
		assertThat(Csv.cell("-1")).isEqualTo("'-1");
		assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.cell("Mehr Kitaplätze")).isEqualTo("Mehr Kitaplätze");
		assertThat(Csv.semicolonSeparated().row("a\"b", "=1").toString()).isEqualTo("\uFEFF\"a\"\"b\";\"'=1\"\r\n");
		assertThat(Csv.semicolonSeparated().row("a", null, 2).toString()).isEqualTo("\uFEFF\"a\";\"\";\"2\"\r\n");
	}

	@Test
	void blockedWordsMatchWholeWordsOnly() {
		assertThat(Live.containsBlockedWord("Das ist Mist, ehrlich", List.of("mist"))).isTrue();
		assertThat(Live.containsBlockedWord("Mistel im Garten", List.of("mist"))).isFalse();
		assertThat(Live.containsBlockedWord("Alles gut", List.of())).isFalse();
	}

	@Test
	void codesAreNormalisedAsPeopleTypeThem() {
		assertThat(Live.normaliseCode(" k7q m2-x ")).isEqualTo("K7QM2X");
		assertThat(Live.newCode()).hasSize(6).matches("[A-Z2-9]+").doesNotContain("0", "O", "1", "I");
	}

	@Test
	void thePresentationCountsDownToTheTopIdeaOfEachWall() {
		Idea best = idea(OPEN_WALL.id(), IdeaStatus.PUBLISHED, null, 9, 9);
		Idea second = idea(OPEN_WALL.id(), IdeaStatus.PUBLISHED, null, 4, 4);
		Idea hidden = idea(OPEN_WALL.id(), IdeaStatus.HIDDEN, null, 20, 20);
		Idea noDots = idea(OPEN_WALL.id(), IdeaStatus.PUBLISHED, null, 0, 0);
		List<Presentation.Slide> slides = Presentation.slides(List.of(OPEN_WALL), List.of(second, hidden, noDots, best), 3);
		assertThat(slides).extracting(Presentation.Slide::kind)
			.containsExactly(Presentation.Kind.TITLE, Presentation.Kind.IDEA, Presentation.Kind.IDEA, Presentation.Kind.NEXT);
		List<Presentation.Slide> ideas = slides.subList(1, 3);
		assertThat(ideas).extracting(Presentation.Slide::idea).containsExactly(second, best);
		assertThat(ideas).extracting(Presentation.Slide::rank).containsExactly(2, 1);
		assertThat(ideas).extracting(Presentation.Slide::ideaCount).containsOnly(3);

		// a wall without dots gets one slide with its ideas; merged ideas are named on their target's slide
		Wall quiet = new Wall(java.util.UUID.randomUUID(), 3, OPEN_WALL.eventId(), 2, "Ohne Punkte", null, null, true);
		Idea lonely = idea(quiet.id(), IdeaStatus.PUBLISHED, null, 0, 0);
		Idea merged = idea(OPEN_WALL.id(), IdeaStatus.PUBLISHED, best.id(), 1, 1);
		List<Presentation.Slide> day = Presentation.slides(List.of(OPEN_WALL, quiet), List.of(best, merged, lonely), 3);
		assertThat(day).extracting(Presentation.Slide::kind)
			.containsExactly(Presentation.Kind.TITLE, Presentation.Kind.IDEA, Presentation.Kind.WALL_WITHOUT_DOTS,
					Presentation.Kind.NEXT);
		assertThat(day.get(1).merged()).containsExactly(merged);
		assertThat(day.get(2).ideas()).containsExactly(lonely);
		assertThat(day.get(2).ideaCount()).isEqualTo(1);
	}
}
