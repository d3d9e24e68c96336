package org.werkstatt.workshop.event;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.werkstatt.identity.OrganisationPageSection;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.workshop.EventSummary;

/**
 * The meetings on an organisation's public page: its public events and those it co-organises, the upcoming
 * ones soonest first and the last past ones newest first (a network's open circle, seed 003).
 */
@Component
@Order(20)
class OrganisationMeetings implements OrganisationPageSection {

	static final int PAST_LIMIT = 10;

	record Meetings(List<EventSummary> upcoming, List<EventSummary> past) {
	}

	private final EventStore events;

	OrganisationMeetings(EventStore events) {
		this.events = events;
	}

	@Override
	public Optional<Section> of(OrganisationSummary organisation) {
		List<EventSummary> listed = events.organisedBy(organisation.id()).stream().filter(EventSummary::listed).toList();
		if (listed.isEmpty()) {
			return Optional.empty();
		}
		Instant now = Instant.now();
		List<EventSummary> upcoming = listed.stream()
			.filter(e -> !e.endsAt().isBefore(now))
			.sorted(Comparator.comparing(EventSummary::startsAt))
			.toList();
		List<EventSummary> past = listed.stream()
			.filter(e -> e.endsAt().isBefore(now))
			.sorted(Comparator.comparing(EventSummary::startsAt).reversed())
			.limit(PAST_LIMIT)
			.toList();
		return Optional.of(new Section("workshop/organisation-meetings", new Meetings(upcoming, past)));
	}
}
