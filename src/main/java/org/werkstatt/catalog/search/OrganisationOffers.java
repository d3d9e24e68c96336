package org.werkstatt.catalog.search;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.werkstatt.catalog.OfferSummary;
import org.werkstatt.catalog.Offers;
import org.werkstatt.identity.OrganisationPageSection;
import org.werkstatt.identity.OrganisationSummary;

/** The published offers of an organisation on its public page ({@code /o/{slug}}). */
@Component
@Order(30)
class OrganisationOffers implements OrganisationPageSection {

	private final Offers offers;

	OrganisationOffers(Offers offers) {
		this.offers = offers;
	}

	@Override
	public Optional<Section> of(OrganisationSummary organisation) {
		List<OfferSummary> own = offers.publishedOf(organisation.id());
		return own.isEmpty() ? Optional.empty() : Optional.of(new Section("catalog/search/organisation-offers", own));
	}
}
