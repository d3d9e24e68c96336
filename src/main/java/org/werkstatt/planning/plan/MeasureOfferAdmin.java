package org.werkstatt.planning.plan;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.werkstatt.catalog.OfferSummary;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;

/**
 * Links and unlinks the catalog's offers that implement a measure, from the measure's editor (the search is
 * the editor's own page, {@code ?offerQuery=}). Whoever may change the measure may link; only an offer that
 * is published now can be linked: any other id, forged or taken off the catalog meanwhile, is refused with a
 * message and nothing is stored.
 */
@Controller
@RequestMapping("/manage/{slug}/measures/{id}/offers")
class MeasureOfferAdmin {

	private final MeasureStore store;
	private final PlanAccess access;
	private final Measures measures;
	private final OfferLinks offers;
	private final CurrentUser currentUser;

	MeasureOfferAdmin(MeasureStore store, PlanAccess access, Measures measures, OfferLinks offers,
			CurrentUser currentUser) {
		this.store = store;
		this.access = access;
		this.measures = measures;
		this.offers = offers;
		this.currentUser = currentUser;
	}

	@PostMapping
	String link(@PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) @Nullable String offer,
			@RequestParam(required = false) @Nullable String offerQuery, RedirectAttributes redirect) {
		Measure measure = changeable(slug, id);
		Optional<OfferSummary> published = uuid(offer).flatMap(offers::publishedOffer);
		if (published.isEmpty()) {
			Flash.problem(redirect, "planning.offers.unknown");
		}
		else if (measures.linkOffer(measure, published.get().id(), published.get().title(), editor())) {
			Flash.notice(redirect, "planning.offers.linked");
		}
		else {
			Flash.notice(redirect, "planning.offers.alreadyLinked");
		}
		return back(slug, id, offerQuery);
	}

	@PostMapping("/{offerId}/remove")
	String unlink(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID offerId,
			RedirectAttributes redirect) {
		Measure measure = changeable(slug, id);
		if (!measures.unlinkOffer(measure, offerId, editor())) {
			throw new NotFoundException();
		}
		Flash.notice(redirect, "planning.offers.unlinked");
		return back(slug, id, null);
	}

	/** The measure, if the signed-in person may change it for the organisation (as in the measure's editor). */
	private Measure changeable(String slug, UUID id) {
		OrganisationSummary organisation = access.planner(slug);
		Measure measure = store.find(id).orElseThrow(NotFoundException::new);
		Plan plan = access.contributable(organisation, measure.planId());
		if (!access.mayChange(organisation, plan, measure)) {
			throw new NotFoundException();
		}
		return measure;
	}

	private Editor editor() {
		return new Editor(currentUser.personId().orElse(null), currentUser.displayName().orElse("–"));
	}

	/** Back to the editor's offers, with the search that was shown (the results stay). */
	private static String back(String slug, UUID id, @Nullable String query) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/manage/{slug}/measures/{id}");
		if (query != null && !query.isBlank() && query.strip().length() <= OfferLinks.MAX_QUERY) {
			uri.queryParam("offerQuery", query.strip());
		}
		return "redirect:" + uri.fragment("offers").buildAndExpand(slug, id).encode().toUriString();
	}

	private static Optional<UUID> uuid(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}
}
