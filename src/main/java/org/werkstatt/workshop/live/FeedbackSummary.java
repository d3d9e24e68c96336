package org.werkstatt.workshop.live;

import java.util.ArrayList;
import java.util.List;

/**
 * What the participants said after the event, for the organiser: how many answered, the average rating and
 * how the ratings spread, the answers to "repeat this format?", and every free text.
 */
public record FeedbackSummary(int count, double average, List<RatingCount> ratings, int yes, int no, int unsure,
		List<String> texts) {

	/** How many gave this rating, and their share of all answers in per cent (for the bar beside it). */
	public record RatingCount(int rating, int count, int percent) {
	}

	static FeedbackSummary of(List<Feedback> answers) {
		int[] counts = new int[6];
		int yes = 0;
		int no = 0;
		int unsure = 0;
		long sum = 0;
		List<String> texts = new ArrayList<>();
		for (Feedback answer : answers) {
			counts[answer.rating()]++;
			sum += answer.rating();
			switch (answer.repeat()) {
				case YES -> yes++;
				case NO -> no++;
				case UNSURE -> unsure++;
			}
			if (answer.text() != null && !answer.text().isBlank()) {
				texts.add(answer.text());
			}
		}
		int count = answers.size();
		List<RatingCount> ratings = new ArrayList<>();
		for (int rating = 5; rating >= 1; rating--) {
			ratings.add(new RatingCount(rating, counts[rating],
					count == 0 ? 0 : (int) Math.round(100.0 * counts[rating] / count)));
		}
		return new FeedbackSummary(count, count == 0 ? 0 : (double) sum / count, ratings, yes, no, unsure, texts);
	}
}
