package org.werkstatt.planning.files;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.planning.plan.Editor;
import org.werkstatt.planning.plan.Plan;
import org.werkstatt.planning.plan.PlanAccess;
import org.werkstatt.planning.plan.PlanStore;
import org.werkstatt.platform.files.FileProblem;
import org.werkstatt.platform.files.ImportLimits;
import org.werkstatt.platform.web.Flash;

/**
 * Importing measures into a plan, for admins and planners of its owner: upload ({@code …/import}), preview
 * with every row's problems ({@code …/import/{previewId}}), confirm (a post to the preview). A file that
 * was read is answered with a redirect to its preview; one that was refused with the page and the reason.
 */
@Controller
@RequestMapping("/manage/{slug}/plans/{planId}/import")
class ImportPages {

	private final PlanAccess access;
	private final Imports imports;
	private final PlanStore plans;
	private final StatusLabels statusLabels;
	private final CurrentUser currentUser;
	private final MessageSource messages;

	ImportPages(PlanAccess access, Imports imports, PlanStore plans, StatusLabels statusLabels, CurrentUser currentUser,
			MessageSource messages) {
		this.access = access;
		this.imports = imports;
		this.plans = plans;
		this.statusLabels = statusLabels;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	/** The upload form; {@code ?tooLarge} after {@link ImportSizeFilter} refused a file by its length. */
	@GetMapping
	String upload(@PathVariable String slug, @PathVariable UUID planId,
			@RequestParam(name = "tooLarge", required = false) @Nullable String tooLarge, Model model, Locale locale) {
		OrganisationSummary organisation = access.planner(slug);
		if (tooLarge != null) {
			model.addAttribute("fileError", messages.getMessage("files.error.tooLarge", new Object[] { ImportLimits.megabytes() }, locale));
		}
		return uploadPage(organisation, access.owned(organisation, planId), model, locale);
	}

	private String uploadPage(OrganisationSummary organisation, Plan plan, Model model, Locale locale) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("plan", plan);
		model.addAttribute("maxMegabytes", ImportLimits.megabytes());
		model.addAttribute("maxBytes", ImportLimits.MAX_BYTES);
		model.addAttribute("maxRows", ImportLimits.MAX_ROWS);
		model.addAttribute("statuses", plans.statuses(plan.id()).stream().map(s -> statusLabels.label(s, locale)).toList());
		model.addAttribute("columns", ColumnHelp.all(messages));
		model.addAttribute("pageScript", "/js/import.js");
		return "planning/files/import";
	}

	@PostMapping
	String read(@PathVariable String slug, @PathVariable UUID planId,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model, Locale locale)
			throws IOException {
		OrganisationSummary organisation = access.planner(slug);
		Plan plan = access.owned(organisation, planId);
		String base = "redirect:/manage/" + slug + "/plans/" + plan.id() + "/import";
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			model.addAttribute("fileError", messages.getMessage("files.error.noFile", null, locale));
			return uploadPage(organisation, plan, model, locale);
		}
		try {
			byte[] bytes = file.getSize() > ImportLimits.MAX_BYTES ? new byte[ImportLimits.MAX_BYTES + 1] : file.getBytes();
			UUID preview = imports.upload(organisation, plan, currentUser.personId().orElse(null),
					file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), bytes);
			return base + "/" + preview;
		}
		catch (FileProblem problem) {
			model.addAttribute("fileError", problem.text(messages, locale));
			return uploadPage(organisation, plan, model, locale);
		}
	}

	@GetMapping("/{previewId}")
	String preview(@PathVariable String slug, @PathVariable UUID planId, @PathVariable UUID previewId, Model model,
			RedirectAttributes redirect, Locale locale) {
		OrganisationSummary organisation = access.planner(slug);
		Plan plan = access.owned(organisation, planId);
		return imports.preview(previewId, organisation, plan, currentUser.personId().orElse(null))
			.map(preview -> page(organisation, plan, preview, model, locale))
			.orElseGet(() -> gone(slug, plan, redirect));
	}

	@PostMapping("/{previewId}")
	String confirm(@PathVariable String slug, @PathVariable UUID planId, @PathVariable UUID previewId, Model model,
			RedirectAttributes redirect, Locale locale) {
		OrganisationSummary organisation = access.planner(slug);
		Plan plan = access.owned(organisation, planId);
		Imports.Preview preview = imports.preview(previewId, organisation, plan, currentUser.personId().orElse(null))
			.orElse(null);
		if (preview == null) {
			return gone(slug, plan, redirect);
		}
		Editor editor = new Editor(currentUser.personId().orElse(null), currentUser.displayName().orElse("Import"));
		Imports.Outcome outcome = imports.confirm(preview, plan, editor);
		if (outcome.gone()) {
			return gone(slug, plan, redirect);
		}
		if (outcome.refused() != null) {
			model.addAttribute("refused", true);
			return page(organisation, plan, outcome.refused(), model, locale);
		}
		redirect.addFlashAttribute("imported", outcome.imported());
		return "redirect:/manage/" + slug + "/plans/" + plan.id() + "/import";
	}

	private String page(OrganisationSummary organisation, Plan plan, Imports.Preview preview, Model model, Locale locale) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("plan", plan);
		model.addAttribute("previewId", preview.stored().id());
		model.addAttribute("table",
				PreviewTable.of(preview, statusLabels.labels(plans.statuses(plan.id()), locale), messages, locale));
		model.addAttribute("pageScript", "/js/import.js");
		return "planning/files/preview";
	}

	private String gone(String slug, Plan plan, RedirectAttributes redirect) {
		Flash.problem(redirect, "files.previewGone");
		return "redirect:/manage/" + slug + "/plans/" + plan.id() + "/import";
	}
}
