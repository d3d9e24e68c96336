package org.werkstatt.planning.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Trigram similarity and the groups of similar ideas it suggests. */
class SimilarityTests {

	@Test
	void countsTrigramsLikePgTrgm() {
		// pg_trgm: similarity('word', 'two words') = 0.363636 (4 of 11 trigrams shared)
		assertThat(Similarity.of("word", "two words")).isCloseTo(4.0 / 11, within(1e-9));
		assertThat(Similarity.of("Kita am Abend", "kita  AM abend!")).isEqualTo(1.0);
		assertThat(Similarity.of("", "etwas")).isZero();
	}

	@Test
	void groupsSimilarIdeasAcrossEventsAndLeavesOthersAlone() {
		UUID bus = UUID.randomUUID();
		UUID busAgain = UUID.randomUUID();
		UUID busThird = UUID.randomUUID();
		UUID childcare = UUID.randomUUID();
		List<List<UUID>> groups = SimilarIdeas.groups(List.of(
				new SimilarIdeas.Candidate(bus, "Eine Busverbindung ins Gewerbegebiet"),
				new SimilarIdeas.Candidate(childcare, "Kinderbetreuung auch am frühen Morgen"),
				new SimilarIdeas.Candidate(busAgain, "Busverbindung ins Gewerbegebiet am Hafen"),
				new SimilarIdeas.Candidate(busThird, "Bessere Busverbindung ins Gewerbegebiet!")));
		assertThat(groups).containsExactly(List.of(bus, busAgain, busThird));
	}
}
