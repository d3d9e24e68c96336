package org.werkstatt.planning.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.werkstatt.catalog.OfferPageSection;
import org.werkstatt.catalog.OfferSummary;

/**
 * The plan measures an offer implements, on the offer's public page: published measures of public plans only,
 * as the public measure page shows them (a measure of an internal or draft plan, or one made by a decision not
 * yet published, stays hidden).
 */
@Component
@Order(10)
class OfferMeasures implements OfferPageSection {

	private final MeasureOffers links;

	OfferMeasures(MeasureOffers links) {
		this.links = links;
	}

	@Override
	public Optional<Section> of(OfferSummary offer) {
		List<MeasureOffers.PublicMeasure> measures = links.publicMeasuresOf(offer.id());
		return measures.isEmpty() ? Optional.empty() : Optional.of(new Section("planning/plan/offer-measures", measures));
	}
}
