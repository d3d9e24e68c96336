package org.werkstatt.cooperation.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A report's figures as shown and as frozen on submission (stored as JSON): the people counts with every
 * suppressed cell {@code null} (the real number is never stored), the attendance rate per column in percent
 * ({@code null} where its people count is suppressed or nobody's month was submitted), and the months of the period
 * whose attendance was not submitted for everyone who took part then.
 */
record Figures(LocalDate from, LocalDate to, Map<String, @Nullable Integer> counts, Map<String, @Nullable Double> rates,
		List<String> missingMonths, Instant generatedAt) {

	/** Suppresses the raw counts (see {@link Suppression}) and keeps only what may be shown. */
	static Figures of(LocalDate from, LocalDate to, Map<String, Integer> raw, Map<String, Double> rawRates,
			List<String> missingMonths, Instant at) {
		Set<String> hidden = Suppression.suppressed(raw, ReportLayout.sums());
		Map<String, @Nullable Integer> counts = new LinkedHashMap<>();
		raw.forEach((key, n) -> counts.put(key, hidden.contains(key) ? null : n));
		Map<String, @Nullable Double> rates = new LinkedHashMap<>();
		for (String column : ReportLayout.COLUMNS) {
			String key = ReportLayout.cell("attendance", column);
			Double rate = rawRates.get(column);
			rates.put(column, hidden.contains(key) || rate == null ? null : Math.round(rate * 1000) / 10.0);
		}
		return new Figures(from, to, counts, rates, List.copyOf(missingMonths), at);
	}

	boolean suppressed(String row, String column) {
		return counts.get(ReportLayout.cell(row, column)) == null;
	}

	@Nullable Integer count(String row, String column) {
		return counts.get(ReportLayout.cell(row, column));
	}

	public boolean complete() {
		return missingMonths.isEmpty();
	}
}
