package org.werkstatt.catalog.show;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.werkstatt.catalog.OfferPageSection;
import org.werkstatt.catalog.OfferSummary;
import org.werkstatt.workshop.EventSummary;
import org.werkstatt.workshop.Events;

/**
 * The product show's part of an offer's page: the listed events whose show presents it, newest first, with
 * presenter, slot and stand, and while an event has not ended a link to mark interest. Invitation-only events
 * are not named, as on every public list.
 */
@Component
@Order(20)
class ShowOfferSection implements OfferPageSection {

	/** One event where the offer is presented. */
	record Presentation(EventSummary event, @Nullable String presenter, @Nullable String slot, @Nullable String stand,
			@Nullable String interestHref) {
	}

	private final ShowStore shows;
	private final Events events;

	ShowOfferSection(ShowStore shows, Events events) {
		this.shows = shows;
		this.events = events;
	}

	@Override
	public Optional<Section> of(OfferSummary offer) {
		List<ShowEntry> entries = shows.presentationsOf(offer.id());
		if (entries.isEmpty()) {
			return Optional.empty();
		}
		Map<UUID, EventSummary> listed = events.byIds(entries.stream().map(ShowEntry::eventId).toList())
			.stream()
			.filter(EventSummary::listed)
			.collect(Collectors.toMap(EventSummary::id, Function.identity()));
		Instant now = Instant.now();
		List<Presentation> presentations = entries.stream()
			.filter(entry -> listed.containsKey(entry.eventId()))
			.map(entry -> {
				EventSummary event = listed.get(entry.eventId());
				String interest = event.endsAt().isAfter(now)
						? "/events/" + event.id() + "/offers/" + offer.id() + "/interest" : null;
				return new Presentation(event, entry.presenter(), entry.slot(), entry.stand(), interest);
			})
			.sorted(Comparator.comparing((Presentation p) -> p.event().startsAt()).reversed())
			.toList();
		return presentations.isEmpty() ? Optional.empty()
				: Optional.of(new Section("catalog/show/offer-section", presentations));
	}
}
