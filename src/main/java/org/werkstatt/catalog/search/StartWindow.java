package org.werkstatt.catalog.search;

/**
 * When a run lets a participant start, the start-window facet: this calendar month, the three months after it,
 * later, or any time (rolling entry). Runs that are cancelled or ended count for none.
 */
enum StartWindow {
	THIS_MONTH, NEXT_THREE_MONTHS, LATER, ROLLING;

	String messageKey() {
		return "catalog.search.start." + name();
	}
}
