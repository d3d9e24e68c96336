package org.werkstatt.workshop.registration;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.SiteTime;
import org.werkstatt.workshop.event.Event;
import org.werkstatt.workshop.mail.Outbox;
import org.werkstatt.platform.web.SiteAddress;

/**
 * Writes the mails about a registration into the outbox, in the language the person registered in:
 * plain text from the message bundles, times in the site's time zone.
 */
@Component
class RegistrationMails {

	enum Kind {
		CONFIRMATION, WAITING, MOVED_UP, REMINDER;

		String key() {
			return switch (this) {
				case CONFIRMATION -> "confirmation";
				case WAITING -> "waiting";
				case MOVED_UP -> "movedUp";
				case REMINDER -> "reminder";
			};
		}
	}

	private final Outbox outbox;
	private final MessageSource messages;
	private final SiteTime siteTime;
	private final SiteAddress site;
	private final Organisations organisations;

	RegistrationMails(Outbox outbox, MessageSource messages, SiteTime siteTime, SiteAddress site,
			Organisations organisations) {
		this.outbox = outbox;
		this.messages = messages;
		this.siteTime = siteTime;
		this.site = site;
		this.organisations = organisations;
	}

	/** The confirmation of a place or of a place on the waiting list, with the cancel link. */
	void registered(Event event, Registration registration, String cancelToken) {
		Kind kind = registration.status() == RegistrationStatus.WAITING ? Kind.WAITING : Kind.CONFIRMATION;
		queue(kind, event, registration, site.base() + CancelToken.cancelPath(cancelToken));
	}

	void movedUp(Event event, Registration registration) {
		queue(Kind.MOVED_UP, event, registration, null);
	}

	void reminder(Event event, Registration registration) {
		queue(Kind.REMINDER, event, registration, null);
	}

	private void queue(Kind kind, Event event, Registration registration, @Nullable String cancelUrl) {
		Locale locale = registration.locale();
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(siteTime.zone())
			.format(event.startsAt());
		String organiser = organisations.byId(event.organisationId()).map(o -> o.name()).orElse("Werkstatt");
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(text(locale, "mail.greeting", registration.name()));
		paragraphs.add(text(locale, "mail." + kind.key() + ".body", event.title(), when));
		if (!event.location().isBlank()) {
			paragraphs.add(text(locale, "mail.place", event.location()));
		}
		paragraphs.add(text(locale, "mail.eventLink", site.base() + "/events/" + event.id()));
		paragraphs.add(cancelUrl != null ? text(locale, "mail.cancelLink", cancelUrl)
				: text(locale, "mail.cancelWithFirstMail"));
		paragraphs.add(text(locale, "mail.signature", organiser));
		outbox.add(event.organisationId(), event.id(), kind.name(), registration.email(),
				text(locale, "mail." + kind.key() + ".subject", event.title()), String.join("\n\n", paragraphs) + "\n");
	}

	private String text(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
