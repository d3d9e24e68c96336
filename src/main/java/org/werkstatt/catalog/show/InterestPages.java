package org.werkstatt.catalog.show;

import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.Language;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.workshop.EventSummary;

/**
 * "I am interested" in an offer of an event's product show ({@code /events/{eventId}/offers/{offerId}/interest}),
 * for visitors on their phone, without an account and without JavaScript. Each browser counts once per offer
 * and event ({@link VisitorCookie}). A name and contact are stored only with the consent checkbox ticked;
 * typed without it they are dropped, and the page says so. The answer is a redirect, so nothing typed ever
 * appears in an address.
 */
@Controller
class InterestPages {

	private final ShowAccess access;
	private final ShowStore shows;
	private final Interests interests;
	private final Organisations organisations;
	private final Duration keepContacts;

	/** New marks of one offer at one event within a minute: a hall that votes by the hundred, not a script's flood. */
	static final int MARKS_PER_MINUTE = 120;

	InterestPages(ShowAccess access, ShowStore shows, Interests interests, Organisations organisations,
			@Value("${werkstatt.catalog.interest-contacts-kept:P90D}") Duration keepContacts) {
		this.access = access;
		this.shows = shows;
		this.interests = interests;
		this.organisations = organisations;
		this.keepContacts = keepContacts;
	}

	@GetMapping("/events/{eventId}/offers/{offerId}/interest")
	String form(@PathVariable UUID eventId, @PathVariable UUID offerId, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		EventSummary event = access.visibleEvent(eventId);
		ShowEntry entry = entry(eventId, offerId);
		model.addAttribute("interestForm", InterestForm.empty());
		// the form hands the browser its token: a mark counts only from a browser that read the form
		return page(event, entry, interests.marked(eventId, offerId, VisitorCookie.hash(request, response)), model);
	}

	@PostMapping("/events/{eventId}/offers/{offerId}/interest")
	String mark(@PathVariable UUID eventId, @PathVariable UUID offerId,
			@Valid @ModelAttribute("interestForm") InterestForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		EventSummary event = access.visibleEvent(eventId);
		ShowEntry entry = entry(eventId, offerId);
		String name = ShowForm.clean(form.name());
		String contact = ShowForm.clean(form.contact());
		boolean keepContact = form.consented() && form.hasContact();
		if (keepContact) {
			if (contact == null) {
				result.rejectValue("contact", "catalog.interest.contactRequired");
			}
			else if (!result.hasFieldErrors("contact") && !InterestForm.validContact(contact)) {
				result.rejectValue("contact", "catalog.interest.contactInvalid");
			}
		}
		if (result.hasErrors() && keepContact) {
			return page(event, entry, interests.marked(eventId, offerId, VisitorCookie.existingHash(request)), model);
		}
		if (VisitorCookie.existingHash(request).isEmpty()) {
			// posted without the token the form gives (a script, or cookies refused): nothing is counted
			VisitorCookie.hash(request, response);
			Flash.problem(redirect, "catalog.interest.again");
			return "redirect:/events/" + eventId + "/offers/" + offerId + "/interest";
		}
		if (interests.recentMarks(eventId, offerId) >= MARKS_PER_MINUTE) {
			Flash.problem(redirect, "catalog.interest.busy");
			return "redirect:/events/" + eventId + "/offers/" + offerId + "/interest";
		}
		String language = Language.of(LocaleContextHolder.getLocale().getLanguage()).orElse(Language.DEFAULT).code();
		Interests.Marked marked = interests.mark(eventId, offerId, VisitorCookie.hash(request, response),
				keepContact ? name : null, keepContact ? contact : null, language, event.endsAt().plus(keepContacts));
		String notice = switch (marked) {
			case COUNTED -> keepContact ? "catalog.interest.countedWithContact" : "catalog.interest.counted";
			case ALREADY -> "catalog.interest.already";
			case CONTACT_ADDED -> "catalog.interest.contactAdded";
		};
		if (!form.consented() && form.hasContact()) {
			notice = marked == Interests.Marked.ALREADY ? "catalog.interest.alreadyContactDropped"
					: "catalog.interest.contactDropped";
		}
		Flash.notice(redirect, notice);
		return "redirect:/events/" + eventId + "/offers/" + offerId + "/interest";
	}

	private String page(EventSummary event, ShowEntry entry, boolean marked, Model model) {
		OrganisationSummary provider = organisations.byId(entry.organisationId()).orElseThrow(NotFoundException::new);
		model.addAttribute("event", event);
		model.addAttribute("entry", entry);
		model.addAttribute("provider", provider);
		model.addAttribute("marked", marked);
		model.addAttribute("keptDays", keepContacts.toDays());
		return "catalog/show/interest";
	}

	/** An offer the event's public show presents; anything else is not found. */
	private ShowEntry entry(UUID eventId, UUID offerId) {
		return shows.publicOf(eventId)
			.stream()
			.filter(e -> e.offerId().equals(offerId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}
}
