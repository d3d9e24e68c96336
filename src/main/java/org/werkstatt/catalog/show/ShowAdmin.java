package org.werkstatt.catalog.show;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.catalog.OfferSummary;
import org.werkstatt.catalog.Offers;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.workshop.EventSummary;

/**
 * The organiser's product show of an event ({@code /manage/{slug}/events/{eventId}/offers}): pick published
 * offers of the catalog with a search, say who presents each, when and at which stand, reorder and remove
 * them (the picker searches through the catalog's {@link Offers#find}), and see how many visitors marked interest in each (counts only; the contacts are the provider's).
 */
@Controller
@RequestMapping("/manage/{slug}/events/{eventId}/offers")
class ShowAdmin {

	static final int CHOICES = 20;

	private final ShowAccess access;
	private final ShowStore shows;
	private final Organisations organisations;
	private final Offers offers;
	private final MessageSource messages;

	ShowAdmin(ShowAccess access, ShowStore shows, Organisations organisations, Offers offers, MessageSource messages) {
		this.offers = offers;
		this.messages = messages;
		this.access = access;
		this.shows = shows;
		this.organisations = organisations;
	}

	@GetMapping
	String page(@PathVariable String slug, @PathVariable UUID eventId, @RequestParam(required = false) @Nullable String q,
			Model model) {
		OrganisationSummary organisation = access.organiser(slug);
		EventSummary event = access.event(organisation, eventId);
		model.addAttribute("showForm", ShowForm.empty());
		return page(organisation, event, q, model);
	}

	@PostMapping
	String add(@PathVariable String slug, @PathVariable UUID eventId, @RequestParam(required = false) @Nullable String q,
			@Valid @ModelAttribute("showForm") ShowForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = access.organiser(slug);
		EventSummary event = access.event(organisation, eventId);
		Optional<UUID> offerId = uuid(form.offerId());
		if (form.offerId() == null || form.offerId().isBlank()) {
			result.rejectValue("offerId", "catalog.show.chooseOffer");
		}
		else if (offerId.isEmpty()) {
			result.rejectValue("offerId", "catalog.show.offerNotPublished");
		}
		if (result.hasErrors()) {
			return page(organisation, event, q, model);
		}
		if (shows.of(eventId).stream().anyMatch(e -> e.offerId().equals(offerId.get()))) {
			result.rejectValue("offerId", "catalog.show.alreadyInShow");
			return page(organisation, event, q, model);
		}
		if (!shows.add(eventId, offerId.get(), ShowForm.clean(form.presenter()), ShowForm.clean(form.slot()),
				ShowForm.clean(form.stand()))) {
			result.rejectValue("offerId", "catalog.show.offerNotPublished");
			return page(organisation, event, q, model);
		}
		Flash.notice(redirect, "catalog.show.added");
		return back(slug, eventId);
	}

	@PostMapping("/{offerId}")
	String update(@PathVariable String slug, @PathVariable UUID eventId, @PathVariable UUID offerId,
			@Valid @ModelAttribute("entryForm") ShowForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = access.organiser(slug);
		EventSummary event = access.event(organisation, eventId);
		ShowEntry entry = entry(eventId, offerId);
		if (result.hasErrors()) {
			model.addAttribute("showForm", ShowForm.empty());
			model.addAttribute("editing", entry.offerId());
			model.addAttribute("editErrors", result.getFieldErrors()
				.stream()
				.collect(java.util.stream.Collectors.toMap(org.springframework.validation.FieldError::getField,
						error -> messages.getMessage(error, LocaleContextHolder.getLocale()), (a, b) -> a)));
			return page(organisation, event, null, model);
		}
		shows.update(eventId, offerId, ShowForm.clean(form.presenter()), ShowForm.clean(form.slot()),
				ShowForm.clean(form.stand()));
		Flash.notice(redirect, "catalog.show.saved");
		return back(slug, eventId);
	}

	@PostMapping("/{offerId}/up")
	String up(@PathVariable String slug, @PathVariable UUID eventId, @PathVariable UUID offerId) {
		return move(slug, eventId, offerId, -1);
	}

	@PostMapping("/{offerId}/down")
	String down(@PathVariable String slug, @PathVariable UUID eventId, @PathVariable UUID offerId) {
		return move(slug, eventId, offerId, 1);
	}

	@PostMapping("/{offerId}/remove")
	String remove(@PathVariable String slug, @PathVariable UUID eventId, @PathVariable UUID offerId,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = access.organiser(slug);
		access.event(organisation, eventId);
		entry(eventId, offerId);
		shows.remove(eventId, offerId);
		Flash.notice(redirect, "catalog.show.removed");
		return back(slug, eventId);
	}

	private String move(String slug, UUID eventId, UUID offerId, int direction) {
		OrganisationSummary organisation = access.organiser(slug);
		access.event(organisation, eventId);
		entry(eventId, offerId);
		shows.move(eventId, offerId, direction);
		return back(slug, eventId) + "#show-" + offerId;
	}

	private String page(OrganisationSummary organisation, EventSummary event, @Nullable String q, Model model) {
		List<ShowEntry> entries = shows.of(event.id());
		String query = q == null ? "" : q.strip();
		List<OfferSummary> choices = offers.find(query, CHOICES);
		Map<UUID, Integer> counts = shows.interestCounts(event.id());
		model.addAttribute("organisation", organisation);
		model.addAttribute("event", event);
		model.addAttribute("entries", entries);
		model.addAttribute("counts", counts);
		model.addAttribute("total", counts.values().stream().mapToInt(Integer::intValue).sum());
		model.addAttribute("q", query);
		model.addAttribute("choices", choices);
		model.addAttribute("inShow", entries.stream().map(ShowEntry::offerId).toList());
		model.addAttribute("providers", providers(entries.stream().map(ShowEntry::organisationId).toList()));
		model.addAttribute("addFailed", model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + "showForm")
				&& ((BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "showForm")).hasErrors());
		if (!model.containsAttribute("editing")) {
			model.addAttribute("editing", null);
			model.addAttribute("editErrors", Map.of());
		}
		return "catalog/show/manage";
	}

	private Map<UUID, String> providers(Collection<UUID> ids) {
		return organisations.byIds(ids.stream().distinct().toList())
			.values()
			.stream()
			.collect(java.util.stream.Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
	}

	private ShowEntry entry(UUID eventId, UUID offerId) {
		return shows.of(eventId).stream().filter(e -> e.offerId().equals(offerId)).findFirst()
			.orElseThrow(NotFoundException::new);
	}

	private static String back(String slug, UUID eventId) {
		return "redirect:/manage/" + slug + "/events/" + eventId + "/offers";
	}

	static Optional<UUID> uuid(@Nullable String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}
}
