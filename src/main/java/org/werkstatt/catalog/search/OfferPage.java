package org.werkstatt.catalog.search;

import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.werkstatt.platform.web.NotFoundException;

/** The public page of a published offer, {@code /offers/{id}}; a draft, an archived or an unknown offer is not found. */
@Controller
class OfferPage {

	private final PublicOffers offers;
	private final OfferJsonLd jsonLd;
	private final OfferSections sections;

	OfferPage(PublicOffers offers, OfferJsonLd jsonLd, OfferSections sections) {
		this.offers = offers;
		this.jsonLd = jsonLd;
		this.sections = sections;
	}

	@GetMapping("/offers/{id}")
	String offer(@PathVariable UUID id, Locale locale, Model model) {
		PublicOffer offer = offers.find(id, locale).orElseThrow(NotFoundException::new);
		model.addAttribute("offer", offer);
		model.addAttribute("jsonLd", jsonLd.of(offer));
		model.addAttribute("sections", sections.of(offer));
		return "catalog/search/offer";
	}
}
