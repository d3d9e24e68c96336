package org.werkstatt.cooperation.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.catalog.OfferModule;
import org.werkstatt.catalog.Offers;
import org.werkstatt.cooperation.agreement.DataCategory;
import org.werkstatt.cooperation.agreement.StaffDirectory;
import org.werkstatt.cooperation.audit.AccessKind;
import org.werkstatt.cooperation.participant.AccessDecision.Side;
import org.werkstatt.cooperation.participant.CoopFrame;
import org.werkstatt.cooperation.participant.Participant;
import org.werkstatt.cooperation.participant.ParticipantAccess;
import org.werkstatt.cooperation.participant.ParticipantAccess.Need;
import org.werkstatt.cooperation.participant.ParticipantAccess.ParticipantGrant;
import org.werkstatt.cooperation.plan.IndividualPlan.Actor;
import org.werkstatt.cooperation.plan.IndividualPlan.Outcome;
import org.werkstatt.cooperation.plan.PlanForms.GoalForm;
import org.werkstatt.cooperation.plan.PlanForms.IntegrationGoalForm;
import org.werkstatt.cooperation.plan.PlanForms.MilestoneForm;
import org.werkstatt.cooperation.plan.PlanForms.ModuleForm;
import org.werkstatt.cooperation.plan.PlanForms.NoteForm;
import org.werkstatt.cooperation.plan.PlanHtml.RefusedDates;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.platform.web.SiteTime;

/**
 * A participant's individual plan for both sides. Every handler first asks {@link ParticipantAccess} (data category
 * GOALS_PLAN; one access-log entry per request), then reads its parameters: item ids come as form fields (never in
 * the address), a missing or forged one is "not found" on the page. Every form carries the plan's version; a stale
 * one changes nothing and the page comes back with what was typed and the plan as it is now.
 */
@Controller
@RequestMapping("/work/coop/{agreementId}/participants/{participantId}/plan")
class IndividualPlanPages {

	/** A line of the timeline, ready to show. */
	record Line(int version, String messageKey, String subject, String detail, Side side, String who, Instant at) {
	}

	private final ParticipantAccess access;
	private final IndividualPlans plans;
	private final Offers offers;
	private final StaffDirectory directory;
	private final Organisations organisations;
	private final SiteTime siteTime;
	private final MessageSource messages;

	IndividualPlanPages(ParticipantAccess access, IndividualPlans plans, Offers offers, StaffDirectory directory, Organisations organisations,
			SiteTime siteTime, MessageSource messages) {
		this.messages = messages;
		this.access = access;
		this.plans = plans;
		this.offers = offers;
		this.directory = directory;
		this.organisations = organisations;
		this.siteTime = siteTime;
	}

	@GetMapping
	String show(@PathVariable UUID agreementId, @PathVariable UUID participantId, Model model) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.READ, DataCategory.GOALS_PLAN,
				Need.READ, "individual plan");
		return page(grant, model);
	}

	@PostMapping("/integration-goal")
	String integrationGoal(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam(required = false) @Nullable String version,
			@Valid @ModelAttribute("goalForm") IntegrationGoalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ParticipantGrant grant = write(agreementId, participantId, "plan: integration goal");
		if (result.hasErrors() || result.getTarget() == null) {
			return page(grant, model);
		}
		String goal = blank(form.integrationGoal());
		return after(grant, plans.integrationGoal(participantId, version(version), actor(grant), goal), model, redirect,
				"coopPlan.integrationGoal.saved", "integration-goal");
	}

	@PostMapping("/goals")
	String addGoal(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam(required = false) @Nullable String version, @Valid @ModelAttribute("newGoal") GoalForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ParticipantGrant grant = write(agreementId, participantId, "plan: add goal");
		String text = result.getTarget() == null ? null : blank(form.goalText());
		if (result.hasErrors() || text == null) {
			return page(grant, model);
		}
		return after(grant, plans.addGoal(participantId, version(version), actor(grant), text), model, redirect,
				"coopPlan.goal.added", "goals");
	}

	@PostMapping("/goals/achieved")
	String goalAchieved(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam(required = false) @Nullable String version, @RequestParam(required = false) @Nullable String goalId,
			@RequestParam(required = false) @Nullable String done, Model model, RedirectAttributes redirect) {
		ParticipantGrant grant = write(agreementId, participantId, "plan: goal achieved");
		UUID id = id(goalId);
		Outcome outcome = id == null ? Outcome.NOT_FOUND
				: plans.goalAchieved(participantId, version(version), actor(grant), id, "true".equals(done) ? access.today() : null);
		return after(grant, outcome, model, redirect, "coopPlan.goal.changed", "goals");
	}

	@PostMapping("/goals/remove")
	String removeGoal(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam(required = false) @Nullable String version, @RequestParam(required = false) @Nullable String goalId,
			Model model, RedirectAttributes redirect) {
		ParticipantGrant grant = write(agreementId, participantId, "plan: remove goal");
		UUID id = id(goalId);
		Outcome outcome = id == null ? Outcome.NOT_FOUND : plans.removeGoal(participantId, version(version), actor(grant), id);
		return after(grant, outcome, model, redirect, "coopPlan.goal.removed", "goals");
	}

	@PostMapping("/milestones")
	String addMilestone(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam(required = false) @Nullable String version,
			@Valid @ModelAttribute("milestoneForm") MilestoneForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ParticipantGrant grant = write(agreementId, participantId, "plan: add milestone");
		String title = result.getTarget() == null ? null : blank(form.milestoneTitle());
		LocalDate due = result.getTarget() == null ? null : form.milestoneDue();
		if (result.hasErrors() || title == null || due == null) {
			return page(grant, model);
		}
		return after(grant, plans.addMilestone(participantId, version(version), actor(grant), title, due), model, redirect,
				"coopPlan.milestone.added", "milestones");
	}

	@PostMapping("/milestones/done")
	String milestoneDone(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam(required = false) @Nullable String version,
			@RequestParam(required = false) @Nullable String milestoneId, @RequestParam(required = false) @Nullable String done,
			Model model, RedirectAttributes redirect) {
		ParticipantGrant grant = write(agreementId, participantId, "plan: milestone done");
		UUID id = id(milestoneId);
		Outcome outcome = id == null ? Outcome.NOT_FOUND
				: plans.milestoneDone(participantId, version(version), actor(grant), id, "true".equals(done) ? access.today() : null);
		return after(grant, outcome, model, redirect, "coopPlan.milestone.changed", "milestones");
	}

	@PostMapping("/milestones/remove")
	String removeMilestone(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam(required = false) @Nullable String version,
			@RequestParam(required = false) @Nullable String milestoneId, Model model, RedirectAttributes redirect) {
		ParticipantGrant grant = write(agreementId, participantId, "plan: remove milestone");
		UUID id = id(milestoneId);
		Outcome outcome = id == null ? Outcome.NOT_FOUND
				: plans.removeMilestone(participantId, version(version), actor(grant), id);
		return after(grant, outcome, model, redirect, "coopPlan.milestone.removed", "milestones");
	}

	@PostMapping("/modules")
	String addModule(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam(required = false) @Nullable String version, @Valid @ModelAttribute("moduleForm") ModuleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ParticipantGrant grant = write(agreementId, participantId, "plan: add module");
		String name = result.getTarget() == null ? null : blank(form.moduleName());
		if (result.hasErrors() || name == null) {
			return page(grant, model);
		}
		return after(grant, plans.addModule(participantId, version(version), actor(grant), name), model, redirect,
				"coopPlan.module.added", "modules");
	}

	@PostMapping("/modules/from-offer")
	String modulesFromOffer(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam(required = false) @Nullable String version, Model model, RedirectAttributes redirect) {
		ParticipantGrant grant = write(agreementId, participantId, "plan: modules from the offer");
		UUID offer = grant.participant().offerId();
		List<OfferModule> offered = offer == null ? List.of() : offers.modules(offer);
		Outcome outcome = offered.isEmpty() ? Outcome.NOT_FOUND
				: plans.modulesFromOffer(participantId, version(version), actor(grant), offered);
		return after(grant, outcome, model, redirect, "coopPlan.module.fromOfferDone", "modules");
	}

	@PostMapping("/modules/dates")
	String moduleDates(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam(required = false) @Nullable String version,
			@RequestParam(required = false) @Nullable String moduleId,
			@RequestParam(required = false) @Nullable String started,
			@RequestParam(required = false) @Nullable String completed, Model model, RedirectAttributes redirect) {
		ParticipantGrant grant = write(agreementId, participantId, "plan: module dates");
		UUID id = id(moduleId);
		if (id == null) {
			return after(grant, Outcome.NOT_FOUND, model, redirect, "", "modules");
		}
		String problem = null;
		LocalDate start = null;
		LocalDate end = null;
		try {
			start = date(started);
			end = date(completed);
			LocalDate today = access.today();
			if ((start != null && start.isAfter(today)) || (end != null && end.isAfter(today))) {
				problem = "coopPlan.module.future";
			}
			else if (start != null && end != null && end.isBefore(start)) {
				problem = "coopPlan.module.completedBeforeStarted";
			}
			else if (start == null && end != null) {
				problem = "coopPlan.module.completedWithoutStart";
			}
		}
		catch (DateTimeParseException e) {
			problem = "typeMismatch.java.time.LocalDate";
		}
		if (problem != null) {
			return page(grant, model, new RefusedDates(id, problem, started == null ? "" : started, completed == null ? "" : completed));
		}
		return after(grant, plans.moduleDates(participantId, version(version), actor(grant), id, start, end), model,
				redirect, "coopPlan.module.datesSaved", "module-" + id);
	}

	@PostMapping("/modules/remove")
	String removeModule(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam(required = false) @Nullable String version,
			@RequestParam(required = false) @Nullable String moduleId, Model model, RedirectAttributes redirect) {
		ParticipantGrant grant = write(agreementId, participantId, "plan: remove module");
		UUID id = id(moduleId);
		Outcome outcome = id == null ? Outcome.NOT_FOUND : plans.removeModule(participantId, version(version), actor(grant), id);
		return after(grant, outcome, model, redirect, "coopPlan.module.removed", "modules");
	}

	@PostMapping("/notes")
	String addNote(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam(required = false) @Nullable String version, @Valid @ModelAttribute("noteForm") NoteForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ParticipantGrant grant = write(agreementId, participantId, "plan: add note");
		String body = result.getTarget() == null ? null : blank(form.noteBody());
		if (result.hasErrors() || body == null) {
			return page(grant, model);
		}
		return after(grant, plans.addNote(participantId, version(version), actor(grant), body), model, redirect,
				"coopPlan.note.added", "notes");
	}

	// ---- helpers ----

	private ParticipantGrant write(UUID agreementId, UUID participantId, String purpose) {
		return access.participant(agreementId, participantId, AccessKind.WRITE, DataCategory.GOALS_PLAN, Need.READ, purpose);
	}

	private String after(ParticipantGrant grant, Outcome outcome, Model model, RedirectAttributes redirect, String doneKey,
			String anchor) {
		String base = "redirect:/work/coop/" + grant.agreement().id() + "/participants/" + grant.participant().id() + "/plan";
		return switch (outcome) {
			case DONE -> {
				Flash.notice(redirect, doneKey);
				yield base + "#" + anchor;
			}
			case NOT_FOUND -> {
				Flash.problem(redirect, "coopPlan.notFound");
				yield base;
			}
			case STALE -> {
				model.addAttribute("problem", "coopPlan.stale");
				yield page(grant, model);
			}
		};
	}

	private static Actor actor(ParticipantGrant grant) {
		UUID person = grant.viewer().personId();
		if (person == null) {
			throw new NotFoundException();
		}
		return new Actor(grant.decision().side(), person);
	}

	private String page(ParticipantGrant grant, Model model) {
		return page(grant, model, RefusedDates.NONE);
	}

	private String page(ParticipantGrant grant, Model model, RefusedDates refusedDates) {
		Participant participant = grant.participant();
		CoopFrame.put(organisations, grant.agreement(), grant.decision(), model);
		IndividualPlan plan = plans.plan(participant.id());
		List<UUID> people = new ArrayList<>();
		plan.versions().forEach(v -> people.add(v.changedBy()));
		plan.notes().forEach(n -> people.add(n.writtenBy()));
		Map<UUID, String> names = directory.names(people);
		model.addAttribute("participant", participant);
		model.addAttribute("plan", plan);
		List<Line> timeline = plan.versions().stream().map(v -> line(v, names)).toList();
		model.addAttribute("timeline", timeline);
		PlanHtml html = new PlanHtml(messages, siteTime,
				"/work/coop/" + grant.agreement().id() + "/participants/" + participant.id() + "/plan", plan.version());
		model.addAttribute("goalsHtml", html.goals(plan.goals()));
		model.addAttribute("milestoneRowsHtml", html.milestoneRows(plan.milestones()));
		model.addAttribute("modulesHtml", html.modules(plan.modules(), refusedDates));
		model.addAttribute("notesHtml", html.notes(plan.notes(), names));
		model.addAttribute("timelineHtml", html.timeline(timeline));
		List<OfferModule> offered = participant.offerId() == null ? List.of() : offers.modules(participant.offerId());
		List<UUID> held = plan.modules().stream().map(IndividualPlan.Module::offerModuleId).toList();
		model.addAttribute("offerModulesMissing", offered.stream().filter(m -> !held.contains(m.id())).count());
		model.addAttribute("integrationGoalFormHtml", html.integrationGoalForm(errors(model, "goalForm"), plan.integrationGoal()));
		model.addAttribute("goalFormHtml", html.goalForm(errors(model, "newGoal")));
		model.addAttribute("milestoneFormHtml", html.milestoneForm(errors(model, "milestoneForm")));
		model.addAttribute("moduleFormHtml", html.moduleForm(errors(model, "moduleForm")));
		model.addAttribute("noteFormHtml", html.noteForm(errors(model, "noteForm")));
		return "cooperation/plan";
	}

	/** The binding of a form that came back (what was typed, its errors); none on a page that was only read. */
	private static @Nullable Errors errors(Model model, String form) {
		return model.getAttribute(BindingResult.MODEL_KEY_PREFIX + form) instanceof Errors errors ? errors : null;
	}

	private Line line(IndividualPlan.Version v, Map<UUID, String> names) {
		String detail = v.detail() == null ? "" : v.detail();
		if (v.change().dated()) {
			List<String> days = new ArrayList<>();
			for (String part : detail.split("\\|", -1)) {
				days.add(part.isEmpty() ? "–" : siteTime.day(LocalDate.parse(part)));
			}
			detail = String.join(" – ", days);
		}
		return new Line(v.version(), v.change().messageKey(), v.subject() == null ? "–" : v.subject(), detail, v.side(),
				names.getOrDefault(v.changedBy(), "–"), v.changedAt());
	}

	/** The version the form was read at; -1 (stale) when missing or not a number. */
	private static int version(@Nullable String version) {
		if (version == null) {
			return -1;
		}
		try {
			return Integer.parseInt(version.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	static @Nullable UUID id(@Nullable String id) {
		if (id == null) {
			return null;
		}
		try {
			return UUID.fromString(id.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
	}

	static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
