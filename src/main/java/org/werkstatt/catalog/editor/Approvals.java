package org.werkstatt.catalog.editor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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
import org.werkstatt.catalog.offer.CatalogAccess;
import org.werkstatt.catalog.offer.Editor;
import org.werkstatt.catalog.offer.OfferContent;
import org.werkstatt.catalog.offer.OfferRecord;
import org.werkstatt.catalog.offer.OfferStateException;
import org.werkstatt.catalog.offer.OfferStore;
import org.werkstatt.catalog.offer.OfferVersion;
import org.werkstatt.catalog.offer.VersionState;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.Flash;

/**
 * The catalog owner's approvals: the versions waiting, and one of them against the published version with
 * "approve and publish" and "send back" (with a reason the provider sees). A version that no longer waits (withdrawn,
 * or decided meanwhile) is said so; nothing is decided on it.
 */
@Controller
@RequestMapping("/manage/{slug}/catalog/approvals")
class Approvals {

	/** Why a version is sent back; the provider reads it on the offer. */
	record SendBackForm(@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") String reason) {
	}

	private final OfferStore store;
	private final CatalogAccess access;
	private final WaitingApprovals waiting;
	private final Organisations organisations;
	private final ReaderLabels labels;
	private final CurrentUser currentUser;

	Approvals(OfferStore store, CatalogAccess access, WaitingApprovals waiting, Organisations organisations,
			ReaderLabels labels, CurrentUser currentUser) {
		this.store = store;
		this.access = access;
		this.waiting = waiting;
		this.organisations = organisations;
		this.labels = labels;
		this.currentUser = currentUser;
	}

	@GetMapping
	String list(@PathVariable String slug, Model model) {
		OrganisationSummary owner = access.approver(slug);
		List<WaitingApprovals.Waiting> versions = waiting.of(owner.id());
		model.addAttribute("organisation", owner);
		model.addAttribute("waiting", versions);
		model.addAttribute("providers", organisations.byIds(versions.stream().map(WaitingApprovals.Waiting::providerId).toList()));
		return "catalog/editor/approvals";
	}

	@GetMapping("/{offerId}")
	String show(@PathVariable String slug, @PathVariable UUID offerId, Model model) {
		OrganisationSummary owner = access.approver(slug);
		OfferRecord offer = access.ownedBy(owner, offerId);
		model.addAttribute("sendBack", new SendBackForm(""));
		return page(owner, offer, model);
	}

	@PostMapping("/{offerId}/approve")
	String approve(@PathVariable String slug, @PathVariable UUID offerId, @RequestParam int version,
			@RequestParam(required = false) @Nullable String submitted, RedirectAttributes redirect) {
		OrganisationSummary owner = access.approver(slug);
		OfferRecord offer = access.ownedBy(owner, offerId);
		String refusal = refusal(offer, version, submitted);
		if (refusal != null) {
			Flash.problem(redirect, refusal);
			return "redirect:/manage/" + slug + "/catalog/approvals/" + offerId;
		}
		try {
			store.publish(offerId, version, editor(), seen(submitted));
		}
		catch (OfferStateException decidedMeanwhile) {
			Flash.problem(redirect, problem(decidedMeanwhile));
			return "redirect:/manage/" + slug + "/catalog/approvals/" + offerId;
		}
		Flash.notice(redirect, "catalog.approval.approved");
		return "redirect:/manage/" + slug + "/catalog/approvals";
	}

	@PostMapping("/{offerId}/send-back")
	String sendBack(@PathVariable String slug, @PathVariable UUID offerId, @RequestParam int version,
			@RequestParam(required = false) @Nullable String submitted, @Valid @ModelAttribute("sendBack") SendBackForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OrganisationSummary owner = access.approver(slug);
		OfferRecord offer = access.ownedBy(owner, offerId);
		String refusal = refusal(offer, version, submitted);
		if (refusal != null) {
			Flash.problem(redirect, refusal);
			return "redirect:/manage/" + slug + "/catalog/approvals/" + offerId;
		}
		if (result.hasErrors()) {
			return page(owner, offer, model);
		}
		try {
			store.sendBack(offerId, version, editor(), form.reason(), seen(submitted));
		}
		catch (OfferStateException decidedMeanwhile) {
			Flash.problem(redirect, problem(decidedMeanwhile));
			return "redirect:/manage/" + slug + "/catalog/approvals/" + offerId;
		}
		Flash.notice(redirect, "catalog.approval.sentBack");
		return "redirect:/manage/" + slug + "/catalog/approvals";
	}

	/**
	 * Why a decision on this version cannot be taken, or null: it must be the one waiting, and (when the page
	 * said when it was submitted) not withdrawn and submitted again with other content since the page was read.
	 */
	private @Nullable String refusal(OfferRecord offer, int version, @Nullable String submittedAt) {
		Optional<OfferVersion> waiting = submitted(offer).filter(v -> v.number() == version);
		if (waiting.isEmpty()) {
			return "catalog.approval.notWaiting";
		}
		Instant at = waiting.get().submittedAt();
		// a decision names the submission it was taken on; without that it could publish content nobody read
		if (submittedAt == null || at == null || !String.valueOf(at.toEpochMilli()).equals(submittedAt.strip())) {
			return "catalog.approval.changedMeanwhile";
		}
		return null;
	}

	/** The submission time the page showed (checked before, so it is a number here). */
	private static Instant seen(@Nullable String submitted) {
		return Instant.ofEpochMilli(Long.parseLong(java.util.Objects.requireNonNull(submitted).strip()));
	}

	private static String problem(OfferStateException refused) {
		return refused.messageKey().equals("catalog.offer.error.changedMeanwhile") ? "catalog.approval.changedMeanwhile"
				: "catalog.approval.notWaiting";
	}

	private Optional<OfferVersion> submitted(OfferRecord offer) {
		return store.workingVersion(offer.id()).filter(v -> v.state() == VersionState.SUBMITTED);
	}

	private String page(OrganisationSummary owner, OfferRecord offer, Model model) {
		OfferVersion version = submitted(offer).orElse(null);
		model.addAttribute("organisation", owner);
		model.addAttribute("offer", offer);
		model.addAttribute("version", version);
		if (version != null) {
			OfferContent published = store.publishedContent(offer.id()).orElse(null);
			model.addAttribute("published", published);
			model.addAttribute("diff", OfferDiff.between(published, version.content(), labels.forPage()));
			model.addAttribute("provider", organisations.byId(offer.organisationId()).map(OrganisationSummary::name).orElse("–"));
		}
		return "catalog/editor/approval";
	}

	private Editor editor() {
		return new Editor(currentUser.personId().orElse(null), currentUser.displayName().orElse("–"));
	}
}
