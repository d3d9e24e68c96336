package org.werkstatt.planning.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How many measures a plan has, and how many in each status ("80 recommendations: 31 done, 38 in
 * progress, 7 planned, 4 dropped"), in the plan's order of statuses; statuses without measures are
 * left out. The chart and the table beside it show the same numbers.
 */
public record PlanSummary(int total, List<StatusCount> counts) {

	public static PlanSummary of(List<MeasureStatus> statuses, Map<String, Integer> counts) {
		int total = counts.values().stream().mapToInt(Integer::intValue).sum();
		List<StatusCount> rows = new ArrayList<>();
		for (MeasureStatus status : statuses) {
			int count = counts.getOrDefault(status.code(), 0);
			if (count > 0) {
				rows.add(new StatusCount(status, count, total == 0 ? 0 : Math.round(count * 100f / total)));
			}
		}
		return new PlanSummary(total, rows);
	}

	/** A status's part of the summary bar: where it starts and how wide it is, in percent of the whole. */
	public record Segment(StatusCount count, double x, double width) {
	}

	public List<Segment> segments() {
		List<Segment> segments = new ArrayList<>();
		double x = 0;
		for (StatusCount count : counts) {
			double width = total == 0 ? 0 : count.count() * 100.0 / total;
			segments.add(new Segment(count, Math.round(x * 100) / 100.0, Math.round(width * 100) / 100.0));
			x += width;
		}
		return segments;
	}

	/** The measures in one stage (e.g. all done ones, whatever their status is called). */
	public int inStage(Stage stage) {
		return counts.stream().filter(c -> c.status().stage() == stage).mapToInt(StatusCount::count).sum();
	}
}
