package org.werkstatt.planning.decision;

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
import org.springframework.web.util.UriComponentsBuilder;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.planning.plan.Editor;
import org.werkstatt.planning.plan.PlanAccess;
import org.werkstatt.platform.web.Flash;

/**
 * The evaluation inbox of an organisation ({@code /manage/{slug}/inbox}) for its admins and planners:
 * the ideas filtered, ordered and paged; one form decides the selected ideas (one or many) or publishes
 * them; publishing all drafts of an event; ideas entered by hand. Every form works without JavaScript and
 * returns to the same filter.
 */
@Controller
@RequestMapping("/manage/{slug}/inbox")
class InboxPages {

	private final PlanAccess access;
	private final Inbox inbox;
	private final Evaluation evaluation;
	private final ManualIdeas manualIdeas;
	private final IdeaGroups groups;
	private final CurrentUser currentUser;

	InboxPages(PlanAccess access, Inbox inbox, Evaluation evaluation, ManualIdeas manualIdeas, IdeaGroups groups,
			CurrentUser currentUser) {
		this.access = access;
		this.inbox = inbox;
		this.evaluation = evaluation;
		this.manualIdeas = manualIdeas;
		this.groups = groups;
		this.currentUser = currentUser;
	}

	@GetMapping
	String inbox(@PathVariable String slug, @ModelAttribute("filter") InboxFilter filter, BindingResult binding,
			Model model) {
		OrganisationSummary organisation = access.planner(slug);
		InboxPage page = inbox.page(organisation, filter);
		DecisionForm form = DecisionForm.empty();
		if (filter.groupId() != null) {
			// a confirmed group is decided together: its ideas come selected
			form = form.forIdeas(page.events().stream().flatMap(e -> e.walls().stream())
				.flatMap(w -> w.ideas().stream()).map(i -> i.id().toString()).toList());
		}
		return page(organisation, filter, page, form, Map.of(), ManualIdeaForm.empty(), model);
	}

	@PostMapping("/decisions")
	String decide(@PathVariable String slug, @ModelAttribute("filter") InboxFilter filter, BindingResult filterBinding,
			@ModelAttribute("decisionForm") DecisionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		Evaluation.Outcome outcome = evaluation.decide(organisation, form, editor());
		if (!outcome.done()) {
			model.addAttribute(Flash.PROBLEM, outcome.messageKey());
			return page(organisation, filter, inbox.page(organisation, filter), form, outcome.problems(),
					ManualIdeaForm.empty(), model);
		}
		Flash.notice(redirect, outcome.messageKey());
		return back(organisation, filter);
	}

	@PostMapping("/publish")
	String publish(@PathVariable String slug, @ModelAttribute("filter") InboxFilter filter, BindingResult filterBinding,
			@RequestParam(name = "publishEvent", required = false) @Nullable String event,
			@ModelAttribute("decisionForm") DecisionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		UUID eventId = DecisionRules.uuid(event).orElse(null);
		if (event != null && !event.isBlank() && eventId == null) {
			Flash.problem(redirect, "decision.ideas.unknown");
			return back(organisation, filter);
		}
		Evaluation.Outcome outcome;
		if (eventId == null && form.typed()) {
			// a decision typed into the form is saved and published at once, never dropped
			outcome = evaluation.decideAndPublish(organisation, form, editor());
			if (!outcome.done()) {
				model.addAttribute(Flash.PROBLEM, outcome.messageKey());
				return page(organisation, filter, inbox.page(organisation, filter), form, outcome.problems(),
						ManualIdeaForm.empty(), model);
			}
		}
		else {
			outcome = evaluation.publish(organisation, eventId, form.selected());
		}
		if (outcome.done()) {
			Flash.notice(redirect, outcome.messageKey());
		}
		else {
			Flash.problem(redirect, outcome.messageKey());
		}
		return back(organisation, filter);
	}

	/**
	 * Narrows the measure picker to the measures that contain the text, keeping everything typed into the
	 * decision form (the form's "search" button without JavaScript; htmx swaps only the picker as one types).
	 */
	@PostMapping("/measures")
	String findMeasures(@PathVariable String slug, @ModelAttribute("filter") InboxFilter filter,
			BindingResult filterBinding, @ModelAttribute("decisionForm") DecisionForm form, BindingResult binding,
			Model model) {
		OrganisationSummary organisation = access.planner(slug);
		return page(organisation, filter, inbox.page(organisation, filter), form, Map.of(), ManualIdeaForm.empty(),
				model);
	}

	@PostMapping("/manual")
	String addManual(@PathVariable String slug, @ModelAttribute("filter") InboxFilter filter,
			BindingResult filterBinding, @Valid @ModelAttribute("manualForm") ManualIdeaForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		InboxPage page = inbox.page(organisation, filter);
		UUID eventId = DecisionRules.uuid(form.event()).orElse(null);
		boolean knownEvent = eventId == null
				|| page.eventOptions().stream().anyMatch(option -> option.value().equals(eventId.toString()));
		if (form.event() != null && !form.event().isBlank() && (eventId == null || !knownEvent)) {
			binding.rejectValue("event", "decision.manual.event", "decision.manual.event");
		}
		if (binding.hasErrors()) {
			return page(organisation, filter, page, DecisionForm.empty(), Map.of(), form, model);
		}
		manualIdeas.add(organisation.id(), eventId, form.source(), form.text(), currentUser.personId().orElse(null));
		Flash.notice(redirect, "decision.manual.added");
		return back(organisation, filter);
	}

	private String page(OrganisationSummary organisation, InboxFilter filter, InboxPage page, DecisionForm form,
			Map<String, String> problems, ManualIdeaForm manualForm, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("filter", filter);
		model.addAttribute("inbox", page);
		model.addAttribute("decisionForm", form);
		model.addAttribute("problems", problems);
		model.addAttribute("outcomes", DecisionOutcome.values());
		if (!model.containsAttribute("manualForm")) {
			model.addAttribute("manualForm", manualForm);
		}
		model.addAttribute("groupCount", groups.ofOrganisation(organisation.id()).values().stream().distinct().count());
		return "planning/decision/inbox";
	}

	private Editor editor() {
		return new Editor(currentUser.personId().orElse(null), currentUser.displayName().orElse("–"));
	}

	/** Back to the inbox with the same filter. */
	static String back(OrganisationSummary organisation, InboxFilter filter) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/manage/{slug}/inbox");
		filter.query().forEach(uri::queryParam);
		return "redirect:" + uri.buildAndExpand(organisation.slug()).encode().toUriString();
	}
}
