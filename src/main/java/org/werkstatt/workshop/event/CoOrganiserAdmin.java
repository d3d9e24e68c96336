package org.werkstatt.workshop.event;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.Flash;

/**
 * The event owner adds and removes co-organisers, chosen from the organisations on the site. A
 * co-organiser's organisers manage the event like the owner's, but only the owner decides who
 * co-organises.
 */
@Controller
@RequestMapping("/manage/{slug}/events/{id}/co-organisers")
class CoOrganiserAdmin {

	private final OrganiserAccess access;
	private final CoOrganisers coOrganisers;
	private final Organisations organisations;

	CoOrganiserAdmin(OrganiserAccess access, CoOrganisers coOrganisers, Organisations organisations) {
		this.access = access;
		this.coOrganisers = coOrganisers;
		this.organisations = organisations;
	}

	@PostMapping
	String add(@PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) @Nullable UUID coOrganiser,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = access.organiser(slug);
		Event event = access.ownEvent(organisation, id);
		if (coOrganiser == null || coOrganiser.equals(event.organisationId()) || organisations.byId(coOrganiser).isEmpty()) {
			Flash.problem(redirect, "coOrganiser.choose");
		}
		else {
			coOrganisers.add(id, coOrganiser);
			Flash.notice(redirect, "coOrganiser.added");
		}
		return "redirect:/manage/" + slug + "/events/" + id + "#co-organisers";
	}

	@PostMapping("/{organisationId}/remove")
	String remove(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID organisationId,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = access.organiser(slug);
		access.ownEvent(organisation, id);
		coOrganisers.remove(id, organisationId);
		Flash.notice(redirect, "coOrganiser.removed");
		return "redirect:/manage/" + slug + "/events/" + id + "#co-organisers";
	}
}
