package org.werkstatt.workshop.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.workshop.event.OrganiserAccess;

/**
 * The organiser's outbox: mails about the organisation's events that have not gone out, with their
 * text, so that they can be passed on by hand while no mail server is configured.
 */
@Controller
class OutboxPage {

	private final OrganiserAccess access;
	private final Outbox outbox;
	private final ObjectProvider<JavaMailSender> mailSender;

	OutboxPage(OrganiserAccess access, Outbox outbox, ObjectProvider<JavaMailSender> mailSender) {
		this.access = access;
		this.outbox = outbox;
		this.mailSender = mailSender;
	}

	@GetMapping("/manage/{slug}/outbox")
	String outbox(@PathVariable String slug, Model model) {
		OrganisationSummary organisation = access.organiser(slug);
		model.addAttribute("organisation", organisation);
		model.addAttribute("messages", outbox.unsentOf(organisation.id()));
		model.addAttribute("mailServer", mailSender.getIfAvailable() != null);
		return "workshop/mail/outbox";
	}
}
