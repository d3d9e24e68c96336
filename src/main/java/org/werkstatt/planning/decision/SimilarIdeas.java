package org.werkstatt.planning.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Suggests groups of similar ideas to decide together: ideas whose texts are at least
 * {@link #THRESHOLD} similar ({@link Similarity}) are joined, and so are the ideas similar to those.
 * Ideas the moderation merged into another are left out by the caller ({@code Grouping}). Only a
 * suggestion: a planner confirms or splits each group, nothing is decided by it.
 */
final class SimilarIdeas {

	static final double THRESHOLD = 0.45;

	/** At most this many ideas are compared (the newest), so the page stays quick with thousands. */
	static final int MAX_COMPARED = 2000;

	/** An idea that may be suggested. */
	record Candidate(UUID id, String text) {
	}

	private SimilarIdeas() {
	}

	/** The groups of two or more, each in the order of the candidates, largest group first. */
	static List<List<UUID>> groups(List<Candidate> candidates) {
		List<Candidate> compared = candidates.size() > MAX_COMPARED ? candidates.subList(0, MAX_COMPARED) : candidates;
		int n = compared.size();
		int[][] trigrams = new int[n][];
		for (int i = 0; i < n; i++) {
			trigrams[i] = Similarity.trigrams(compared.get(i).text());
		}
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				if (Similarity.of(trigrams[i], trigrams[j]) >= THRESHOLD) {
					parent[root(parent, i)] = root(parent, j);
				}
			}
		}
		Map<Integer, List<UUID>> byRoot = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			byRoot.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(compared.get(i).id());
		}
		return byRoot.values()
			.stream()
			.filter(group -> group.size() > 1)
			.sorted(Comparator.comparingInt((List<UUID> group) -> group.size()).reversed())
			.toList();
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}
}
