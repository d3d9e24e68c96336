package org.werkstatt.planning.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An indicator's values scaled into a {@value #WIDTH}×{@value #HEIGHT} drawing, with the target as a
 * dashed line. Only geometry: the numbers themselves are in the table beside the chart.
 *
 * @param points the polyline's points, "x,y x,y …"
 * @param targetY where the target line goes, or -1 without a target
 */
public record IndicatorChart(String points, List<Dot> dots, double targetY, String low, String high) {

	public static final int WIDTH = 320;
	public static final int HEIGHT = 120;
	private static final int PAD = 10;

	public record Dot(double x, double y) {
	}

	static IndicatorChart of(Indicator indicator) {
		List<Indicator.Value> values = indicator.values();
		double min = Double.MAX_VALUE;
		double max = -Double.MAX_VALUE;
		for (Indicator.Value value : values) {
			min = Math.min(min, value.value().doubleValue());
			max = Math.max(max, value.value().doubleValue());
		}
		BigDecimal target = indicator.target();
		if (target != null) {
			min = Math.min(min, target.doubleValue());
			max = Math.max(max, target.doubleValue());
		}
		if (min > max) {
			return new IndicatorChart("", List.of(), -1, "", "");
		}
		if (max - min < 1e-9) {
			max = min + 1;
		}
		List<Dot> dots = new ArrayList<>();
		StringBuilder points = new StringBuilder();
		int n = values.size();
		for (int i = 0; i < n; i++) {
			double x = n == 1 ? WIDTH / 2.0 : PAD + i * (WIDTH - 2.0 * PAD) / (n - 1);
			double y = y(values.get(i).value().doubleValue(), min, max);
			dots.add(new Dot(round(x), round(y)));
			points.append(points.isEmpty() ? "" : " ").append(format(x)).append(',').append(format(y));
		}
		return new IndicatorChart(points.toString(), dots, target == null ? -1 : round(y(target.doubleValue(), min, max)),
				number(min), number(max));
	}

	private static double y(double value, double min, double max) {
		return HEIGHT - PAD - (value - min) / (max - min) * (HEIGHT - 2.0 * PAD);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String number(@Nullable Double value) {
		return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}
}
