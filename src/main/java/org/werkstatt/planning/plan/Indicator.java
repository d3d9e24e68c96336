package org.werkstatt.planning.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An indicator of a goal (e.g. the integration rate, the change in long-term recipients): its baseline,
 * its target, where the figures come from, and the values measured over time, oldest first.
 */
public record Indicator(UUID id, String name, String unit, @Nullable BigDecimal baseline, @Nullable BigDecimal target,
		@Nullable String source, List<Value> values) {

	public record Value(LocalDate measuredOn, BigDecimal value) {
	}

	public @Nullable Value latest() {
		return values.isEmpty() ? null : values.getLast();
	}

	/** The values as a line chart: the page draws it as SVG and shows the same numbers as a table. */
	public IndicatorChart chart() {
		return IndicatorChart.of(this);
	}
}
