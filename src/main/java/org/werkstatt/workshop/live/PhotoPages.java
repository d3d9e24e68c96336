package org.werkstatt.workshop.live;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.ImageType;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.workshop.event.Event;
import org.werkstatt.workshop.event.OrganiserAccess;

/**
 * The organiser's photos of an event ({@code /manage/{slug}/events/{id}/photos}): upload with an alt text
 * and a caption, delete. The file is checked by its first bytes and its size; a refused upload keeps the
 * words typed.
 */
@Controller
@RequestMapping("/manage/{slug}/events/{eventId}/photos")
class PhotoPages {

	private final PhotoStore photos;
	private final OrganiserAccess access;
	private final CurrentUser currentUser;

	PhotoPages(PhotoStore photos, OrganiserAccess access, CurrentUser currentUser) {
		this.photos = photos;
		this.access = access;
		this.currentUser = currentUser;
	}

	@GetMapping
	String page(@PathVariable String slug, @PathVariable UUID eventId, Model model) {
		OrganisationSummary organisation = access.organiser(slug);
		Event event = access.event(organisation, eventId);
		model.addAttribute("photoForm", new PhotoForm("", ""));
		return page(organisation, event, model);
	}

	@PostMapping
	String upload(@PathVariable String slug, @PathVariable UUID eventId,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@Valid @ModelAttribute("photoForm") PhotoForm form, BindingResult result, Model model,
			RedirectAttributes redirect) throws IOException {
		OrganisationSummary organisation = access.organiser(slug);
		Event event = access.event(organisation, eventId);
		byte[] data = file == null || file.isEmpty() ? new byte[0] : file.getBytes();
		Optional<String> type = ImageType.detect(data);
		String fileError = null;
		if (data.length == 0) {
			fileError = "photo.missing";
		}
		else if (data.length > Photo.MAX_BYTES) {
			fileError = "photo.tooLarge";
		}
		else if (type.isEmpty()) {
			fileError = "photo.wrongType";
		}
		if (fileError != null || result.hasErrors()) {
			model.addAttribute("fileError", fileError);
			return page(organisation, event, model);
		}
		photos.add(event.id(), type.orElseThrow(), data, form.altText().strip(),
				form.caption() == null || form.caption().isBlank() ? null : form.caption().strip(),
				currentUser.personId().orElse(null));
		Flash.notice(redirect, "photo.added");
		return "redirect:/manage/" + slug + "/events/" + event.id() + "/photos";
	}

	@PostMapping("/{photoId}/delete")
	String delete(@PathVariable String slug, @PathVariable UUID eventId, @PathVariable UUID photoId,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = access.organiser(slug);
		Event event = access.event(organisation, eventId);
		if (!photos.delete(event.id(), photoId)) {
			throw new NotFoundException();
		}
		Flash.notice(redirect, "photo.deleted");
		return "redirect:/manage/" + slug + "/events/" + event.id() + "/photos";
	}

	private String page(OrganisationSummary organisation, Event event, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("event", event);
		model.addAttribute("photos", photos.list(event.id()));
		model.addAttribute("maxMegabytes", Photo.MAX_BYTES / (1024 * 1024));
		return "workshop/live/photos";
	}
}
