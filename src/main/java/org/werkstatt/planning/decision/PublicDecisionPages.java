package org.werkstatt.planning.decision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
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
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.workshop.EventSummary;
import org.werkstatt.workshop.Events;
import org.werkstatt.workshop.IdeaSummary;
import org.werkstatt.workshop.Ideas;

/**
 * The public side of decisions: the decision list of an event ({@code /events/{id}/decisions}), a
 * participant's own ideas with their decisions ({@code /events/{id}/my-ideas}, known by the live session's
 * participant cookie) with the form to hear about decisions by mail, and the link in those mails that
 * deletes the address ({@code /decision-mails/{token}}).
 */
@Controller
class PublicDecisionPages {

	/** Addresses one participant may leave for their ideas (each gets a mail at once). */
	static final int MAX_ADDRESSES = 3;

	private final Events events;
	private final Ideas ideas;
	private final PublicDecisions decisions;
	private final Subscriptions subscriptions;
	private final DecisionMails mails;

	PublicDecisionPages(Events events, Ideas ideas, PublicDecisions decisions, Subscriptions subscriptions,
			DecisionMails mails) {
		this.events = events;
		this.ideas = ideas;
		this.decisions = decisions;
		this.subscriptions = subscriptions;
		this.mails = mails;
	}

	@GetMapping("/events/{id}/decisions")
	String decisions(@PathVariable UUID id, Model model) {
		EventSummary event = event(id);
		List<PublicEntry> entries = decisions.ofEvent(id);
		model.addAttribute("event", event);
		model.addAttribute("walls", byWall(entries));
		model.addAttribute("decided", entries.stream().filter(PublicEntry::isDecided).count());
		model.addAttribute("total", entries.size());
		return "planning/decision/decisions";
	}

	@GetMapping("/events/{id}/my-ideas")
	String myIdeas(@PathVariable UUID id, HttpServletRequest request, Model model) {
		model.addAttribute("subscriptionForm", SubscriptionForm.empty());
		return myIdeas(event(id), ideas.mine(id, request), model);
	}

	@PostMapping("/events/{id}/my-ideas")
	String subscribe(@PathVariable UUID id, @Valid @ModelAttribute("subscriptionForm") SubscriptionForm form,
			BindingResult binding, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		EventSummary event = event(id);
		List<IdeaSummary> own = ideas.mine(id, request);
		if (own.isEmpty()) {
			model.addAttribute(Flash.PROBLEM, "myIdeas.none");
			return myIdeas(event, own, model);
		}
		if (binding.hasErrors()) {
			return myIdeas(event, own, model);
		}
		if (subscriptions.othersFor(own.stream().map(IdeaSummary::id).toList(), form.email().strip()) >= MAX_ADDRESSES) {
			model.addAttribute(Flash.PROBLEM, "myIdeas.tooManyAddresses");
			return myIdeas(event, own, model);
		}
		Subscription subscription = subscriptions.subscribe(event.organisationId(), id, form.email().strip(),
				LocaleContextHolder.getLocale(), own.stream().map(IdeaSummary::id).toList());
		mails.subscribed(subscription, event.title());
		Flash.notice(redirect, "myIdeas.subscribed");
		return "redirect:/events/" + id + "/my-ideas";
	}

	@GetMapping("/decision-mails/{token}")
	String unsubscribeQuestion(@PathVariable String token, Model model) {
		Subscription subscription = subscriptions.byToken(token).orElseThrow(NotFoundException::new);
		model.addAttribute("email", subscription.email());
		model.addAttribute("token", token);
		return "planning/decision/unsubscribe";
	}

	@PostMapping("/decision-mails/{token}")
	String unsubscribe(@PathVariable String token, Model model) {
		Subscription subscription = subscriptions.byToken(token).orElseThrow(NotFoundException::new);
		subscriptions.delete(subscription.id());
		model.addAttribute("deleted", true);
		return "planning/decision/unsubscribe";
	}

	private String myIdeas(EventSummary event, List<IdeaSummary> own, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("entries", decisions.of(own));
		return "planning/decision/my-ideas";
	}

	private EventSummary event(UUID id) {
		return events.byIds(List.of(id)).stream().findFirst().orElseThrow(NotFoundException::new);
	}

	private static Map<String, List<PublicEntry>> byWall(List<PublicEntry> entries) {
		Map<String, List<PublicEntry>> walls = new LinkedHashMap<>();
		entries.forEach(entry -> walls.computeIfAbsent(entry.wall(), k -> new java.util.ArrayList<>()).add(entry));
		return walls;
	}
}
