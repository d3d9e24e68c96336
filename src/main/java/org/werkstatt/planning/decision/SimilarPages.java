package org.werkstatt.planning.decision;

import java.util.List;
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
import org.werkstatt.planning.plan.PlanAccess;
import org.werkstatt.platform.web.Flash;

/**
 * Similar ideas ({@code /manage/{slug}/inbox/similar}): the suggested groups, each confirmed with the
 * ideas the planner keeps ticked (the others are split off), and the confirmed groups, each decided
 * together in the inbox or split again.
 */
@Controller
@RequestMapping("/manage/{slug}/inbox")
class SimilarPages {

	private final PlanAccess access;
	private final Grouping grouping;
	private final CurrentUser currentUser;

	SimilarPages(PlanAccess access, Grouping grouping, CurrentUser currentUser) {
		this.access = access;
		this.grouping = grouping;
		this.currentUser = currentUser;
	}

	@GetMapping("/similar")
	String similar(@PathVariable String slug, Model model) {
		OrganisationSummary organisation = access.planner(slug);
		model.addAttribute("organisation", organisation);
		Grouping.Overview overview = grouping.overview(organisation.id());
		model.addAttribute("suggestions", overview.suggestions());
		model.addAttribute("confirmed", overview.confirmed());
		return "planning/decision/similar";
	}

	@PostMapping("/groups")
	String confirm(@PathVariable String slug, @RequestParam(name = "ideaIds", required = false) @Nullable List<String> ideaIds,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		boolean done = grouping.confirm(organisation.id(), ideaIds == null ? List.of() : ideaIds,
				currentUser.personId().orElse(null));
		if (done) {
			Flash.notice(redirect, "group.confirmed");
		}
		else {
			Flash.problem(redirect, "group.tooFew");
		}
		return "redirect:/manage/" + organisation.slug() + "/inbox/similar";
	}

	@PostMapping("/groups/{groupId}/split")
	String split(@PathVariable String slug, @PathVariable UUID groupId, RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		if (grouping.split(organisation.id(), groupId)) {
			Flash.notice(redirect, "group.splitDone");
		}
		else {
			Flash.problem(redirect, "group.unknown");
		}
		return "redirect:/manage/" + organisation.slug() + "/inbox/similar";
	}
}
