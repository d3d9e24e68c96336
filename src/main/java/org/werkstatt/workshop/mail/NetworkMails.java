package org.werkstatt.workshop.mail;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.werkstatt.identity.InterestExpressed;
import org.werkstatt.identity.PersonInvited;
import org.werkstatt.platform.web.Language;
import org.werkstatt.platform.web.SiteTime;

/**
 * The mails of a network's open circle: the confirmation to someone who asked to join, and the invitation
 * to set a password for a newcomer. Queued in the outbox within the transaction that publishes the event
 * (the identity module cannot see the outbox), in the person's language, on the network's outbox page.
 * Deliberately a synchronous listener: the invitation carries its secret token, which must not be stored
 * in an event log, and the mail is written exactly when the request or invitation is.
 */
@Component
class NetworkMails {

	private final Outbox outbox;
	private final MessageSource messages;
	private final SiteTime time;

	NetworkMails(Outbox outbox, MessageSource messages, SiteTime time) {
		this.outbox = outbox;
		this.messages = messages;
		this.time = time;
	}

	@EventListener
	void on(InterestExpressed interest) {
		Locale locale = locale(interest.language());
		String body = text(locale, "network.mail.interest.body", interest.name(), interest.networkName());
		outbox.add(interest.networkId(), null, "INTEREST_RECEIVED", interest.email(),
				text(locale, "network.mail.interest.subject", interest.networkName()), body + "\n");
	}

	@EventListener
	void on(PersonInvited invited) {
		Locale locale = locale(invited.language());
		String link = outbox.siteAddress() + "/invitations/" + invited.token();
		String expires = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.format(invited.expiresAt().atZone(time.zone()));
		String body = text(locale, "network.mail.invitation.body", invited.name(), invited.invitedByName(),
				invited.organisationName(), link, expires);
		outbox.add(invited.invitedBy(), null, "INVITATION", invited.email(),
				text(locale, "network.mail.invitation.subject", invited.invitedByName()), body + "\n");
	}

	private static Locale locale(String language) {
		return Language.of(language).orElse(Language.DEFAULT).locale();
	}

	private String text(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
