package org.werkstatt.planning.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

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
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.planning.plan.StructureForms.FieldForm;
import org.werkstatt.planning.plan.StructureForms.GoalForm;
import org.werkstatt.planning.plan.StructureForms.IndicatorForm;
import org.werkstatt.planning.plan.StructureForms.StatusForm;
import org.werkstatt.planning.plan.StructureForms.ValueForm;
import org.werkstatt.platform.web.Choice;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.Language;
import org.werkstatt.platform.web.SiteLanguage;

/**
 * A planner's pages for plans under {@code /manage/{slug}/plans}: the organisation's plans and the
 * shared programmes of its networks, a new plan, and a plan's editor (its data, statuses, fields of
 * action, goals, indicators and their values, and its measures). Admins and planners only
 * ({@link PlanAccess}).
 */
@Controller
@RequestMapping("/manage/{slug}/plans")
class PlanAdmin {

	private final PlanStore plans;
	private final MeasureStore measures;
	private final PlanAccess access;
	private final Organisations organisations;
	private final SiteLanguage site;
	private final OfferLinks offers;

	PlanAdmin(PlanStore plans, MeasureStore measures, PlanAccess access, Organisations organisations, SiteLanguage site,
			OfferLinks offers) {
		this.offers = offers;
		this.site = site;
		this.plans = plans;
		this.measures = measures;
		this.access = access;
		this.organisations = organisations;
	}

	@GetMapping
	String list(@PathVariable String slug, Model model) {
		OrganisationSummary organisation = access.planner(slug);
		model.addAttribute("planForm", new PlanForm(PlanKind.LABOUR_MARKET_PROGRAMME, "", null, null, null, PlanState.DRAFT,
				null, null, PlanVisibility.PUBLIC, false));
		return listPage(organisation, model);
	}

	@PostMapping
	String create(@PathVariable String slug, @Valid @ModelAttribute("planForm") PlanForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		check(organisation, form, result);
		if (result.hasErrors()) {
			return listPage(organisation, model);
		}
		UUID id = plans.create(organisation.id(), form);
		Flash.notice(redirect, "plan.saved");
		return "redirect:/manage/" + slug + "/plans/" + id;
	}

	/** The plan's page for its planners; {@code offers=1} lists only the measures that published offers implement. */
	@GetMapping("/{id}")
	String edit(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(name = "offers", required = false) @Nullable String withOffers, Model model) {
		OrganisationSummary organisation = access.planner(slug);
		Plan plan = access.contributable(organisation, id);
		model.addAttribute("planForm", PlanForm.of(plan));
		return editPage(organisation, plan, model, OfferLinks.requested(withOffers));
	}

	@PostMapping("/{id}")
	String update(@PathVariable String slug, @PathVariable UUID id, @Valid @ModelAttribute("planForm") PlanForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		Plan plan = access.owned(organisation, id);
		check(organisation, form, result);
		if (result.hasErrors()) {
			return editPage(organisation, plan, model);
		}
		plans.update(id, form);
		Flash.notice(redirect, "plan.saved");
		return "redirect:/manage/" + slug + "/plans/" + id;
	}

	@PostMapping("/{id}/statuses")
	String addStatus(@PathVariable String slug, @PathVariable UUID id, @Valid @ModelAttribute("statusForm") StatusForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		Plan plan = access.owned(organisation, id);
		Language siteDefault = site.siteDefault();
		// a number that could not be read leaves the binding without its target; its field error is shown then
		if (result.getTarget() != null && form.labels().exactly(siteDefault) == null) {
			result.rejectValue(StatusForm.field(siteDefault), "validation.required");
		}
		if (result.hasErrors() || form.statusStage() == null || form.statusProgress() == null) {
			return editPage(organisation, plan, model);
		}
		plans.addStatus(id, form.labels(), form.statusStage(), form.statusProgress());
		return saved(slug, id, "statuses", redirect);
	}

	@PostMapping("/{id}/fields")
	String addField(@PathVariable String slug, @PathVariable UUID id, @Valid @ModelAttribute("fieldForm") FieldForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		Plan plan = access.owned(organisation, id);
		if (result.hasErrors()) {
			return editPage(organisation, plan, model);
		}
		plans.addField(id, form.fieldTitle(), form.fieldDescription(), form.fieldTargetGroups());
		return saved(slug, id, "fields", redirect);
	}

	@PostMapping("/{id}/goals")
	String addGoal(@PathVariable String slug, @PathVariable UUID id, @Valid @ModelAttribute("goalForm") GoalForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		Plan plan = access.owned(organisation, id);
		if (form.goalField() != null && plans.fields(id).stream().noneMatch(f -> f.id().equals(form.goalField()))) {
			result.rejectValue("goalField", "measure.fieldOfAction.unknown");
		}
		if (result.hasErrors()) {
			return editPage(organisation, plan, model);
		}
		plans.addGoal(id, form.goalField(), form.goalTitle(), form.goalDescription());
		return saved(slug, id, "goals", redirect);
	}

	@PostMapping("/{id}/indicators")
	String addIndicator(@PathVariable String slug, @PathVariable UUID id,
			@Valid @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		Plan plan = access.owned(organisation, id);
		if (result.getTarget() != null && form.indicatorGoal() != null && plans.goals(id).stream().noneMatch(g -> g.id().equals(form.indicatorGoal()))) {
			result.rejectValue("indicatorGoal", "plan.goal.unknown");
		}
		if (result.hasErrors() || form.indicatorGoal() == null) {
			return editPage(organisation, plan, model);
		}
		plans.addIndicator(id, form.indicatorGoal(), form.indicatorName(), form.indicatorUnit(), form.indicatorBaseline(),
				form.indicatorTarget(), form.indicatorSource());
		return saved(slug, id, "goals", redirect);
	}

	@PostMapping("/{id}/values")
	String recordValue(@PathVariable String slug, @PathVariable UUID id, @Valid @ModelAttribute("valueForm") ValueForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		Plan plan = access.owned(organisation, id);
		if (result.getTarget() != null && form.valueIndicator() != null && plans.goals(id)
			.stream()
			.flatMap(g -> g.indicators().stream())
			.noneMatch(i -> i.id().equals(form.valueIndicator()))) {
			result.rejectValue("valueIndicator", "plan.indicator.unknown");
		}
		if (result.hasErrors() || form.valueIndicator() == null || form.valueDate() == null || form.valueNumber() == null) {
			return editPage(organisation, plan, model);
		}
		plans.recordValue(form.valueIndicator(), form.valueDate(), form.valueNumber());
		return saved(slug, id, "goals", redirect);
	}

	/** The period in order; only a network shares a programme with its members. */
	private void check(OrganisationSummary organisation, PlanForm form, BindingResult result) {
		if (result.getTarget() == null) {
			return;
		}
		if (!form.periodInOrder() && !result.hasFieldErrors("periodEnd")) {
			result.rejectValue("periodEnd", "plan.period.order");
		}
		if (form.sharedWithMembers() && !organisation.isNetwork()) {
			result.rejectValue("shared", "plan.shared.networkOnly");
		}
	}

	private static String saved(String slug, UUID id, String anchor, RedirectAttributes redirect) {
		Flash.notice(redirect, "plan.saved");
		return "redirect:/manage/" + slug + "/plans/" + id + "#" + anchor;
	}

	private String listPage(OrganisationSummary organisation, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("plans", plans.of(organisation.id(), organisations.networksOf(organisation.id())));
		model.addAttribute("kinds", PlanKind.values());
		model.addAttribute("states", PlanState.values());
		model.addAttribute("visibilities", PlanVisibility.values());
		return "planning/plan/manage-plans";
	}

	private String editPage(OrganisationSummary organisation, Plan plan, Model model) {
		return editPage(organisation, plan, model, false);
	}

	private String editPage(OrganisationSummary organisation, Plan plan, Model model, boolean withOffers) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("plan", plan);
		model.addAttribute("owns", plan.organisationId().equals(organisation.id()));
		model.addAttribute("kinds", PlanKind.values());
		model.addAttribute("states", PlanState.values());
		model.addAttribute("visibilities", PlanVisibility.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("siteDefault", site.siteDefault());
		model.addAttribute("statuses", plans.statuses(plan.id()));
		List<FieldOfAction> fields = plans.fields(plan.id());
		List<Goal> goals = plans.goals(plan.id());
		model.addAttribute("fields", fields);
		model.addAttribute("goals", goals);
		model.addAttribute("fieldChoices", Choice.of(fields, FieldOfAction::id, FieldOfAction::title));
		model.addAttribute("goalChoices", Choice.of(goals, Goal::id, Goal::title));
		model.addAttribute("indicatorChoices", Choice.of(goals.stream().flatMap(g -> g.indicators().stream()).toList(),
				Indicator::id, Indicator::name));
		var all = measures.allForPlanners(plan.id());
		Map<UUID, Integer> offerCounts = offers.publishedCounts(plan.id());
		model.addAttribute("measures", withOffers ? all.stream().filter(m -> offerCounts.containsKey(m.id())).toList() : all);
		model.addAttribute("offerCounts", offerCounts);
		model.addAttribute("withOffers", withOffers);
		model.addAttribute("unpublished", measures.unpublished(plan.id()));
		model.addAttribute("keepers", organisations.byIds(all.stream().map(Measure::organisationId).distinct().toList()));
		addIfMissing(model, "planForm", PlanForm.of(plan));
		addIfMissing(model, "statusForm", new StatusForm(null, null, null, Stage.ACTIVE, 30));
		addIfMissing(model, "fieldForm", new FieldForm("", null, null));
		addIfMissing(model, "goalForm", new GoalForm("", null, null));
		addIfMissing(model, "indicatorForm", new IndicatorForm(null, "", "%", null, null, null));
		addIfMissing(model, "valueForm", new ValueForm(null, null, null));
		return "planning/plan/manage-plan";
	}

	private static void addIfMissing(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}
}
