package org.werkstatt.planning.plan;

import org.jspecify.annotations.Nullable;

/**
 * A status a measure of a plan can have. The four built in are named by the message bundles; the ones
 * a plan's owner adds carry their own label.
 */
public record MeasureStatus(String code, @Nullable String label, Stage stage, int defaultProgress, int position) {

	public boolean builtIn() {
		return label == null;
	}

	public String messageKey() {
		return "measure.status." + code;
	}
}
