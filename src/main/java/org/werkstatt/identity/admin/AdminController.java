package org.werkstatt.identity.admin;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationType;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.organisation.OrganisationStore;
import org.werkstatt.identity.person.NewPerson;
import org.werkstatt.identity.person.People;
import org.werkstatt.identity.person.PersonAdministration;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;

/** The platform admin's pages: every organisation and every person on the site. */
@Controller
@RequestMapping("/admin")
class AdminController {

	private final OrganisationStore organisations;
	private final People people;
	private final PersonAdministration administration;
	private final CurrentUser currentUser;

	AdminController(OrganisationStore organisations, People people, PersonAdministration administration,
			CurrentUser currentUser) {
		this.organisations = organisations;
		this.people = people;
		this.administration = administration;
		this.currentUser = currentUser;
	}

	@GetMapping
	String index(Model model) {
		model.addAttribute("newOrganisation", NewOrganisation.empty());
		model.addAttribute("newPerson", NewPerson.empty());
		return page(model);
	}

	@PostMapping("/organisations")
	String createOrganisation(@Valid @ModelAttribute("newOrganisation") NewOrganisation form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("slug") && organisations.slugTaken(form.slug())) {
			result.rejectValue("slug", "organisation.slugTaken");
		}
		if (result.hasErrors() || form.type() == null) {
			model.addAttribute("newPerson", NewPerson.empty());
			return page(model);
		}
		organisations.create(form.slug(), form.type(), form.organisationName().strip(), form.siteOwner());
		Flash.notice(redirect, "admin.organisationCreated");
		return "redirect:/admin";
	}

	@PostMapping("/people")
	String createPerson(@Valid @ModelAttribute("newPerson") NewPerson form, BindingResult result,
			@RequestParam(required = false) UUID organisationId, Model model, RedirectAttributes redirect) {
		if (organisationId != null && organisations.find(organisationId).isEmpty()) {
			throw new NotFoundException();
		}
		if (form.role() != null && organisationId == null) {
			result.rejectValue("role", "admin.roleNeedsOrganisation");
		}
		if (administration.create(form, result, organisationId, currentUser.personId().orElse(null)).isEmpty()) {
			model.addAttribute("newOrganisation", NewOrganisation.empty());
			model.addAttribute("selectedOrganisation", organisationId);
			return page(model);
		}
		Flash.notice(redirect, "members.created");
		return "redirect:/admin";
	}

	private String page(Model model) {
		model.addAttribute("organisations", organisations.all());
		model.addAttribute("people", people.all());
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("roles", Role.values());
		return "identity/admin/index";
	}
}
