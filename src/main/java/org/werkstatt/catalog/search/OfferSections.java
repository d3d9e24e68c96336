package org.werkstatt.catalog.search;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.werkstatt.catalog.OfferPageSection;
import org.werkstatt.catalog.OfferSummary;

/**
 * The sections other modules add to an offer's page (the plan's measures it implements, the events where it was
 * presented) through {@link OfferPageSection}, in their order.
 */
@Component
class OfferSections {

	private final ObjectProvider<OfferPageSection> sections;

	OfferSections(ObjectProvider<OfferPageSection> sections) {
		this.sections = sections;
	}

	List<OfferPageSection.Section> of(PublicOffer offer) {
		OfferSummary summary = new OfferSummary(offer.id(), offer.title(), offer.shortDescription(), offer.provider().id(),
				offer.provider().name(), "/offers/" + offer.id());
		return sections.orderedStream().flatMap(s -> s.of(summary).stream()).toList();
	}
}
