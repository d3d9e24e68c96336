package org.werkstatt.workshop.registration;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.werkstatt.platform.security.SecretToken;
import org.werkstatt.workshop.event.Event;

/**
 * Registering for an event and giving the place back. Each change locks the event's row first, so that
 * places, the waiting list and moving up stay right when many people register or cancel at once; the
 * mails it causes go into the outbox in the same transaction.
 */
@Service
public class RegistrationDesk {

	/** What became of a registration attempt. */
	sealed interface Outcome {
	}

	record Registered(RegistrationStatus status, String cancelToken) implements Outcome {
	}

	record AlreadyRegistered() implements Outcome {
	}

	record Closed() implements Outcome {
	}

	/** What the event's page shows about registration. */
	public record Panel(boolean accepting, @Nullable Integer capacity, @Nullable Integer free, int waiting,
			@Nullable Instant closesAt) {

		public boolean full() {
			return free != null && free == 0;
		}
	}

	private final Registrations registrations;
	private final RegistrationMails mails;

	RegistrationDesk(Registrations registrations, RegistrationMails mails) {
		this.registrations = registrations;
		this.mails = mails;
	}

	/** Registration on the event's page: empty when the organiser has not opened registration. */
	@Transactional(readOnly = true)
	public Optional<Panel> panel(Event event) {
		RegistrationSettings settings = registrations.settings(event.id()).orElseThrow();
		if (!settings.open()) {
			return Optional.empty();
		}
		RegistrationCounts counts = registrations.counts(event.id());
		return Optional.of(new Panel(settings.accepts(Instant.now(), event.startsAt()), settings.capacity(),
				WaitingList.free(settings.capacity(), counts.confirmed()), counts.waiting(), settings.closesAt()));
	}

	@Transactional
	Outcome register(Event event, RegistrationForm form, String language) {
		RegistrationSettings settings = registrations.lock(event.id());
		if (!settings.accepts(Instant.now(), event.startsAt())) {
			return new Closed();
		}
		if (registrations.isRegistered(event.id(), form.email().strip())) {
			return new AlreadyRegistered();
		}
		RegistrationStatus status = WaitingList.placeFor(settings.capacity(), registrations.counts(event.id()).confirmed());
		String token = SecretToken.random();
		UUID id = registrations.add(event.id(), form, language, status, SecretToken.hash(token));
		mails.registered(event, registrations.find(id).orElseThrow(), token);
		return new Registered(status, token);
	}

	@Transactional(readOnly = true)
	Optional<Registration> byToken(String token) {
		return registrations.byTokenHash(SecretToken.hash(token));
	}

	/** Gives the place back and moves the first waiting up into it; a second cancel changes nothing. */
	@Transactional
	void cancel(Event event, Registration registration) {
		registrations.lock(event.id());
		registrations.cancel(registration.id());
		moveUp(event);
	}

	@Transactional
	void saveSettings(Event event, RegistrationSettings settings) {
		registrations.lock(event.id());
		registrations.saveSettings(event.id(), settings);
		moveUp(event);
	}

	/** Fills free places from the waiting list, first come first served. Call with the event's row locked. */
	private void moveUp(Event event) {
		if (!Instant.now().isBefore(event.startsAt())) {
			return;
		}
		RegistrationSettings settings = registrations.settings(event.id()).orElseThrow();
		RegistrationCounts counts = registrations.counts(event.id());
		int moving = WaitingList.movingUp(settings.capacity(), counts.confirmed(), counts.waiting());
		if (moving == 0) {
			return;
		}
		for (Registration waiting : registrations.firstWaiting(event.id(), moving)) {
			registrations.confirm(waiting.id());
			mails.movedUp(event, waiting);
		}
	}
}
