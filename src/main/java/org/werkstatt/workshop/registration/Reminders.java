package org.werkstatt.workshop.registration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.werkstatt.workshop.event.Event;
import org.werkstatt.workshop.event.EventStore;

/**
 * The reminder the day before: every hour (on one node), each confirmed registrant of an event that
 * starts within the next 24 hours gets one reminder, unless their place was confirmed less than 24
 * hours before the start (then the confirmation itself is fresh). Marked in the same transaction as
 * the mail is queued, so nobody is reminded twice.
 */
@Component
class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final Registrations registrations;
	private final EventStore events;
	private final RegistrationMails mails;
	private final TransactionTemplate transaction;

	Reminders(Registrations registrations, EventStore events, RegistrationMails mails, TransactionTemplate transaction) {
		this.registrations = registrations;
		this.events = events;
		this.mails = mails;
		this.transaction = transaction;
	}

	@Scheduled(cron = "${werkstatt.mail.reminder-cron:0 7 * * * *}")
	@SchedulerLock(name = "registration-reminders", lockAtMostFor = "PT30M")
	void hourly() {
		int reminded = remind(Instant.now());
		if (reminded > 0) {
			log.info("Queued {} reminders", reminded);
		}
	}

	/** Queues the reminders due at {@code now}, in one transaction; returns how many. */
	int remind(Instant now) {
		Integer count = transaction.execute(status -> queue(now));
		return count == null ? 0 : count;
	}

	private int queue(Instant now) {
		List<Registration> due = registrations.dueForReminder(now);
		Map<UUID, Optional<Event>> eventsById = due.stream()
			.map(Registration::eventId)
			.distinct()
			.collect(Collectors.toMap(Function.identity(), events::find));
		for (Registration registration : due) {
			eventsById.get(registration.eventId()).ifPresent(event -> mails.reminder(event, registration));
			registrations.markReminded(registration.id());
		}
		return due.size();
	}
}
