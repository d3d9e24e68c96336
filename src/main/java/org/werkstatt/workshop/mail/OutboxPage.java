package org.werkstatt.workshop.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Role;
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
	private final CurrentUser currentUser;

	OutboxPage(OrganiserAccess access, Outbox outbox, ObjectProvider<JavaMailSender> mailSender, CurrentUser currentUser) {
		this.currentUser = currentUser;
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
		// an invitation's link sets a password: only the organisation's admins, who may give any role anyway, read it
		model.addAttribute("readsInvitations", currentUser.hasAnyRole(organisation.id(), Role.ORGANISATION_ADMIN));
		return "workshop/mail/outbox";
	}
}
