package org.werkstatt.catalog;

import java.util.List;

/** What the site's start page shows of the catalog: how many offers are published, and a few with open runs. */
public interface OfferHighlights {

	Highlights highlights(int limit);

	/**
	 * @param published  the number of published offers
	 * @param openOffers up to the limit of published offers with a run open for enrolment, the next start first
	 */
	record Highlights(long published, List<OfferSummary> openOffers) {
	}
}
