package org.werkstatt.catalog.offer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
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
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.SiteTime;

/**
 * A provider's pages for its offers under {@code /manage/{slug}/offers}: the list (with the runs whose places
 * need confirming), an offer's overview with its runs, and the run form (new, change, cancel, reopen, delete,
 * confirm the places in one click). Provider staff and admins of the organisation ({@link CatalogAccess}); an
 * offer or run of another organisation is not found. Writing the offer's content is the editor's
 * ({@code /new}, {@code /{id}/edit}).
 */
@Controller
@RequestMapping("/manage/{slug}/offers")
class OfferPages {

	private final OfferStore offers;
	private final RunStore runs;
	private final CatalogAccess access;
	private final PlacesRule placesRule;
	private final SiteTime siteTime;
	private final CurrentUser currentUser;

	OfferPages(OfferStore offers, RunStore runs, CatalogAccess access, PlacesRule placesRule, SiteTime siteTime,
			CurrentUser currentUser) {
		this.currentUser = currentUser;
		this.offers = offers;
		this.runs = runs;
		this.access = access;
		this.placesRule = placesRule;
		this.siteTime = siteTime;
	}

	/** A run as the provider's pages show it: its status, and its places in words. */
	record RunRow(Run run, RunStatus status, String placesKey, @Nullable Object placesArgument, boolean needsConfirmation,
			boolean confirmable, boolean deletable) {
	}

	/** A run whose places need confirming, with its offer's title. */
	record ConfirmRow(RunRow row, UUID offerId, String offerTitle) {
	}

	@GetMapping
	String list(@PathVariable String slug, Model model) {
		OrganisationSummary organisation = access.editor(slug);
		List<OfferListEntry> entries = offers.ofOrganisation(organisation.id());
		Map<UUID, String> titles = entries.stream().collect(Collectors.toMap(OfferListEntry::id, e -> e.offer().title()));
		List<ConfirmRow> toConfirm = runs.needingConfirmation(organisation.id())
			.stream()
			.map(run -> new ConfirmRow(row(run), run.offerId(), titles.getOrDefault(run.offerId(), "")))
			.toList();
		model.addAttribute("organisation", organisation);
		model.addAttribute("entries", entries);
		model.addAttribute("toConfirm", toConfirm);
		return "catalog/offer/manage-offers";
	}

	@GetMapping("/{id}")
	String overview(@PathVariable String slug, @PathVariable UUID id, Model model) {
		OrganisationSummary organisation = access.editor(slug);
		OfferRecord offer = access.offerOf(organisation, id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("offer", offer);
		model.addAttribute("working", offers.workingVersion(id).orElse(null));
		model.addAttribute("runs", runs.runsOf(id).stream().map(this::row).toList());
		return "catalog/offer/manage-offer";
	}

	@GetMapping("/{id}/runs/new")
	String newRun(@PathVariable String slug, @PathVariable UUID id, Model model) {
		OrganisationSummary organisation = access.editor(slug);
		OfferRecord offer = access.offerOf(organisation, id);
		model.addAttribute("runForm", RunForm.empty());
		return runPage(organisation, offer, null, model);
	}

	@PostMapping("/{id}/runs/new")
	String createRun(@PathVariable String slug, @PathVariable UUID id, @Valid @ModelAttribute("runForm") RunForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OrganisationSummary organisation = access.editor(slug);
		OfferRecord offer = access.offerOf(organisation, id);
		if (form != null) {
			form.check(result);
		}
		if (result.hasErrors() || result.getTarget() == null) {
			return runPage(organisation, offer, null, model);
		}
		runs.create(id, form.details(null));
		Flash.notice(redirect, "catalog.run.saved");
		return "redirect:/manage/" + slug + "/offers/" + id + "#runs";
	}

	@GetMapping("/{id}/runs/{runId}")
	String editRun(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID runId, Model model) {
		OrganisationSummary organisation = access.editor(slug);
		OfferRecord offer = access.offerOf(organisation, id);
		Run run = access.runOf(offer, runId);
		model.addAttribute("runForm", RunForm.of(run));
		return runPage(organisation, offer, run, model);
	}

	@PostMapping("/{id}/runs/{runId}")
	String updateRun(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID runId,
			@Valid @ModelAttribute("runForm") RunForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		OrganisationSummary organisation = access.editor(slug);
		OfferRecord offer = access.offerOf(organisation, id);
		Run run = access.runOf(offer, runId);
		if (form != null) {
			form.check(result);
		}
		if (result.hasErrors() || result.getTarget() == null) {
			return runPage(organisation, offer, run, model);
		}
		try {
			runs.update(runId, form.details(run.externalId()));
		}
		catch (OfferStateException goneMeanwhile) {
			// deleted in another tab since the form was opened
			Flash.problem(redirect, goneMeanwhile.messageKey());
			return "redirect:/manage/" + slug + "/offers/" + id + "#runs";
		}
		Flash.notice(redirect, "catalog.run.saved");
		return "redirect:/manage/" + slug + "/offers/" + id + "#runs";
	}

	@PostMapping("/{id}/runs/{runId}/cancel")
	String cancelRun(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID runId,
			@Valid @ModelAttribute("cancelForm") CancelForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = access.editor(slug);
		OfferRecord offer = access.offerOf(organisation, id);
		Run run = access.runOf(offer, runId);
		if (result.hasErrors()) {
			model.addAttribute("runForm", RunForm.of(run));
			return runPage(organisation, offer, run, model);
		}
		return act(redirect, slug, id, "catalog.run.cancelled", () -> runs.cancel(runId, form.reason()));
	}

	@PostMapping("/{id}/runs/{runId}/reopen")
	String reopenRun(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID runId,
			RedirectAttributes redirect) {
		OfferRecord offer = access.offerOf(access.editor(slug), id);
		access.runOf(offer, runId);
		return act(redirect, slug, id, "catalog.run.reopened", () -> runs.reopen(runId));
	}

	@PostMapping("/{id}/runs/{runId}/delete")
	String deleteRun(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID runId,
			RedirectAttributes redirect) {
		OfferRecord offer = access.offerOf(access.editor(slug), id);
		access.runOf(offer, runId);
		return act(redirect, slug, id, "catalog.run.deleted", () -> runs.delete(runId));
	}

	/** "The places are still correct": confirms them as they are, from the list or the overview. */
	@PostMapping("/{id}/runs/{runId}/confirm")
	String confirmPlaces(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID runId,
			@RequestParam(required = false) @Nullable String back, RedirectAttributes redirect) {
		OfferRecord offer = access.offerOf(access.editor(slug), id);
		access.runOf(offer, runId);
		String target = "list".equals(back) ? "redirect:/manage/" + slug + "/offers#confirm" : null;
		String done = act(redirect, slug, id, "catalog.run.confirmed", () -> runs.confirmPlaces(runId, Instant.now()));
		return target != null ? target : done;
	}

	/** Takes the offer off the catalog: public pages, search and open data no longer show it; it is kept. */
	@PostMapping("/{id}/archive")
	String archive(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
		OfferRecord offer = access.offerOf(access.editor(slug), id);
		act(redirect, slug, id, "catalog.offer.archived", () -> offers.archive(offer.id(), editor()));
		return "redirect:/manage/" + slug + "/offers/" + id;
	}

	@PostMapping("/{id}/unarchive")
	String unarchive(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
		OfferRecord offer = access.offerOf(access.editor(slug), id);
		act(redirect, slug, id, "catalog.offer.unarchived", () -> offers.unarchive(offer.id(), editor()));
		return "redirect:/manage/" + slug + "/offers/" + id;
	}

	/** Gives up the change in work; the published version stays. */
	@PostMapping("/{id}/discard")
	String discard(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
		OfferRecord offer = access.offerOf(access.editor(slug), id);
		act(redirect, slug, id, "catalog.offer.discarded", () -> offers.discardDraft(offer.id(), editor()));
		return "redirect:/manage/" + slug + "/offers/" + id;
	}

	/** Deletes an offer that was never published, with its versions and runs. */
	@PostMapping("/{id}/delete")
	String delete(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
		OfferRecord offer = access.offerOf(access.editor(slug), id);
		try {
			offers.deleteDraft(offer.id());
		}
		catch (OfferStateException refused) {
			Flash.problem(redirect, refused.messageKey());
			return "redirect:/manage/" + slug + "/offers/" + id;
		}
		Flash.notice(redirect, "catalog.offer.deleted");
		return "redirect:/manage/" + slug + "/offers";
	}

	private Editor editor() {
		return new Editor(currentUser.personId().orElse(null), currentUser.displayName().orElse("–"));
	}

	private static String act(RedirectAttributes redirect, String slug, UUID id, String notice, Runnable action) {
		try {
			action.run();
			Flash.notice(redirect, notice);
		}
		catch (OfferStateException refused) {
			Flash.problem(redirect, refused.messageKey());
		}
		return "redirect:/manage/" + slug + "/offers/" + id + "#runs";
	}

	private String runPage(OrganisationSummary organisation, OfferRecord offer, @Nullable Run run, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("offer", offer);
		model.addAttribute("run", run);
		model.addAttribute("row", run == null ? null : row(run));
		if (!model.containsAttribute("cancelForm")) {
			model.addAttribute("cancelForm", new CancelForm(""));
		}
		return "catalog/offer/manage-run";
	}

	RunRow row(Run run) {
		Places places = placesRule.places(run);
		Object argument = switch (places.messageKey()) {
			case "catalog.run.places.count" -> places.count();
			case "catalog.run.places.staleSince" -> places.confirmedAt() == null ? null
					: siteTime.day(placesRule.day(places.confirmedAt()));
			default -> null;
		};
		RunStatus status = placesRule.status(run);
		boolean takesPeople = status == RunStatus.PLANNED || status == RunStatus.OPEN || status == RunStatus.FULL
				|| status == RunStatus.RUNNING && run.rollingEntry();
		// a run that started (or ended, or was cancelled) takes nobody: its places no longer say anything
		String key = takesPeople ? places.messageKey() : "catalog.run.places.notApplicable";
		return new RunRow(run, status, key, takesPeople ? argument : null, placesRule.needsConfirmation(run),
				places.stated() && takesPeople, !run.started(placesRule.today()));
	}
}
