package org.werkstatt.planning.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.werkstatt.workshop.Mails;

/**
 * The mails to people who left an address on "my ideas": a confirmation when they leave it, and one mail
 * per publication that decides any of their ideas. Plain text from the message bundles in the language
 * they used, through the workshop's outbox; each mail has a link that deletes the address.
 */
@Component
class DecisionMails {

	private final Mails mails;
	private final Subscriptions subscriptions;
	private final MessageSource messages;

	DecisionMails(Mails mails, Subscriptions subscriptions, MessageSource messages) {
		this.mails = mails;
		this.subscriptions = subscriptions;
		this.messages = messages;
	}

	void subscribed(Subscription subscription, String eventTitle) {
		Locale locale = subscription.locale();
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(text(locale, "decision.mail.subscribed.body", eventTitle));
		paragraphs.add(text(locale, "decision.mail.listLink", listUrl(subscription)));
		queue(subscription, "DECISION_MAIL_ON", text(locale, "decision.mail.subscribed.subject", eventTitle), paragraphs);
	}

	/**
	 * Tells each subscriber whose ideas are among the published decisions what was decided on them.
	 *
	 * @param texts the ideas' texts by id
	 */
	void published(List<PublishedDecision> published, Map<UUID, String> texts, Map<UUID, String> eventTitles) {
		Map<UUID, PublishedDecision> byIdea = new java.util.HashMap<>();
		published.forEach(d -> byIdea.put(d.ideaId(), d));
		subscriptions.waitingFor(byIdea.keySet()).forEach((subscription, ideaIds) -> {
			Locale locale = subscription.locale();
			String eventTitle = eventTitles.getOrDefault(subscription.eventId(), "");
			List<String> paragraphs = new ArrayList<>();
			paragraphs.add(text(locale, "decision.mail.published.body", eventTitle));
			for (UUID ideaId : ideaIds) {
				PublishedDecision decision = byIdea.get(ideaId);
				String line = text(locale, "decision.mail.idea", texts.getOrDefault(ideaId, ""),
						text(locale, decision.outcome().messageKey()));
				if (decision.reason() != null) {
					line += "\n" + text(locale, "decision.mail.reason", decision.reason());
				}
				paragraphs.add(line);
			}
			paragraphs.add(text(locale, "decision.mail.listLink", listUrl(subscription)));
			queue(subscription, "DECISIONS_PUBLISHED", text(locale, "decision.mail.published.subject", eventTitle),
					paragraphs);
		});
	}

	private void queue(Subscription subscription, String kind, String subject, List<String> paragraphs) {
		Locale locale = subscription.locale();
		String deleteUrl = mails.siteAddress() + "/decision-mails/" + subscriptions.newToken(subscription.id());
		List<String> all = new ArrayList<>(paragraphs);
		all.add(text(locale, "decision.mail.deleteLink", deleteUrl));
		mails.queue(subscription.organisationId(), subscription.eventId(), kind, subscription.email(), subject,
				String.join("\n\n", all) + "\n");
	}

	private String listUrl(Subscription subscription) {
		return mails.siteAddress() + "/events/" + subscription.eventId() + "/decisions";
	}

	private String text(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
