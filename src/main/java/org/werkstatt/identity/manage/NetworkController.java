package org.werkstatt.identity.manage;

import java.util.Arrays;
import java.util.UUID;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.OrganisationType;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.organisation.Organisation;
import org.werkstatt.identity.organisation.OrganisationStore;
import org.werkstatt.identity.network.Admission;
import org.werkstatt.identity.network.InterestRequest;
import org.werkstatt.identity.network.InterestRequests;
import org.werkstatt.identity.network.JoinForm;
import org.werkstatt.identity.network.InterestStatus;
import org.werkstatt.platform.web.Choice;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;

/**
 * A network's admins keep its member list and answer requests to join; admitting a request adds an existing
 * organisation or creates the newcomer's and invites its first person ({@link Admission}).
 */
@Controller
@RequestMapping("/manage/{slug}/network")
class NetworkController {

	private final ManagedOrganisations managed;
	private final OrganisationStore organisations;
	private final InterestRequests interest;
	private final CurrentUser currentUser;
	private final Admission admission;

	NetworkController(ManagedOrganisations managed, OrganisationStore organisations, InterestRequests interest,
			CurrentUser currentUser, Admission admission) {
		this.managed = managed;
		this.organisations = organisations;
		this.interest = interest;
		this.currentUser = currentUser;
		this.admission = admission;
	}

	@GetMapping
	String network(@PathVariable String slug, Model model) {
		Organisation network = managed.requireNetworkAdmin(slug);
		model.addAttribute("organisation", network);
		model.addAttribute("members", organisations.networkMembers(network.id()));
		model.addAttribute("candidates", admission.candidates(network.id()));
		model.addAttribute("requests", interest.of(network.id()));
		model.addAttribute("statuses", InterestStatus.values());
		return "identity/manage/network";
	}

	@PostMapping("/members")
	String addMember(@PathVariable String slug, @RequestParam UUID organisationId, RedirectAttributes redirect) {
		Organisation network = managed.requireNetworkAdmin(slug);
		OrganisationSummary member = admission.candidates(network.id()).stream()
			.filter(o -> o.id().equals(organisationId))
			.findFirst()
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

	@GetMapping("/requests/{requestId}/join")
	String joinForm(@PathVariable String slug, @PathVariable UUID requestId, Model model) {
		Organisation network = managed.requireNetworkAdmin(slug);
		InterestRequest request = openRequest(network, requestId);
		model.addAttribute("join", JoinForm.of(request));
		return join(network, request, model);
	}

	@PostMapping("/requests/{requestId}/join")
	String admit(@PathVariable String slug, @PathVariable UUID requestId, @Valid @ModelAttribute("join") JoinForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Organisation network = managed.requireNetworkAdmin(slug);
		InterestRequest request = openRequest(network, requestId);
		if (result.getTarget() == null) {
			// a choice that is none of the offered ones could not be bound: its field error is shown, nothing changes
			return join(network, request, model);
		}
		var admitted = admission.admit(network, request, form, result, currentUser.personId().orElseThrow());
		if (admitted.isEmpty()) {
			return join(network, request, model);
		}
		Flash.notice(redirect, admitted.get().invited() ? "network.join.invited" : "network.join.done");
		return "redirect:/manage/" + slug + "/network#requests";
	}

	/** A request of the network not yet admitted: one that has joined is not admitted a second time. */
	private InterestRequest openRequest(Organisation network, UUID requestId) {
		return interest.find(network.id(), requestId)
			.filter(r -> r.status() != InterestStatus.JOINED)
			.orElseThrow(NotFoundException::new);
	}

	private String join(Organisation network, InterestRequest request, Model model) {
		model.addAttribute("organisation", network);
		model.addAttribute("request", request);
		model.addAttribute("candidates", Choice.of(admission.candidates(network.id()), OrganisationSummary::id,
				OrganisationSummary::name));
		model.addAttribute("types", Arrays.stream(OrganisationType.values()).filter(t -> t != OrganisationType.NETWORK).toList());
		model.addAttribute("roles", Role.values());
		model.addAttribute("modes", JoinForm.Mode.values());
		return "identity/manage/join";
	}
}
