package org.werkstatt.site;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.werkstatt.catalog.OfferHighlights;
import org.werkstatt.identity.Organisations;
import org.werkstatt.workshop.Events;

/** The public start page: what this site is, who works on it, and what each capability offers. */
@Controller
class StartController {

	private static final List<StartSection> SECTIONS = List.of(
			new StartSection("start.section.workshops.title", "start.section.workshops.text", true, "/events", "start.section.workshops.link"),
			new StartSection("start.section.plans.title", "start.section.plans.text", true, "/plans", "start.section.plans.link"),
			new StartSection("start.section.catalog.title", "start.section.catalog.text", true, "/offers", "start.catalog.link"),
			new StartSection("start.section.networks.title", "start.section.networks.text", true, null, null));

	private final Organisations organisations;
	private final Events events;
	private final OfferHighlights offers;

	StartController(Organisations organisations, Events events, OfferHighlights offers) {
		this.organisations = organisations;
		this.events = events;
		this.offers = offers;
	}

	@GetMapping("/")
	String start(Model model) {
		model.addAttribute("host", organisations.host().orElse(null));
		model.addAttribute("partners", organisations.partners());
		model.addAttribute("networks", organisations.networks());
		model.addAttribute("events", events.upcoming(5));
		model.addAttribute("sections", SECTIONS);
		model.addAttribute("catalog", offers.highlights(3));
		return "site/start";
	}
}
