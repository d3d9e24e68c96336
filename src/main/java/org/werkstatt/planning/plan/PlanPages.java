package org.werkstatt.planning.plan;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.NotFoundException;

/**
 * The public transparency pages: the list of public plans (and, for a signed-in person, the internal ones
 * they may read, marked as internal), a plan with its summary, goals and measures
 * (filtered, 50 to a page), and a measure with its milestones, origins, the published offers that implement
 * it and its timeline. Internal plans open for their organisation's members only ({@link PlanAccess}).
 */
@Controller
class PlanPages {

	private final PlanStore plans;
	private final MeasureStore measures;
	private final PlanAccess access;
	private final PlanView planView;
	private final MeasureView measureView;
	private final Organisations organisations;
	private final InterimResults interim;
	private final OfferLinks offers;

	PlanPages(PlanStore plans, MeasureStore measures, PlanAccess access, PlanView planView, MeasureView measureView,
			Organisations organisations, InterimResults interim, OfferLinks offers) {
		this.interim = interim;
		this.offers = offers;
		this.plans = plans;
		this.measures = measures;
		this.access = access;
		this.planView = planView;
		this.measureView = measureView;
		this.organisations = organisations;
	}

	@GetMapping("/plans")
	String list(Model model) {
		var all = new java.util.ArrayList<>(plans.publicPlans());
		var internal = access.internalReadable();
		all.addAll(internal);
		model.addAttribute("plans", all);
		model.addAttribute("internal", internal.stream().map(Plan::id).collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("owners", organisations.byIds(all.stream().map(Plan::organisationId).toList()));
		return "planning/plan/plans";
	}

	/** Filter values come as text: one that is no id or no number is left out rather than refused. */
	@GetMapping("/plans/{id}")
	String plan(@PathVariable UUID id, @RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String group,
			@RequestParam(required = false) @Nullable String responsible,
			@RequestParam(name = "offers", required = false) @Nullable String withOffers,
			@RequestParam(required = false) @Nullable String page, Model model) {
		Plan plan = access.readable(id);
		// "with offers": measures that an offer implements which the catalog shows (published now)
		MeasureFilter filter = new MeasureFilter(uuid(field), blankToNull(status), blankToNull(group), uuid(responsible),
				OfferLinks.requested(withOffers) ? offers.publishedOfPlan(plan.id()) : null);
		model.addAttribute("view", planView.page(plan, filter, number(page)));
		return "planning/plan/plan";
	}

	@GetMapping("/measures/{id}")
	String measure(@PathVariable UUID id, Model model) {
		// a measure made by a decision that is still a draft is not public yet
		Measure measure = measures.find(id).filter(m -> measures.published(m.id())).orElseThrow(NotFoundException::new);
		Plan plan = access.readable(measure.planId());
		model.addAttribute("view", measureView.page(measure, plan));
		model.addAttribute("interim", interim.of(measure.id()));
		model.addAttribute("offers", offers.published(measure.id()));
		return "planning/plan/measure";
	}

	private static @Nullable UUID uuid(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static int number(@Nullable String value) {
		try {
			return value == null ? 1 : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}
}
