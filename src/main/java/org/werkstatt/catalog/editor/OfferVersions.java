package org.werkstatt.catalog.editor;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.werkstatt.catalog.offer.CatalogAccess;
import org.werkstatt.catalog.offer.OfferRecord;
import org.werkstatt.catalog.offer.OfferStore;
import org.werkstatt.catalog.offer.OfferVersion;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.platform.web.NotFoundException;

/** Every version of an offer for its provider: who wrote it when, who decided and why; each against the one before. */
@Controller
@RequestMapping("/manage/{slug}/offers/{id}/versions")
class OfferVersions {

	private final OfferStore store;
	private final CatalogAccess access;
	private final ReaderLabels labels;

	OfferVersions(OfferStore store, CatalogAccess access, ReaderLabels labels) {
		this.store = store;
		this.access = access;
		this.labels = labels;
	}

	@GetMapping
	String list(@PathVariable String slug, @PathVariable UUID id, Model model) {
		OrganisationSummary organisation = access.editor(slug);
		OfferRecord offer = access.offerOf(organisation, id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("offer", offer);
		model.addAttribute("versions", store.versions(id));
		return "catalog/editor/versions";
	}

	@GetMapping("/{number}")
	String show(@PathVariable String slug, @PathVariable UUID id, @PathVariable int number, Model model) {
		OrganisationSummary organisation = access.editor(slug);
		OfferRecord offer = access.offerOf(organisation, id);
		List<OfferVersion> versions = store.versions(id);
		OfferVersion version = versions.stream().filter(v -> v.number() == number).findFirst().orElseThrow(NotFoundException::new);
		OfferVersion previous = versions.stream()
			.filter(v -> v.number() < number)
			.max(java.util.Comparator.comparingInt(OfferVersion::number))
			.orElse(null);
		model.addAttribute("organisation", organisation);
		model.addAttribute("offer", offer);
		model.addAttribute("version", version);
		model.addAttribute("previous", previous == null ? null : previous.number());
		model.addAttribute("diff", OfferDiff.between(previous == null ? null : previous.content(), version.content(), labels.forPage()));
		return "catalog/editor/version";
	}
}
