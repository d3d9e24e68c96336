package org.werkstatt.planning.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.werkstatt.planning.plan.PlanSummary;
import org.werkstatt.planning.plan.Stage;
import org.werkstatt.planning.plan.StatusCount;

/**
 * One part of the widget's bar: where it starts and how wide it is (in percent of the bar, as SVG attributes,
 * since the page may not carry inline styles), its colour by stage, and the numbers the table beside it shows.
 */
record WidgetBar(String label, int count, int percent, double x, double width, String colour) {

	static List<WidgetBar> of(PlanSummary summary, StatusLabels labels, Locale locale) {
		List<WidgetBar> bars = new ArrayList<>();
		for (PlanSummary.Segment segment : summary.segments()) {
			StatusCount count = segment.count();
			bars.add(new WidgetBar(labels.label(count.status(), locale), count.count(), count.percent(), segment.x(),
					segment.width(), colour(count.status().stage())));
		}
		return bars;
	}

	/** Colours with at least 3:1 contrast against white, told apart by the table too, never by colour alone. */
	static String colour(Stage stage) {
		return switch (stage) {
			case PLANNED -> "#6b7280";
			case ACTIVE -> "#0b5fa5";
			case DONE -> "#1a7f37";
			case DROPPED -> "#a4262c";
		};
	}
}
