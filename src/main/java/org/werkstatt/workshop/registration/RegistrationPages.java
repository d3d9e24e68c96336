package org.werkstatt.workshop.registration;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.Language;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.workshop.event.Event;
import org.werkstatt.workshop.event.EventStore;

/**
 * Registering for an event without an account, and the cancel link. Works without JavaScript: the form
 * on the event's page posts here; errors come back on a page of their own with everything typed kept.
 */
@Controller
class RegistrationPages {

	private final EventStore events;
	private final RegistrationDesk desk;
	private final Organisations organisations;

	RegistrationPages(EventStore events, RegistrationDesk desk, Organisations organisations) {
		this.events = events;
		this.desk = desk;
		this.organisations = organisations;
	}

	@GetMapping("/events/{id}/registrations")
	String form(@PathVariable UUID id, Model model) {
		model.addAttribute("registrationForm", RegistrationForm.empty());
		return formPage(event(id), model);
	}

	@PostMapping("/events/{id}/registrations")
	String register(@PathVariable UUID id, @Valid @ModelAttribute("registrationForm") RegistrationForm form,
			BindingResult result, Model model) {
		Event event = event(id);
		if (result.hasErrors()) {
			return formPage(event, model);
		}
		String language = Language.of(LocaleContextHolder.getLocale().getLanguage()).orElse(Language.DEFAULT).code();
		return switch (desk.register(event, form, language)) {
			case RegistrationDesk.Registered registered -> {
				model.addAttribute("event", event);
				model.addAttribute("status", registered.status());
				model.addAttribute("cancelPath", CancelToken.cancelPath(registered.cancelToken()));
				yield "workshop/registration/registered";
			}
			case RegistrationDesk.AlreadyRegistered already -> {
				model.addAttribute(Flash.PROBLEM, "registration.already");
				yield formPage(event, model);
			}
			case RegistrationDesk.Closed closed -> {
				model.addAttribute(Flash.PROBLEM, "registration.closed");
				yield formPage(event, model);
			}
		};
	}

	@GetMapping("/registrations/{token}/cancel")
	String cancelPage(@PathVariable String token, Model model) {
		Registration registration = registration(token);
		model.addAttribute("registration", registration);
		model.addAttribute("event", event(registration.eventId()));
		model.addAttribute("cancelPath", CancelToken.cancelPath(token));
		return "workshop/registration/cancel";
	}

	@PostMapping("/registrations/{token}/cancel")
	String cancel(@PathVariable String token, RedirectAttributes redirect) {
		Registration registration = registration(token);
		if (registration.status() != RegistrationStatus.CANCELLED) {
			desk.cancel(event(registration.eventId()), registration);
			Flash.notice(redirect, "registration.cancelled");
		}
		return "redirect:" + CancelToken.cancelPath(token);
	}

	private String formPage(Event event, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("organiser", organisations.byId(event.organisationId()).orElseThrow(NotFoundException::new));
		model.addAttribute("registration", desk.panel(event).orElse(null));
		return "workshop/registration/register";
	}

	private Event event(UUID id) {
		return events.find(id).orElseThrow(NotFoundException::new);
	}

	/** A forged, mistyped or over-long token is simply not found. */
	private Registration registration(String token) {
		if (token.length() > 64) {
			throw new NotFoundException();
		}
		return desk.byToken(token).orElseThrow(NotFoundException::new);
	}
}
