package org.werkstatt.workshop.registration;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.platform.web.SiteTime;
import org.werkstatt.workshop.event.Event;
import org.werkstatt.workshop.event.OrganiserAccess;

/**
 * The organiser's registration list of an event: settings (open, capacity, closing time), who has a
 * place, who waits, who cancelled, and the CSV export. Personal data: only admins, planners and
 * moderators of the organising and co-organising organisations get here.
 */
@Controller
@RequestMapping("/manage/{slug}/events/{id}")
class RegistrationAdmin {

	record SettingsForm(@Nullable Boolean registrationOpen,
			@Min(value = 1, message = "{validation.atLeastOne}") @Max(value = 100000, message = "{validation.tooLarge}") @Nullable Integer capacity,
			@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime closesAt) {
	}

	private final OrganiserAccess access;
	private final Registrations registrations;
	private final RegistrationDesk desk;
	private final SiteTime siteTime;
	private final MessageSource messages;

	RegistrationAdmin(OrganiserAccess access, Registrations registrations, RegistrationDesk desk, SiteTime siteTime,
			MessageSource messages) {
		this.access = access;
		this.registrations = registrations;
		this.desk = desk;
		this.siteTime = siteTime;
		this.messages = messages;
	}

	@GetMapping("/registrations")
	String list(@PathVariable String slug, @PathVariable UUID id, Model model) {
		OrganisationSummary organisation = access.organiser(slug);
		Event event = access.event(organisation, id);
		RegistrationSettings settings = registrations.settings(id).orElseThrow(NotFoundException::new);
		model.addAttribute("settingsForm", new SettingsForm(settings.open(), settings.capacity(),
				settings.closesAt() == null ? null : LocalDateTime.ofInstant(settings.closesAt(), siteTime.zone())));
		return page(organisation, event, model);
	}

	@PostMapping("/registrations")
	String saveSettings(@PathVariable String slug, @PathVariable UUID id,
			@Valid @ModelAttribute("settingsForm") SettingsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = access.organiser(slug);
		Event event = access.event(organisation, id);
		if (result.hasErrors()) {
			return page(organisation, event, model);
		}
		desk.saveSettings(event, new RegistrationSettings(Boolean.TRUE.equals(form.registrationOpen()), form.capacity(),
				form.closesAt() == null ? null : form.closesAt().atZone(siteTime.zone()).toInstant()));
		Flash.notice(redirect, "registration.settingsSaved");
		return "redirect:/manage/" + slug + "/events/" + id + "/registrations";
	}

	@PostMapping("/registrations/{registrationId}/cancel")
	String cancel(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID registrationId,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = access.organiser(slug);
		Event event = access.event(organisation, id);
		Registration registration = registrations.find(registrationId)
			.filter(r -> r.eventId().equals(event.id()))
			.orElseThrow(NotFoundException::new);
		desk.cancel(event, registration);
		Flash.notice(redirect, "registration.cancelledByOrganiser");
		return "redirect:/manage/" + slug + "/events/" + id + "/registrations";
	}

	@GetMapping("/registrations.csv")
	ResponseEntity<byte[]> csv(@PathVariable String slug, @PathVariable UUID id) {
		OrganisationSummary organisation = access.organiser(slug);
		Event event = access.event(organisation, id);
		Locale locale = LocaleContextHolder.getLocale();
		List<String> header = List.of("registration.status", "registration.name", "person.email", "registration.note",
				"registration.registeredAt", "registration.confirmedAt", "registration.cancelledAt")
			.stream()
			.map(key -> messages.getMessage(key, null, locale))
			.toList();
		String csv = RegistrationCsv.of(header, registrations.ofEvent(event.id()),
				status -> messages.getMessage(status.messageKey(), null, locale), siteTime.zone());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header("Content-Disposition", ContentDisposition.attachment().filename("registrations.csv").build().toString())
			.header("Cache-Control", "no-store")
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	private String page(OrganisationSummary organisation, Event event, Model model) {
		List<Registration> all = registrations.ofEvent(event.id());
		model.addAttribute("organisation", organisation);
		model.addAttribute("event", event);
		model.addAttribute("settings", registrations.settings(event.id()).orElseThrow(NotFoundException::new));
		model.addAttribute("counts", registrations.counts(event.id()));
		model.addAttribute("confirmed", all.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).toList());
		model.addAttribute("waiting", all.stream().filter(r -> r.status() == RegistrationStatus.WAITING).toList());
		model.addAttribute("cancelled", all.stream().filter(r -> r.status() == RegistrationStatus.CANCELLED).toList());
		return "workshop/registration/manage";
	}
}
