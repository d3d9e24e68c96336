package org.werkstatt.planning.plan;

import org.jspecify.annotations.Nullable;
import org.werkstatt.platform.web.Language;
import org.werkstatt.platform.web.Texts;

/**
 * A status a measure of a plan can have. The four built in are named by the message bundles; the ones
 * a plan's owner adds carry their own name, with a version per language ({@code labels}).
 */
public record MeasureStatus(String code, @Nullable Texts labels, Stage stage, int defaultProgress, int position) {

	public boolean builtIn() {
		return labels == null;
	}

	public String messageKey() {
		return "measure.status." + code;
	}

	/** The own name in the reader's language, else the site default's, else any; null for a built-in status. */
	public @Nullable String label(Language reader, Language siteDefault) {
		return labels == null ? null : labels.in(reader, siteDefault);
	}
}
