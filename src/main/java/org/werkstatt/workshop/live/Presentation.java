package org.werkstatt.workshop.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The end-of-day presentation: a title slide with the day's numbers; per wall its top ideas with dots, one
 * slide each, lowest rank first, each naming the ideas merged into it, or for a wall without dots one slide
 * with its ideas; and a closing slide on what happens next.
 */
public final class Presentation {

	public enum Kind {
		TITLE, IDEA, WALL_WITHOUT_DOTS, NEXT
	}

	/**
	 * One slide. {@code idea} and {@code rank} are set on IDEA slides, {@code merged} lists the ideas merged
	 * into it; {@code ideas} are a wall's ideas on a WALL_WITHOUT_DOTS slide, {@code ideaCount} their number.
	 */
	public record Slide(Kind kind, @Nullable Wall wall, @Nullable Idea idea, int rank, int wallNumber, int wallCount,
			List<Idea> merged, List<Idea> ideas, int ideaCount) {

		static Slide of(Kind kind) {
			return new Slide(kind, null, null, 0, 0, 0, List.of(), List.of(), 0);
		}
	}

	/** The day in numbers, for the title slide. */
	public record Facts(int participants, int ideas, int dots, int walls) {
	}

	static final Comparator<Idea> BY_SCORE = Comparator.comparingInt(Idea::score)
		.reversed()
		.thenComparing(Idea::createdAt);

	/** How many ideas a slide of a wall without dots lists. */
	static final int LISTED = 6;

	private Presentation() {
	}

	static Facts facts(List<Wall> walls, List<Idea> ideas, int participants) {
		List<Idea> shown = ideas.stream().filter(Idea::isPublished).toList();
		return new Facts(participants, shown.size(), shown.stream().mapToInt(Idea::dots).sum(), walls.size());
	}

	static List<Slide> slides(List<Wall> walls, List<Idea> ideas, int perWall) {
		List<Slide> slides = new ArrayList<>();
		slides.add(Slide.of(Kind.TITLE));
		int number = 0;
		for (Wall wall : walls) {
			number++;
			List<Idea> onWall = ideas.stream()
				.filter(idea -> idea.wallId().equals(wall.id()) && idea.isPublished() && !idea.isMerged())
				.sorted(BY_SCORE)
				.toList();
			List<Idea> top = onWall.stream().filter(idea -> idea.score() > 0).limit(perWall).toList();
			if (top.isEmpty()) {
				slides.add(new Slide(Kind.WALL_WITHOUT_DOTS, wall, null, 0, number, walls.size(), List.of(),
						onWall.stream().sorted(Comparator.comparing(Idea::createdAt)).limit(LISTED).toList(), onWall.size()));
				continue;
			}
			// counting down: the idea with most dots comes last
			for (int rank = top.size(); rank >= 1; rank--) {
				Idea idea = top.get(rank - 1);
				List<Idea> merged = ideas.stream()
					.filter(other -> idea.id().equals(other.mergedInto()) && other.isPublished())
					.sorted(Comparator.comparing(Idea::createdAt))
					.toList();
				slides.add(new Slide(Kind.IDEA, wall, idea, rank, number, walls.size(), merged, List.of(), onWall.size()));
			}
		}
		slides.add(Slide.of(Kind.NEXT));
		return slides;
	}
}
