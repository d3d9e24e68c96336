package org.werkstatt.planning.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.planning.plan.Plan;
import org.werkstatt.planning.plan.PlanAccess;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.workshop.EventSummary;
import org.werkstatt.workshop.Events;
import org.werkstatt.workshop.SeriesSummary;

/**
 * Where a plan is presented: its owner's admins and planners choose among the events the organisation
 * organises (its own and co-organised ones) and the series it runs; those pages then show the plan. An
 * event or series the organisation does not organise is refused with a message, and nothing is saved.
 */
@Controller
@RequestMapping("/manage/{slug}/plans/{id}/meetings")
class MeetingAdmin {

	private final PlanAccess access;
	private final PlanMeetings meetings;
	private final Events events;

	MeetingAdmin(PlanAccess access, PlanMeetings meetings, Events events) {
		this.access = access;
		this.meetings = meetings;
		this.events = events;
	}

	@GetMapping
	String edit(@PathVariable String slug, @PathVariable UUID id, Model model) {
		OrganisationSummary organisation = access.planner(slug);
		Plan plan = access.owned(organisation, id);
		return page(organisation, plan, texts(meetings.events(id)), texts(meetings.series(id)), null, model);
	}

	@PostMapping
	String save(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(name = "event", required = false) @Nullable List<String> event,
			@RequestParam(name = "series", required = false) @Nullable List<String> series, Model model,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = access.planner(slug);
		Plan plan = access.owned(organisation, id);
		List<String> chosenEvents = event == null ? List.of() : event;
		List<String> chosenSeries = series == null ? List.of() : series;
		Set<UUID> eventIds = known(chosenEvents,
				events.organisedBy(organisation.id()).stream().map(EventSummary::id).toList());
		Set<UUID> seriesIds = known(chosenSeries,
				events.seriesRunBy(organisation.id()).stream().map(SeriesSummary::id).toList());
		if (eventIds == null || seriesIds == null) {
			return page(organisation, plan, chosenEvents, chosenSeries, "planMeetings.unknown", model);
		}
		meetings.replace(id, eventIds, seriesIds);
		Flash.notice(redirect, "planMeetings.saved");
		return "redirect:/manage/" + slug + "/plans/" + id + "/meetings";
	}

	/** The chosen ids, or null when one of them is not among those offered (or no id at all). */
	private static @Nullable Set<UUID> known(List<String> chosen, List<UUID> offered) {
		Set<UUID> ids = new LinkedHashSet<>();
		for (String value : chosen) {
			try {
				UUID one = UUID.fromString(value.strip());
				if (!offered.contains(one)) {
					return null;
				}
				ids.add(one);
			}
			catch (IllegalArgumentException notAnId) {
				return null;
			}
		}
		return ids;
	}

	private static List<String> texts(List<UUID> ids) {
		return new ArrayList<>(ids.stream().map(UUID::toString).toList());
	}

	private String page(OrganisationSummary organisation, Plan plan, List<String> chosenEvents, List<String> chosenSeries,
			@Nullable String problem, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("plan", plan);
		model.addAttribute("events", events.organisedBy(organisation.id()));
		model.addAttribute("series", events.seriesRunBy(organisation.id()));
		model.addAttribute("chosenEvents", chosenEvents);
		model.addAttribute("chosenSeries", chosenSeries);
		model.addAttribute("meetingProblem", problem);
		return "planning/meeting/manage-meetings";
	}
}
