package org.werkstatt.catalog.files;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.catalog.offer.CatalogAccess;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.platform.files.Csv;
import org.werkstatt.platform.files.FileProblem;
import org.werkstatt.platform.files.ImportLimits;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;

/**
 * Importing offers and runs, for provider staff and admins of the organisation: upload ({@code …/offers/import},
 * CSV, XLSX or openQ-cat XML), templates ({@code …/import/offers.csv}, {@code …/import/runs.csv}), preview with
 * every item's problems and what will happen ({@code …/import/{previewId}}), confirm (a post to the preview).
 */
@Controller
@RequestMapping("/manage/{slug}/offers/import")
class CatalogImportPages {

	private final CatalogAccess access;
	private final CatalogImports imports;
	private final CatalogImportWriter writer;
	private final CurrentUser currentUser;
	private final MessageSource messages;

	CatalogImportPages(CatalogAccess access, CatalogImports imports, CatalogImportWriter writer, CurrentUser currentUser,
			MessageSource messages) {
		this.access = access;
		this.imports = imports;
		this.writer = writer;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	/** The upload form; {@code ?tooLarge} after the shared size filter refused a file by its length. */
	@GetMapping
	String upload(@PathVariable String slug, @RequestParam(name = "tooLarge", required = false) @Nullable String tooLarge,
			Model model, Locale locale) {
		OrganisationSummary organisation = access.editor(slug);
		if (tooLarge != null) {
			model.addAttribute("fileError",
					messages.getMessage("files.error.tooLarge", new Object[] { ImportLimits.megabytes() }, locale));
		}
		return uploadPage(organisation, model);
	}

	private String uploadPage(OrganisationSummary organisation, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("maxMegabytes", ImportLimits.megabytes());
		model.addAttribute("maxBytes", ImportLimits.MAX_BYTES);
		model.addAttribute("maxRows", ImportLimits.MAX_ROWS);
		model.addAttribute("offerFields", Field.fieldsOf(ItemKind.OFFER));
		model.addAttribute("runFields", Field.fieldsOf(ItemKind.RUN));
		model.addAttribute("legalBases", imports.context(organisation.id()).legalBases());
		model.addAttribute("pageScript", "/js/import.js");
		return "catalog/files/import";
	}

	@PostMapping
	String read(@PathVariable String slug, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			Model model, Locale locale) throws IOException {
		OrganisationSummary organisation = access.editor(slug);
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			model.addAttribute("fileError", messages.getMessage("files.error.noFile", null, locale));
			return uploadPage(organisation, model);
		}
		try {
			byte[] bytes = file.getSize() > ImportLimits.MAX_BYTES ? new byte[ImportLimits.MAX_BYTES + 1] : file.getBytes();
			UUID preview = imports.upload(organisation, currentUser.personId().orElse(null),
					file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), bytes);
			return "redirect:/manage/" + organisation.slug() + "/offers/import/" + preview;
		}
		catch (FileProblem problem) {
			model.addAttribute("fileError", problem.text(messages, locale));
			return uploadPage(organisation, model);
		}
	}

	/** An empty offers or runs file with the headings in the reader's language, to fill in. */
	@GetMapping({ "/offers.csv", "/runs.csv" })
	ResponseEntity<byte[]> template(@PathVariable String slug, jakarta.servlet.http.HttpServletRequest request,
			Locale locale) {
		access.editor(slug);
		ItemKind kind = request.getRequestURI().endsWith("/runs.csv") ? ItemKind.RUN : ItemKind.OFFER;
		Csv csv = Csv.semicolonSeparated();
		csv.row(Field.fieldsOf(kind).stream().map(f -> messages.getMessage(f.messageKey(), null, locale)).toArray());
		String name = kind == ItemKind.RUN ? "runs.csv" : "offers.csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(csv.bytes());
	}

	@GetMapping("/{previewId}")
	String preview(@PathVariable String slug, @PathVariable UUID previewId, Model model, RedirectAttributes redirect,
			Locale locale) {
		OrganisationSummary organisation = access.editor(slug);
		return imports.preview(previewId, organisation, currentUser.personId().orElse(null))
			.map(preview -> page(organisation, preview, model, locale))
			.orElseGet(() -> gone(slug, previewId, redirect));
	}

	@PostMapping("/{previewId}")
	String confirm(@PathVariable String slug, @PathVariable UUID previewId, Model model, RedirectAttributes redirect,
			Locale locale) {
		OrganisationSummary organisation = access.editor(slug);
		CatalogImports.Preview preview = imports.preview(previewId, organisation, currentUser.personId().orElse(null))
			.orElse(null);
		if (preview == null) {
			return gone(slug, previewId, redirect);
		}
		CatalogImportWriter.Outcome outcome = writer.confirm(preview, organisation,
				currentUser.personId().orElse(null), currentUser.displayName().orElse("Import"));
		if (outcome.gone()) {
			return gone(slug, previewId, redirect);
		}
		if (outcome.refused() != null) {
			model.addAttribute("refused", true);
			return page(organisation, outcome.refused(), model, locale);
		}
		redirect.addFlashAttribute("importedOffers", outcome.offers());
		redirect.addFlashAttribute("importedRuns", outcome.runs());
		return "redirect:/manage/" + slug + "/offers/import";
	}

	private String page(OrganisationSummary organisation, CatalogImports.Preview preview, Model model, Locale locale) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("previewId", preview.stored().id());
		model.addAttribute("table", PreviewTable.of(preview, messages, locale));
		return "catalog/files/preview";
	}

	/** A preview confirmed already or expired: back to the upload; one of another organisation or person: 404. */
	private String gone(String slug, UUID previewId, RedirectAttributes redirect) {
		if (imports.someoneElses(previewId)) {
			throw new NotFoundException();
		}
		Flash.problem(redirect, "catalog.import.previewGone");
		return "redirect:/manage/" + slug + "/offers/import";
	}
}
