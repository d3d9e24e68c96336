package org.werkstatt.catalog;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The catalog's published offers, as other modules may read them (archived and draft offers never). */
public interface Offers {

	/** The published offers among these ids, by title; ids of others are left out. */
	List<OfferSummary> published(Collection<UUID> ids);

	/** The organisation's published offers, by title. */
	List<OfferSummary> publishedOf(UUID organisationId);

	/** Published offers whose title matches the words typed (for pickers), best first; empty query: none. */
	List<OfferSummary> find(String query, int limit);

	/** The modules of a published offer in their order; empty when the offer is not published or has none. */
	List<OfferModule> modules(UUID offerId);
}
