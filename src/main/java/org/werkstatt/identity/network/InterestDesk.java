package org.werkstatt.identity.network;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.werkstatt.identity.InterestExpressed;

/** Takes a request to join a network and announces it ({@link InterestExpressed}) in the same transaction. */
@Service
public class InterestDesk {

	private final InterestRequests requests;
	private final ApplicationEventPublisher events;

	InterestDesk(InterestRequests requests, ApplicationEventPublisher events) {
		this.requests = requests;
		this.events = events;
	}

	/** @param language the language of the form the person filled in */
	@Transactional
	public UUID submit(UUID networkId, String networkName, InterestForm form, String language) {
		UUID id = requests.submit(networkId, form, language);
		events.publishEvent(new InterestExpressed(networkId, networkName, id, form.name().strip(), form.email().strip(),
				language));
		return id;
	}
}
