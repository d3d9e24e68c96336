package org.werkstatt.identity.manage;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

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
import org.werkstatt.identity.Role;
import org.werkstatt.identity.organisation.LegalTexts;
import org.werkstatt.identity.organisation.Logo;
import org.werkstatt.identity.organisation.Organisation;
import org.werkstatt.identity.organisation.OrganisationProfile;
import org.werkstatt.identity.organisation.OrganisationStore;
import org.werkstatt.identity.person.Membership;
import org.werkstatt.identity.person.People;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;

/** An organisation admin's pages for the organisation's profile, logo and legal texts. */
@Controller
@RequestMapping("/manage")
class ManageController {

	private final ManagedOrganisations managed;
	private final OrganisationStore organisations;
	private final People people;
	private final CurrentUser currentUser;

	ManageController(ManagedOrganisations managed, OrganisationStore organisations, People people,
			CurrentUser currentUser) {
		this.managed = managed;
		this.organisations = organisations;
		this.people = people;
		this.currentUser = currentUser;
	}

	@GetMapping("/{slug}")
	String overview(@PathVariable String slug, Model model) {
		Organisation organisation = managed.requireAdmin(slug);
		model.addAttribute("profile", OrganisationProfile.of(organisation));
		return overviewPage(organisation, model);
	}

	@PostMapping("/{slug}/profile")
	String saveProfile(@PathVariable String slug, @Valid @ModelAttribute("profile") OrganisationProfile profile,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Organisation organisation = managed.requireAdmin(slug);
		if (result.hasErrors()) {
			return overviewPage(organisation, model);
		}
		organisations.updateProfile(organisation.id(), profile);
		Flash.notice(redirect, "manage.saved");
		return "redirect:/manage/" + slug;
	}

	@PostMapping("/{slug}/logo")
	String uploadLogo(@PathVariable String slug, @RequestParam("logo") MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		Organisation organisation = managed.requireAdmin(slug);
		Optional<String> error = Optional.empty();
		byte[] data = file.isEmpty() ? new byte[0] : file.getBytes();
		Optional<String> type = Logo.detectType(data);
		if (file.isEmpty()) {
			error = Optional.of("logo.missing");
		}
		else if (data.length > Logo.MAX_BYTES) {
			error = Optional.of("logo.tooLarge");
		}
		else if (type.isEmpty()) {
			error = Optional.of("logo.wrongType");
		}
		if (error.isPresent()) {
			model.addAttribute("logoError", error.get());
			model.addAttribute("profile", OrganisationProfile.of(organisation));
			return overviewPage(organisation, model);
		}
		organisations.setLogo(organisation.id(), new Logo(type.get(), data));
		Flash.notice(redirect, "logo.saved");
		return "redirect:/manage/" + slug;
	}

	@GetMapping("/{slug}/texts")
	String texts(@PathVariable String slug, Model model) {
		Organisation organisation = managed.requireAdmin(slug);
		model.addAttribute("texts", LegalTexts.of(organisation));
		model.addAttribute("organisation", organisation);
		return "identity/manage/texts";
	}

	@PostMapping("/{slug}/texts")
	String saveTexts(@PathVariable String slug, @Valid @ModelAttribute("texts") LegalTexts texts, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Organisation organisation = managed.requireAdmin(slug);
		if (result.hasErrors()) {
			model.addAttribute("organisation", organisation);
			return "identity/manage/texts";
		}
		organisations.updateTexts(organisation.id(), texts);
		Flash.notice(redirect, "manage.saved");
		return "redirect:/manage/" + slug + "/texts";
	}

	private String overviewPage(Organisation organisation, Model model) {
		model.addAttribute("organisation", organisation);
		return "identity/manage/overview";
	}
}
