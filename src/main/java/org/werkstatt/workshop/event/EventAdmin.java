package org.werkstatt.workshop.event;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.SiteTime;
import org.werkstatt.workshop.EventFormat;

/**
 * The organiser's pages for events under {@code /manage/{slug}/events}: admins, planners and moderators
 * of the organisation create and edit events, series, agenda and product show, also of the events
 * their organisation co-organises ({@link OrganiserAccess}). Non-members never get here (identity's
 * access check answers "not found" first).
 */
@Controller
@RequestMapping("/manage/{slug}")
class EventAdmin {

	record SeriesForm(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String seriesTitle,
			@Size(max = 5000, message = "{validation.tooLong}") @Nullable String seriesDescription) {
	}

	record AgendaForm(@NotNull(message = "{validation.required}") @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime agendaStarts,
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String agendaTitle,
			@Size(max = 200, message = "{validation.tooLong}") @Nullable String agendaSpeaker,
			@Size(max = 100, message = "{validation.tooLong}") @Nullable String agendaRoom) {
	}

	record ShowcaseForm(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String showcaseTitle,
			@Size(max = 200, message = "{validation.tooLong}") @Nullable String showcasePresenter,
			@Size(max = 2000, message = "{validation.tooLong}") @Nullable String showcaseDescription) {
	}

	private final EventStore events;
	private final OrganiserAccess access;
	private final CoOrganisers coOrganisers;
	private final Organisations organisations;
	private final SiteTime siteTime;

	EventAdmin(EventStore events, OrganiserAccess access, CoOrganisers coOrganisers, Organisations organisations,
			SiteTime siteTime) {
		this.events = events;
		this.access = access;
		this.coOrganisers = coOrganisers;
		this.organisations = organisations;
		this.siteTime = siteTime;
	}

	@GetMapping("/events")
	String list(@PathVariable String slug, Model model) {
		OrganisationSummary organisation = organiser(slug);
		model.addAttribute("seriesForm", new SeriesForm("", ""));
		return listPage(organisation, model);
	}

	@PostMapping("/series")
	String createSeries(@PathVariable String slug, @Valid @ModelAttribute("seriesForm") SeriesForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OrganisationSummary organisation = organiser(slug);
		if (result.hasErrors()) {
			return listPage(organisation, model);
		}
		events.createSeries(organisation.id(), form.seriesTitle(), form.seriesDescription());
		Flash.notice(redirect, "series.created");
		return "redirect:/manage/" + slug + "/events";
	}

	@GetMapping("/events/new")
	String newEvent(@PathVariable String slug, Model model) {
		OrganisationSummary organisation = organiser(slug);
		model.addAttribute("eventForm", EventForm.empty());
		return formPage(organisation, null, model);
	}

	@PostMapping("/events/new")
	String create(@PathVariable String slug, @Valid @ModelAttribute("eventForm") EventForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		OrganisationSummary organisation = organiser(slug);
		check(organisation.id(), form, result);
		if (result.hasErrors()) {
			return formPage(organisation, null, model);
		}
		UUID id = events.create(organisation.id(), form, siteTime.zone());
		Flash.notice(redirect, "event.saved");
		return "redirect:/manage/" + slug + "/events/" + id;
	}

	@GetMapping("/events/{id}")
	String edit(@PathVariable String slug, @PathVariable UUID id, Model model) {
		OrganisationSummary organisation = organiser(slug);
		Event event = eventOf(organisation, id);
		model.addAttribute("eventForm", EventForm.of(event, siteTime.zone()));
		return formPage(organisation, event, model);
	}

	@PostMapping("/events/{id}")
	String update(@PathVariable String slug, @PathVariable UUID id, @Valid @ModelAttribute("eventForm") EventForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OrganisationSummary organisation = organiser(slug);
		Event event = eventOf(organisation, id);
		check(event.organisationId(), form, result);
		if (result.hasErrors()) {
			return formPage(organisation, event, model);
		}
		events.update(event.organisationId(), id, form, siteTime.zone());
		Flash.notice(redirect, "event.saved");
		return "redirect:/manage/" + slug + "/events/" + id;
	}

	@PostMapping("/events/{id}/agenda")
	String addAgendaItem(@PathVariable String slug, @PathVariable UUID id,
			@Valid @ModelAttribute("agendaForm") AgendaForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = organiser(slug);
		Event event = eventOf(organisation, id);
		if (result.hasErrors() || form.agendaStarts() == null) {
			model.addAttribute("eventForm", EventForm.of(event, siteTime.zone()));
			return formPage(organisation, event, model);
		}
		events.addAgendaItem(id, form.agendaStarts(), form.agendaTitle(), form.agendaSpeaker(), form.agendaRoom());
		Flash.notice(redirect, "event.saved");
		return "redirect:/manage/" + slug + "/events/" + id + "#agenda";
	}

	@PostMapping("/events/{id}/agenda/{itemId}/remove")
	String removeAgendaItem(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = organiser(slug);
		eventOf(organisation, id);
		events.removeAgendaItem(id, itemId);
		Flash.notice(redirect, "event.saved");
		return "redirect:/manage/" + slug + "/events/" + id + "#agenda";
	}

	@PostMapping("/events/{id}/showcase")
	String addShowcaseItem(@PathVariable String slug, @PathVariable UUID id,
			@Valid @ModelAttribute("showcaseForm") ShowcaseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = organiser(slug);
		Event event = eventOf(organisation, id);
		if (result.hasErrors()) {
			model.addAttribute("eventForm", EventForm.of(event, siteTime.zone()));
			return formPage(organisation, event, model);
		}
		events.addShowcaseItem(id, form.showcaseTitle(), form.showcasePresenter(), form.showcaseDescription());
		Flash.notice(redirect, "event.saved");
		return "redirect:/manage/" + slug + "/events/" + id + "#showcase";
	}

	@PostMapping("/events/{id}/showcase/{itemId}/remove")
	String removeShowcaseItem(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = organiser(slug);
		eventOf(organisation, id);
		events.removeShowcaseItem(id, itemId);
		Flash.notice(redirect, "event.saved");
		return "redirect:/manage/" + slug + "/events/" + id + "#showcase";
	}

	/** The end after the start, and the series one of the event owner's. */
	private void check(UUID ownerId, EventForm form, BindingResult result) {
		if (form.startsAt() != null && form.endsAt() != null && !form.endsAt().isAfter(form.startsAt())
				&& !result.hasFieldErrors("endsAt")) {
			result.rejectValue("endsAt", "event.endsBeforeStart");
		}
		if (form.seriesId() != null && events.findSeries(form.seriesId())
			.filter(series -> series.organisationId().equals(ownerId))
			.isEmpty()) {
			result.rejectValue("seriesId", "typeMismatch");
		}
	}

	private String listPage(OrganisationSummary organisation, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("events", events.ofOrganisation(organisation.id()));
		model.addAttribute("series", events.seriesOf(organisation.id()));
		return "workshop/manage/events";
	}

	private String formPage(OrganisationSummary organisation, @Nullable Event event, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("event", event);
		model.addAttribute("formats", EventFormat.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("series", events.seriesOf(event == null ? organisation.id() : event.organisationId()));
		if (event != null) {
			boolean owner = event.organisationId().equals(organisation.id());
			List<UUID> coOrganiserIds = coOrganisers.of(event.id());
			model.addAttribute("owner", owner);
			model.addAttribute("coOrganisers", organisations.byIds(coOrganiserIds)
				.values()
				.stream()
				.sorted(Comparator.comparing(OrganisationSummary::name))
				.toList());
			model.addAttribute("coOrganiserChoices", owner ? Stream
				.concat(organisations.partners().stream(), organisations.networks().stream())
				.filter(o -> !o.id().equals(organisation.id()) && !coOrganiserIds.contains(o.id()))
				.sorted(Comparator.comparing(OrganisationSummary::name))
				.toList() : List.of());
			model.addAttribute("agenda", events.agenda(event.id()));
			model.addAttribute("showcase", events.showcase(event.id()));
			model.addAttribute("agendaForm", model.containsAttribute("agendaForm") ? model.getAttribute("agendaForm")
					: new AgendaForm(null, "", "", ""));
			model.addAttribute("showcaseForm", model.containsAttribute("showcaseForm")
					? model.getAttribute("showcaseForm") : new ShowcaseForm("", "", ""));
		}
		return "workshop/manage/event";
	}

	private OrganisationSummary organiser(String slug) {
		return access.organiser(slug);
	}

	/** One of the events the organisation owns or co-organises. */
	private Event eventOf(OrganisationSummary organisation, UUID id) {
		return access.event(organisation, id);
	}
}
