package org.werkstatt.workshop.event;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.platform.web.SiteAddress;
import org.werkstatt.workshop.EventPageSection;
import org.werkstatt.workshop.LiveStatus;
import org.werkstatt.workshop.registration.RegistrationDesk;
import org.werkstatt.workshop.registration.RegistrationForm;

/**
 * The public event pages: the list of upcoming and past events, an event's page (with its co-organisers
 * and, when the organiser opened it, the registration form), a series' page, and the calendar files. Other
 * modules add sections to the event and series pages through {@link EventPageSection}. An invitation-only event is never listed; its page opens through its link.
 */
@Controller
class EventPages {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final EventStore events;
	private final Organisations organisations;
	private final LiveStatus.Lookup live;
	private final CoOrganisers coOrganisers;
	private final RegistrationDesk registrations;
	private final SiteAddress site;
	private final ObjectProvider<EventPageSection> sections;

	EventPages(EventStore events, Organisations organisations, CoOrganisers coOrganisers, RegistrationDesk registrations,
			LiveStatus.Lookup live, SiteAddress site, ObjectProvider<EventPageSection> sections) {
		this.site = site;
		this.sections = sections;
		this.live = live;
		this.events = events;
		this.organisations = organisations;
		this.coOrganisers = coOrganisers;
		this.registrations = registrations;
	}

	@GetMapping("/events")
	String list(Model model) {
		model.addAttribute("upcoming", events.upcoming(100));
		model.addAttribute("past", events.past(50));
		return "workshop/events";
	}

	@GetMapping("/events/{id}")
	String event(@PathVariable UUID id, Model model) {
		Event event = events.find(id).orElseThrow(NotFoundException::new);
		model.addAttribute("event", event);
		model.addAttribute("organiser", organisations.byId(event.organisationId()).orElseThrow(NotFoundException::new));
		model.addAttribute("coOrganisers", organisations.byIds(coOrganisers.of(id))
			.values()
			.stream()
			.sorted(Comparator.comparing(OrganisationSummary::name))
			.toList());
		model.addAttribute("registration", registrations.panel(event).orElse(null));
		model.addAttribute("registrationForm", RegistrationForm.empty());
		model.addAttribute("series", event.seriesId() == null ? null : events.findSeries(event.seriesId()).orElse(null));
		model.addAttribute("agenda", events.agenda(id));
		model.addAttribute("showcase", events.showcase(id));
		model.addAttribute("live", live.of(id));
		model.addAttribute("past", event.isPast(Instant.now()));
		model.addAttribute("sections", sections.orderedStream().flatMap(s -> s.ofEvent(id).stream()).toList());
		return "workshop/event";
	}

	@GetMapping("/series/{id}")
	String series(@PathVariable UUID id, Model model) {
		Series series = events.findSeries(id).orElseThrow(NotFoundException::new);
		model.addAttribute("series", series);
		model.addAttribute("organiser", organisations.byId(series.organisationId()).orElseThrow(NotFoundException::new));
		model.addAttribute("events", events.ofSeries(id));
		model.addAttribute("sections", sections.orderedStream().flatMap(s -> s.ofSeries(id).stream()).toList());
		return "workshop/series";
	}

	@GetMapping("/events/{id}/calendar.ics")
	ResponseEntity<String> calendar(@PathVariable UUID id) {
		Event event = events.find(id).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header("Content-Disposition", "attachment; filename=\"event.ics\"")
			.body(ICalendar.of(event.title(), List.of(event), site.base(), Instant.now()));
	}

	/** All public events of an organisation, to subscribe to in a calendar program. */
	@GetMapping("/o/{slug}/events.ics")
	ResponseEntity<String> feed(@PathVariable String slug) {
		OrganisationSummary organisation = organisations.bySlug(slug).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.body(ICalendar.of(organisation.name(), events.publicOf(organisation.id()), site.base(), Instant.now()));
	}
}
