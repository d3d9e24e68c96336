package org.werkstatt.workshop.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The end-of-day presentation: per wall, its top ideas with dots, one slide each, lowest rank first. */
public final class Presentation {

	public record Slide(Wall wall, Idea idea, int rank, int wallNumber, int wallCount) {
	}

	static final Comparator<Idea> BY_SCORE = Comparator.comparingInt(Idea::score)
		.reversed()
		.thenComparing(Idea::createdAt);

	private Presentation() {
	}

	static List<Slide> slides(List<Wall> walls, List<Idea> ideas, int perWall) {
		List<Slide> slides = new ArrayList<>();
		int number = 0;
		for (Wall wall : walls) {
			number++;
			List<Idea> top = ideas.stream()
				.filter(idea -> idea.wallId().equals(wall.id()) && idea.isPublished() && !idea.isMerged() && idea.score() > 0)
				.sorted(BY_SCORE)
				.limit(perWall)
				.toList();
			// counting down: the idea with most dots comes last
			for (int rank = top.size(); rank >= 1; rank--) {
				slides.add(new Slide(wall, top.get(rank - 1), rank, number, walls.size()));
			}
		}
		return slides;
	}
}
