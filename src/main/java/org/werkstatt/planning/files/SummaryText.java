package org.werkstatt.planning.files;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.werkstatt.planning.plan.PlanSummary;

/** The summary in words: "80 measures: 31 Done, 38 In progress, 7 Planned, 4 Dropped". */
final class SummaryText {

	private SummaryText() {
	}

	static String of(PlanSummary summary, StatusLabels labels, MessageSource messages, Locale locale) {
		String total = messages.getMessage("files.summary.total", new Object[] { summary.total() }, locale);
		if (summary.counts().isEmpty()) {
			return total;
		}
		return total + ": " + summary.counts()
			.stream()
			.map(count -> count.count() + " " + labels.label(count.status(), locale))
			.collect(Collectors.joining(", "));
	}
}
