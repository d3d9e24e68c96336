package org.werkstatt.catalog.editor;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.catalog.offer.Accessibility;
import org.werkstatt.catalog.offer.CatalogAccess;
import org.werkstatt.catalog.offer.Editor;
import org.werkstatt.catalog.offer.Format;
import org.werkstatt.catalog.offer.Funding;
import org.werkstatt.catalog.offer.OfferContent;
import org.werkstatt.catalog.offer.OfferRecord;
import org.werkstatt.catalog.offer.OfferStateException;
import org.werkstatt.catalog.offer.OfferStore;
import org.werkstatt.catalog.offer.OfferVersion;
import org.werkstatt.catalog.offer.TargetGroup;
import org.werkstatt.catalog.offer.TimeModel;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.platform.web.Choice;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.platform.web.SiteLanguage;
import org.werkstatt.platform.web.SiteTime;

/**
 * The provider's editor of an offer: a new one (with the catalog's owner that approves it) and a change of an
 * existing one, saved as a draft or submitted for approval. "More rows" shows the form again with empty module
 * or contact rows, keeping everything typed; so does every field error. An offer of another organisation is not
 * found, and nothing is stored.
 */
@Controller
@RequestMapping("/manage/{slug}/offers")
class OfferEditor {

	private final OfferStore store;
	private final CatalogAccess access;
	private final SiteLegalBases legalBases;
	private final CurrentUser currentUser;
	private final SiteLanguage siteLanguage;
	private final SiteTime siteTime;

	OfferEditor(OfferStore store, CatalogAccess access, SiteLegalBases legalBases, CurrentUser currentUser,
			SiteLanguage siteLanguage, SiteTime siteTime) {
		this.store = store;
		this.access = access;
		this.legalBases = legalBases;
		this.currentUser = currentUser;
		this.siteLanguage = siteLanguage;
		this.siteTime = siteTime;
	}

	@GetMapping("/new")
	String newOffer(@PathVariable String slug, Model model) {
		OrganisationSummary organisation = access.editor(slug);
		List<OrganisationSummary> owners = access.ownersFor(organisation.id());
		OfferForm form = new OfferForm();
		form.setLanguage(siteLanguage.siteDefault().code());
		if (!owners.isEmpty()) {
			form.setOwnerId(owners.getFirst().id().toString());
		}
		OfferForms.emptyRows(form, 0, 0);
		model.addAttribute("offerForm", form);
		return page(organisation, null, null, owners, List.of(), model);
	}

	@PostMapping("/new")
	String create(@PathVariable String slug, @Valid @ModelAttribute("offerForm") OfferForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		OrganisationSummary organisation = access.editor(slug);
		List<OrganisationSummary> owners = access.ownersFor(organisation.id());
		if (moreRows(action, form, result, model)) {
			return page(organisation, null, null, owners, List.of(), model);
		}
		List<String> allowed = codes(List.of());
		OfferForms.check(form, allowed, owners.stream().map(OrganisationSummary::id).toList(), today(), result);
		if (result.hasErrors()) {
			OfferForms.emptyRows(form, 0, 0);
			return page(organisation, null, null, owners, List.of(), model);
		}
		OfferContent content = OfferForms.content(form, Set.of());
		UUID owner = UUID.fromString(String.valueOf(form.getOwnerId()).strip());
		UUID id = store.create(organisation.id(), owner, content, editor(), null);
		return saved(slug, id, action, redirect);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable String slug, @PathVariable UUID id, Model model) {
		OrganisationSummary organisation = access.editor(slug);
		OfferRecord offer = access.offerOf(organisation, id);
		Optional<OfferVersion> working = store.workingVersion(id);
		OfferContent content = working.map(OfferVersion::content)
			.or(() -> store.publishedContent(id))
			.orElseThrow(NotFoundException::new);
		OfferForm form = OfferForms.form(content);
		OfferForms.emptyRows(form, 0, 0);
		model.addAttribute("offerForm", form);
		return page(organisation, offer, working.orElse(null), null, content.legalBases(), model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable String slug, @PathVariable UUID id, @Valid @ModelAttribute("offerForm") OfferForm form,
			BindingResult result, @RequestParam(defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = access.editor(slug);
		OfferRecord offer = access.offerOf(organisation, id);
		Optional<OfferVersion> working = store.workingVersion(id);
		Optional<OfferContent> published = store.publishedContent(id);
		List<String> chosen = Stream.concat(working.stream().map(OfferVersion::content), published.stream())
			.flatMap(c -> c.legalBases().stream())
			.distinct()
			.toList();
		if (moreRows(action, form, result, model)) {
			return page(organisation, offer, working.orElse(null), null, chosen, model);
		}
		OfferForms.check(form, codes(chosen), null, today(), result);
		if (result.hasErrors()) {
			OfferForms.emptyRows(form, 0, 0);
			return page(organisation, offer, working.orElse(null), null, chosen, model);
		}
		Set<UUID> moduleIds = new HashSet<>();
		Stream.concat(working.stream().map(OfferVersion::content), published.stream())
			.forEach(c -> c.modules().forEach(m -> moduleIds.add(m.id())));
		try {
			store.saveDraft(id, OfferForms.content(form, moduleIds), editor());
		}
		catch (OfferStateException refused) {
			model.addAttribute(Flash.PROBLEM, refused.messageKey());
			OfferForms.emptyRows(form, 0, 0);
			return page(organisation, offer, working.orElse(null), null, chosen, model);
		}
		return saved(slug, id, action, redirect);
	}

	/**
	 * Handles "more rows": the form again with the rows in their order and more empty ones. Errors of fields the
	 * person has not asked to check yet are not shown; a number that could not be read keeps its error (and the
	 * rows their places, so that it stays next to its field).
	 */
	private static boolean moreRows(String action, OfferForm form, BindingResult result, Model model) {
		boolean modules = "moreModules".equals(action);
		if (!modules && !"moreContacts".equals(action)) {
			return false;
		}
		boolean unreadable = result.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure);
		if (!unreadable) {
			OfferForms.tidy(form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "offerForm", new BeanPropertyBindingResult(form, "offerForm"));
		}
		OfferForms.emptyRows(form, modules ? OfferForms.MORE_ROWS : 0, modules ? 0 : OfferForms.MORE_ROWS);
		return true;
	}

	private String saved(String slug, UUID id, String action, RedirectAttributes redirect) {
		if ("submit".equals(action)) {
			try {
				store.submit(id, editor());
				Flash.notice(redirect, "catalog.editor.submitted");
			}
			catch (OfferStateException refused) {
				Flash.problem(redirect, refused.messageKey());
			}
		}
		else {
			Flash.notice(redirect, "catalog.editor.saved");
		}
		return "redirect:/manage/" + slug + "/offers/" + id;
	}

	private List<String> codes(List<String> chosen) {
		return legalBases.choices(chosen).stream().map(SiteLegalBases.Option::code).toList();
	}

	private LocalDate today() {
		return LocalDate.now(siteTime.zone());
	}

	private Editor editor() {
		return new Editor(currentUser.personId().orElse(null), currentUser.displayName().orElse("–"));
	}

	private String page(OrganisationSummary organisation, @Nullable OfferRecord offer, @Nullable OfferVersion working,
			@Nullable List<OrganisationSummary> owners, List<String> chosen, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("offer", offer);
		model.addAttribute("working", working);
		model.addAttribute("owners", owners == null ? null : Choice.of(owners, OrganisationSummary::id, OrganisationSummary::name));
		model.addAttribute("languages", OfferForms.LANGUAGES);
		model.addAttribute("legalBasisOptions", legalBases.choices(chosen));
		model.addAttribute("targetGroupValues", TargetGroup.values());
		model.addAttribute("fundingValues", Funding.values());
		model.addAttribute("accessibilityValues", Accessibility.values());
		model.addAttribute("formatValues", Format.values());
		model.addAttribute("timeModelValues", TimeModel.values());
		return "catalog/editor/edit";
	}
}
