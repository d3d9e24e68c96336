package org.werkstatt.workshop.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What came of a live event, as the results page and the exports show it: each wall with its ideas ranked
 * by score, the ideas merged into each, and honest counts of what was hidden.
 */
public record Results(int participants, int ideas, List<WallResult> walls) {

	public record WallResult(Wall wall, List<RankedIdea> ideas, int hidden, int withdrawn) {
	}

	public record RankedIdea(int rank, Idea idea, List<Idea> merged) {
	}

	static Results of(List<Wall> walls, List<Idea> ideas, int participants) {
		Map<UUID, List<Idea>> mergedInto = ideas.stream()
			.filter(idea -> idea.isMerged() && idea.isPublished())
			.collect(Collectors.groupingBy(Idea::mergedInto));
		List<WallResult> results = new ArrayList<>();
		int published = 0;
		for (Wall wall : walls) {
			List<Idea> onWall = ideas.stream().filter(idea -> idea.wallId().equals(wall.id())).toList();
			List<Idea> top = onWall.stream()
				.filter(idea -> idea.isPublished() && !idea.isMerged())
				.sorted(Presentation.BY_SCORE)
				.toList();
			List<RankedIdea> ranked = new ArrayList<>();
			int rank = 0;
			int lastScore = Integer.MIN_VALUE;
			for (int i = 0; i < top.size(); i++) {
				Idea idea = top.get(i);
				if (idea.score() != lastScore) {
					rank = i + 1;
					lastScore = idea.score();
				}
				ranked.add(new RankedIdea(rank, idea, mergedInto.getOrDefault(idea.id(), List.of())));
			}
			published += (int) onWall.stream().filter(Idea::isPublished).count();
			results.add(new WallResult(wall, ranked, count(onWall, IdeaStatus.HIDDEN) + count(onWall, IdeaStatus.PENDING),
					count(onWall, IdeaStatus.WITHDRAWN)));
		}
		return new Results(participants, published, results);
	}

	private static int count(List<Idea> ideas, IdeaStatus status) {
		return (int) ideas.stream().filter(idea -> idea.status() == status).count();
	}
}
