package org.werkstatt.identity.manage;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.organisation.Organisation;
import org.werkstatt.identity.organisation.OrganisationStore;
import org.werkstatt.identity.network.InterestRequests;
import org.werkstatt.identity.network.InterestStatus;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;

/** A network's admins keep its member list and answer requests to join. */
@Controller
@RequestMapping("/manage/{slug}/network")
class NetworkController {

	private final ManagedOrganisations managed;
	private final OrganisationStore organisations;
	private final InterestRequests interest;
	private final CurrentUser currentUser;

	NetworkController(ManagedOrganisations managed, OrganisationStore organisations, InterestRequests interest,
			CurrentUser currentUser) {
		this.managed = managed;
		this.organisations = organisations;
		this.interest = interest;
		this.currentUser = currentUser;
	}

	@GetMapping
	String network(@PathVariable String slug, Model model) {
		Organisation network = managed.requireNetworkAdmin(slug);
		model.addAttribute("organisation", network);
		model.addAttribute("members", organisations.networkMembers(network.id()));
		model.addAttribute("candidates", organisations.partners());
		model.addAttribute("requests", interest.of(network.id()));
		model.addAttribute("statuses", InterestStatus.values());
		return "identity/manage/network";
	}

	@PostMapping("/members")
	String addMember(@PathVariable String slug, @RequestParam UUID organisationId, RedirectAttributes redirect) {
		Organisation network = managed.requireNetworkAdmin(slug);
		Organisation member = organisations.find(organisationId)
			.filter(o -> !o.isNetwork())
			.orElseThrow(NotFoundException::new);
		organisations.addNetworkMember(network.id(), member.id());
		Flash.notice(redirect, "network.memberAdded");
		return "redirect:/manage/" + slug + "/network";
	}

	@PostMapping("/members/remove")
	String removeMember(@PathVariable String slug, @RequestParam UUID organisationId, RedirectAttributes redirect) {
		Organisation network = managed.requireNetworkAdmin(slug);
		organisations.removeNetworkMember(network.id(), organisationId);
		Flash.notice(redirect, "network.memberRemoved");
		return "redirect:/manage/" + slug + "/network";
	}

	@PostMapping("/requests/{requestId}")
	String changeStatus(@PathVariable String slug, @PathVariable UUID requestId, @RequestParam InterestStatus status,
			RedirectAttributes redirect) {
		Organisation network = managed.requireNetworkAdmin(slug);
		if (!interest.changeStatus(network.id(), requestId, status, currentUser.personId().orElseThrow())) {
			throw new NotFoundException();
		}
		Flash.notice(redirect, "interest.statusChanged");
		return "redirect:/manage/" + slug + "/network#requests";
	}
}
