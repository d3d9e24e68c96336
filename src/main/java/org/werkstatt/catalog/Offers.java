package org.werkstatt.catalog;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * PLACEHOLDER until catalog-core is merged (its own Offers replaces this file): the catalog's module API as
 * planning expects it.
 */
public interface Offers {

	/** Published offers matching the words, best first, at most {@code limit}. */
	List<OfferSummary> find(String query, int limit);

	/** The published offers among these ids (others left out). */
	List<OfferSummary> byIds(Collection<UUID> ids);
}
