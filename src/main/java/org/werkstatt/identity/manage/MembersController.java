package org.werkstatt.identity.manage;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.organisation.Organisation;
import org.werkstatt.identity.person.NewPerson;
import org.werkstatt.identity.person.People;
import org.werkstatt.identity.person.Person;
import org.werkstatt.identity.person.PersonAdministration;
import org.werkstatt.platform.web.Flash;

/** An organisation admin creates people in the organisation and gives or takes their roles. */
@Controller
@RequestMapping("/manage/{slug}/members")
class MembersController {

	/** Field names differ from the new-person form's on the same page, so that every id is unique. */
	record Grant(@NotBlank(message = "{validation.required}") @Size(max = 254, message = "{validation.tooLong}") String personEmail,
			@NotNull(message = "{validation.required}") @Nullable Role grantedRole) {
	}

	private final ManagedOrganisations managed;
	private final People people;
	private final PersonAdministration administration;
	private final CurrentUser currentUser;

	MembersController(ManagedOrganisations managed, People people, PersonAdministration administration,
			CurrentUser currentUser) {
		this.managed = managed;
		this.people = people;
		this.administration = administration;
		this.currentUser = currentUser;
	}

	@GetMapping
	String members(@PathVariable String slug, Model model) {
		Organisation organisation = managed.requireAdmin(slug);
		model.addAttribute("newPerson", NewPerson.empty());
		model.addAttribute("grant", new Grant("", null));
		return page(organisation, model);
	}

	@PostMapping("/new")
	String create(@PathVariable String slug, @Valid @ModelAttribute("newPerson") NewPerson form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Organisation organisation = managed.requireAdmin(slug);
		if (form.role() == null && !result.hasFieldErrors("role")) {
			result.rejectValue("role", "validation.required");
		}
		if (administration.create(form, result, organisation.id(), currentUser.personId().orElse(null)).isEmpty()) {
			model.addAttribute("grant", new Grant("", null));
			return page(organisation, model);
		}
		Flash.notice(redirect, "members.created");
		return "redirect:/manage/" + slug + "/members";
	}

	@PostMapping("/grant")
	String grant(@PathVariable String slug, @Valid @ModelAttribute("grant") Grant grant, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Organisation organisation = managed.requireAdmin(slug);
		Person person = result.hasFieldErrors("personEmail") ? null : people.findByEmail(grant.personEmail()).orElse(null);
		if (person == null && !result.hasFieldErrors("personEmail")) {
			result.rejectValue("personEmail", "members.unknownEmail");
		}
		if (result.hasErrors() || person == null || grant.grantedRole() == null) {
			model.addAttribute("newPerson", NewPerson.empty());
			return page(organisation, model);
		}
		people.grant(person.id(), organisation.id(), grant.grantedRole(), currentUser.personId().orElse(null));
		Flash.notice(redirect, "members.granted");
		return "redirect:/manage/" + slug + "/members";
	}

	@PostMapping("/revoke")
	String revoke(@PathVariable String slug, @RequestParam UUID personId, @RequestParam Role role,
			RedirectAttributes redirect) {
		Organisation organisation = managed.requireAdmin(slug);
		if (people.revokeKeepingAnAdmin(personId, organisation.id(), role)) {
			Flash.notice(redirect, "members.revoked");
		}
		else {
			Flash.problem(redirect, "members.lastAdmin");
		}
		return "redirect:/manage/" + slug + "/members";
	}

	private String page(Organisation organisation, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("members", people.membersOf(organisation.id()));
		model.addAttribute("roles", Role.values());
		return "identity/manage/members";
	}
}
