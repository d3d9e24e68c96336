package org.werkstatt.planning.plan;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;

/**
 * Interim results of a measure ({@code /manage/{slug}/measures/{id}/results}), kept by the organisation that
 * may change the measure (in a shared programme: the member that owns it): findings and lessons learned,
 * and documents such as slides (PDF, PPTX, ODP, DOCX up to 10 MB, recognised by content). Everyone who may
 * read the plan reads them on the measure's page.
 */
@Controller
@RequestMapping("/manage/{slug}/measures/{id}/results")
class InterimAdmin {

	record TextsForm(@Size(max = InterimResults.TEXT_LENGTH, message = "{validation.tooLong}") @Nullable String findings,
			@Size(max = InterimResults.TEXT_LENGTH, message = "{validation.tooLong}") @Nullable String lessons) {
	}

	private final InterimResults results;
	private final MeasureStore measures;
	private final PlanAccess access;
	private final CurrentUser currentUser;

	InterimAdmin(InterimResults results, MeasureStore measures, PlanAccess access, CurrentUser currentUser) {
		this.results = results;
		this.measures = measures;
		this.access = access;
		this.currentUser = currentUser;
	}

	@GetMapping
	String page(@PathVariable String slug, @PathVariable UUID id, Model model) {
		OrganisationSummary organisation = access.planner(slug);
		Measure measure = changeable(organisation, id);
		InterimResults.Interim interim = results.of(measure.id());
		model.addAttribute("textsForm", new TextsForm(interim.findings(), interim.lessons()));
		return page(organisation, measure, interim, model);
	}

	@PostMapping
	String saveTexts(@PathVariable String slug, @PathVariable UUID id, @Valid @ModelAttribute("textsForm") TextsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		Measure measure = changeable(organisation, id);
		if (result.hasErrors()) {
			return page(organisation, measure, results.of(measure.id()), model);
		}
		results.saveTexts(measure.id(), blankToNull(form.findings()), blankToNull(form.lessons()),
				currentUser.personId().orElse(null));
		Flash.notice(redirect, "interim.saved");
		return "redirect:/manage/" + slug + "/measures/" + id + "/results";
	}

	@PostMapping("/documents")
	String upload(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		OrganisationSummary organisation = access.planner(slug);
		Measure measure = changeable(organisation, id);
		byte[] data = file == null || file.isEmpty() ? new byte[0] : file.getBytes();
		Optional<DocumentType> type = DocumentType.detect(data);
		String fileError = null;
		if (data.length == 0) {
			fileError = "interim.document.missing";
		}
		else if (data.length > InterimResults.MAX_BYTES) {
			fileError = "interim.document.tooLarge";
		}
		else if (type.isEmpty()) {
			fileError = "interim.document.wrongType";
		}
		if (fileError != null) {
			InterimResults.Interim interim = results.of(measure.id());
			model.addAttribute("textsForm", new TextsForm(interim.findings(), interim.lessons()));
			model.addAttribute("fileError", fileError);
			return page(organisation, measure, interim, model);
		}
		results.addDocument(measure.id(), fileName(file.getOriginalFilename(), type.get()), type.get(), data,
				currentUser.personId().orElse(null));
		Flash.notice(redirect, "interim.document.added");
		return "redirect:/manage/" + slug + "/measures/" + id + "/results#documents";
	}

	@PostMapping("/documents/{documentId}/delete")
	String delete(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID documentId,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		Measure measure = changeable(organisation, id);
		if (!results.deleteDocument(measure.id(), documentId)) {
			throw new NotFoundException();
		}
		Flash.notice(redirect, "interim.document.deleted");
		return "redirect:/manage/" + slug + "/measures/" + id + "/results#documents";
	}

	private Measure changeable(OrganisationSummary organisation, UUID id) {
		Measure measure = measures.find(id).orElseThrow(NotFoundException::new);
		Plan plan = access.contributable(organisation, measure.planId());
		if (!access.mayChange(organisation, plan, measure)) {
			throw new NotFoundException();
		}
		return measure;
	}

	private String page(OrganisationSummary organisation, Measure measure, InterimResults.Interim interim, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("measure", measure);
		model.addAttribute("interim", interim);
		model.addAttribute("maxMegabytes", InterimResults.MAX_BYTES / (1024 * 1024));
		return "planning/plan/manage-interim";
	}

	/** The uploaded name without folders or odd characters, ending as its type does. */
	static String fileName(@Nullable String original, DocumentType type) {
		String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "");
		name = name.replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_").strip();
		if (name.length() > 150) {
			name = name.substring(0, 150);
		}
		if (name.isEmpty() || name.startsWith(".")) {
			name = "document" + name;
		}
		return name.toLowerCase(Locale.ROOT).endsWith(type.extension()) ? name : name + type.extension();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
