package org.werkstatt.cooperation.report;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small-cell suppression of a report's people counts.
 * <ol>
 * <li>Primary: every cell that counts fewer than {@link #THRESHOLD} people (0 included) is suppressed, shown "&lt; 5".</li>
 * <li>Secondary: the cells are bound by sums ({@link Sum}: the parts add up to the total, e.g. women + men +
 * non-binary + not stated = all, or the exit reasons = all exits). A sum gives suppressed cells away by subtraction
 * when exactly one of its cells (a part or the total) is suppressed, or when its total is shown and its suppressed
 * parts together count fewer than {@link #THRESHOLD} people (total minus the shown parts: "the men and the
 * non-binary together are 1"). Then one more cell of that sum is suppressed: the smallest part still shown, or the
 * total when every part is suppressed already. This is repeated over all sums until no sum gives anything away
 * (suppressing a cell can open another sum it belongs to).</li>
 * </ol>
 * Limits, honestly: the rule protects each sum on its own; it does not solve the whole table as a system of
 * equations, so patterns over several rows and columns (an "audit" of a large table) are not checked. The report's
 * tables are small (a handful of rows, five columns) and share only their total rows.
 */
final class Suppression {

	static final int THRESHOLD = 5;

	/** Cells that add up: {@code parts} sum to {@code total}. */
	record Sum(List<String> parts, String total) {
	}

	private Suppression() {
	}

	/** The keys of the cells to show as "&lt; 5". */
	static Set<String> suppressed(Map<String, Integer> counts, List<Sum> sums) {
		Set<String> hidden = new LinkedHashSet<>();
		counts.forEach((key, n) -> {
			if (n < THRESHOLD) {
				hidden.add(key);
			}
		});
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Sum sum : sums) {
				long count = sum.parts().stream().filter(hidden::contains).count() + (hidden.contains(sum.total()) ? 1 : 0);
				int hiddenParts = sum.parts().stream().filter(hidden::contains).mapToInt(p -> counts.getOrDefault(p, 0)).sum();
				boolean givesAway = count == 1 || (count > 0 && !hidden.contains(sum.total()) && hiddenParts < THRESHOLD);
				if (!givesAway) {
					continue;
				}
				String next = sum.parts().stream()
					.filter(p -> !hidden.contains(p))
					.min(Comparator.comparingInt((String p) -> counts.getOrDefault(p, 0)))
					.orElse(sum.total());
				if (hidden.add(next)) {
					changed = true;
				}
			}
		}
		return hidden;
	}
}
