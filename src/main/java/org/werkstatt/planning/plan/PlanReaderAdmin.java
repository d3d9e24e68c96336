package org.werkstatt.planning.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.Choice;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;

/**
 * The plan owner's list of invited organisations ({@code /manage/{slug}/plans/{id}/readers}): their people
 * read the plan though it is internal, e.g. every jobcenter of a region for an interim workshop.
 */
@Controller
@RequestMapping("/manage/{slug}/plans/{planId}/readers")
class PlanReaderAdmin {

	private final PlanAccess access;
	private final PlanReaders readers;
	private final Organisations organisations;
	private final CurrentUser currentUser;

	PlanReaderAdmin(PlanAccess access, PlanReaders readers, Organisations organisations, CurrentUser currentUser) {
		this.access = access;
		this.readers = readers;
		this.organisations = organisations;
		this.currentUser = currentUser;
	}

	@GetMapping
	String page(@PathVariable String slug, @PathVariable UUID planId, Model model) {
		OrganisationSummary organisation = access.planner(slug);
		Plan plan = access.owned(organisation, planId);
		List<UUID> invited = readers.of(plan.id());
		Map<UUID, OrganisationSummary> byId = organisations.byIds(invited);
		Set<UUID> taken = new java.util.HashSet<>(invited);
		taken.add(organisation.id());
		if (plan.shared()) {
			// the network's members read a shared programme already
			organisations.networkMembers(organisation.id()).forEach(member -> taken.add(member.id()));
		}
		model.addAttribute("organisation", organisation);
		model.addAttribute("plan", plan);
		model.addAttribute("readers", invited.stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
		model.addAttribute("candidates", Choice.of(organisations.partners().stream().filter(o -> !taken.contains(o.id())).toList(),
				OrganisationSummary::id, OrganisationSummary::name));
		return "planning/plan/manage-readers";
	}

	@PostMapping
	String add(@PathVariable String slug, @PathVariable UUID planId,
			@RequestParam(required = false) @Nullable UUID organisationId, RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		Plan plan = access.owned(organisation, planId);
		if (organisationId == null) {
			Flash.problem(redirect, "plan.readers.choose");
			return back(slug, plan);
		}
		OrganisationSummary reader = organisations.byId(organisationId)
			.filter(o -> !o.isNetwork() && !o.id().equals(organisation.id()))
			.orElseThrow(NotFoundException::new);
		readers.add(plan.id(), reader.id(), currentUser.personId().orElse(null));
		Flash.notice(redirect, "plan.readers.added");
		return back(slug, plan);
	}

	@PostMapping("/remove")
	String remove(@PathVariable String slug, @PathVariable UUID planId, @RequestParam UUID organisationId,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		Plan plan = access.owned(organisation, planId);
		if (!readers.remove(plan.id(), organisationId)) {
			throw new NotFoundException();
		}
		Flash.notice(redirect, "plan.readers.removed");
		return back(slug, plan);
	}

	private static String back(String slug, Plan plan) {
		return "redirect:/manage/" + slug + "/plans/" + plan.id() + "/readers";
	}
}
