package org.werkstatt.catalog.search;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The sections other modules add to an offer's page (the plan's measures it implements, the events where it was
 * presented) through the catalog's {@code OfferPageSection}; none until that interface is in the catalog's API.
 */
@Component
class OfferSections {

	List<Object> of(PublicOffer offer) {
		return List.of();
	}
}
