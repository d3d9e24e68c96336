package org.werkstatt.planning.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.Choice;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.workshop.Events;

/**
 * A planner's pages for measures: a new measure of a plan, and a measure's editor with its milestones,
 * linked events, the offers that implement it ({@link MeasureOfferAdmin}) and versions. A change names the
 * version it was made on; if someone else saved in between, nothing is overwritten and the planner is told.
 * In a shared programme a member changes only its own organisation's measures.
 */
@Controller
@RequestMapping("/manage/{slug}")
class MeasureAdmin {

	record MilestoneForm(@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate milestoneDue,
			@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String milestoneTitle) {
	}

	private final Measures measures;
	private final MeasureStore store;
	private final PlanStore plans;
	private final PlanAccess access;
	private final Organisations organisations;
	private final Events events;
	private final CurrentUser currentUser;
	private final OfferLinks offers;

	MeasureAdmin(Measures measures, MeasureStore store, PlanStore plans, PlanAccess access, Organisations organisations,
			Events events, CurrentUser currentUser, OfferLinks offers) {
		this.offers = offers;
		this.measures = measures;
		this.store = store;
		this.plans = plans;
		this.access = access;
		this.organisations = organisations;
		this.events = events;
		this.currentUser = currentUser;
	}

	@GetMapping("/plans/{planId}/measures/new")
	String newMeasure(@PathVariable String slug, @PathVariable UUID planId, Model model) {
		OrganisationSummary organisation = access.planner(slug);
		Plan plan = access.contributable(organisation, planId);
		model.addAttribute("measureForm", MeasureForm.empty("PLANNED"));
		return formPage(organisation, plan, null, model);
	}

	@PostMapping("/plans/{planId}/measures")
	String create(@PathVariable String slug, @PathVariable UUID planId, @Valid @ModelAttribute("measureForm") MeasureForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		Plan plan = access.contributable(organisation, planId);
		if (result.getTarget() != null) {
			reject(measures.problems(planId, form, null), result);
		}
		if (result.hasErrors()) {
			return formPage(organisation, plan, null, model);
		}
		UUID id;
		try {
			id = measures.create(planId, organisation.id(), form, editor());
		}
		catch (DuplicateKeyException takenMeanwhile) {
			result.rejectValue("number", "measure.number.taken");
			return formPage(organisation, plan, null, model);
		}
		Flash.notice(redirect, "measure.saved");
		return "redirect:/manage/" + slug + "/measures/" + id;
	}

	/** The editor; {@code offerQuery} searches the catalog's published offers to link (see MeasureOfferAdmin). */
	@GetMapping("/measures/{id}")
	String edit(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String offerQuery, Model model) {
		OrganisationSummary organisation = access.planner(slug);
		Changeable changeable = changeable(organisation, id);
		model.addAttribute("measureForm", MeasureForm.of(changeable.measure()));
		model.addAttribute("offerSection", offers.section(id, offerQuery));
		return formPage(organisation, changeable.plan(), changeable.measure(), model);
	}

	@PostMapping("/measures/{id}")
	String update(@PathVariable String slug, @PathVariable UUID id, @RequestParam int version,
			@Valid @ModelAttribute("measureForm") MeasureForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		Changeable changeable = changeable(organisation, id);
		Measure measure = changeable.measure();
		Plan plan = changeable.plan();
		if (result.getTarget() != null) {
			reject(measures.problems(plan.id(), form, id), result);
		}
		if (result.hasErrors()) {
			return formPage(organisation, plan, measure, model);
		}
		try {
			if (!measures.update(measure, version, form, editor())) {
				model.addAttribute(Flash.PROBLEM, "measure.changedMeanwhile");
				return formPage(organisation, plan, measure, model);
			}
		}
		catch (DuplicateKeyException takenMeanwhile) {
			result.rejectValue("number", "measure.number.taken");
			return formPage(organisation, plan, measure, model);
		}
		Flash.notice(redirect, "measure.saved");
		return "redirect:/manage/" + slug + "/measures/" + id;
	}

	@PostMapping("/measures/{id}/milestones")
	String addMilestone(@PathVariable String slug, @PathVariable UUID id,
			@Valid @ModelAttribute("milestoneForm") MilestoneForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		Changeable changeable = changeable(organisation, id);
		Measure measure = changeable.measure();
		if (result.hasErrors() || form.milestoneDue() == null) {
			model.addAttribute("measureForm", MeasureForm.of(measure));
			return formPage(organisation, changeable.plan(), measure, model);
		}
		measures.addMilestone(measure, form.milestoneDue(), form.milestoneTitle(), false, editor());
		return saved(slug, id, "milestones", redirect);
	}

	@PostMapping("/measures/{id}/milestones/{milestoneId}")
	String setMilestone(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID milestoneId,
			@RequestParam String action, RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		Measure measure = changeable(organisation, id).measure();
		boolean changed = switch (action) {
			case "done" -> measures.setMilestoneDone(measure, milestoneId, true, editor());
			case "open" -> measures.setMilestoneDone(measure, milestoneId, false, editor());
			case "remove" -> measures.removeMilestone(measure, milestoneId, editor());
			default -> false;
		};
		if (!changed) {
			throw new NotFoundException();
		}
		return saved(slug, id, "milestones", redirect);
	}

	@PostMapping("/measures/{id}/events")
	String linkEvent(@PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) @Nullable UUID event,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		Measure measure = changeable(organisation, id).measure();
		if (event == null || events.organisedBy(organisation.id()).stream().noneMatch(e -> e.id().equals(event))) {
			Flash.problem(redirect, "measure.event.unknown");
			return "redirect:/manage/" + slug + "/measures/" + id + "#links";
		}
		measures.link(measure, LinkKind.EVENT, event);
		return saved(slug, id, "links", redirect);
	}

	/** A measure the organisation may change, with its plan. */
	private record Changeable(Plan plan, Measure measure) {
	}

	private Changeable changeable(OrganisationSummary organisation, UUID id) {
		Measure measure = store.find(id).orElseThrow(NotFoundException::new);
		Plan plan = access.contributable(organisation, measure.planId());
		if (!access.mayChange(organisation, plan, measure)) {
			throw new NotFoundException();
		}
		return new Changeable(plan, measure);
	}

	private static void reject(Map<String, String> problems, BindingResult result) {
		problems.forEach((field, key) -> {
			if (!result.hasFieldErrors(field)) {
				result.rejectValue(field, key);
			}
		});
	}

	private Editor editor() {
		return new Editor(currentUser.personId().orElse(null), currentUser.displayName().orElse("–"));
	}

	private static String saved(String slug, UUID id, String anchor, RedirectAttributes redirect) {
		Flash.notice(redirect, "measure.saved");
		return "redirect:/manage/" + slug + "/measures/" + id + "#" + anchor;
	}

	private String formPage(OrganisationSummary organisation, Plan plan, @Nullable Measure measure, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("plan", plan);
		model.addAttribute("measure", measure);
		model.addAttribute("statuses", plans.statuses(plan.id()));
		model.addAttribute("fieldChoices", Choice.of(plans.fields(plan.id()), FieldOfAction::id, FieldOfAction::title));
		model.addAttribute("partnerChoices", Choice.of(organisations.partners(), OrganisationSummary::id, OrganisationSummary::name));
		if (!model.containsAttribute("milestoneForm")) {
			model.addAttribute("milestoneForm", new MilestoneForm(null, ""));
		}
		if (measure != null) {
			model.addAttribute("milestones", store.milestones(measure.id()));
			model.addAttribute("versions", store.versions(measure.id()));
			model.addAttribute("linkedEvents", events.byIds(store.links(measure.id(), LinkKind.EVENT)));
			model.addAttribute("organiserEvents", events.organisedBy(organisation.id()));
			if (!model.containsAttribute("offerSection")) {
				model.addAttribute("offerSection", offers.section(measure.id(), null));
			}
		}
		return "planning/plan/manage-measure";
	}
}
