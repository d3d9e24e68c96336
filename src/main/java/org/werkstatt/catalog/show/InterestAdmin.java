package org.werkstatt.catalog.show;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.workshop.EventSummary;
import org.werkstatt.workshop.Events;

/**
 * The provider's interest list ({@code /manage/{slug}/offers/interest}): per offer of the organisation, how many
 * visitors of which product show marked interest, and the contacts of those who consented. Only the
 * organisation's own offers; opening the page counts them as seen.
 */
@Controller
class InterestAdmin {

	static final int LIMIT = 2_000;

	/** One offer's interests: how many in all and per event, and the contacts left with consent. */
	record OfferInterests(UUID offerId, String title, int count, long fresh, Map<UUID, Long> perEvent,
			List<Interests.Interest> contacts) {

		static OfferInterests of(List<Interests.Interest> list) {
			Interests.Interest first = list.getFirst();
			return new OfferInterests(first.offerId(), first.offerTitle(), list.size(),
					list.stream().filter(Interests.Interest::isNew).count(),
					list.stream().collect(Collectors.groupingBy(Interests.Interest::eventId, LinkedHashMap::new, Collectors.counting())),
					list.stream().filter(i -> i.contact() != null).toList());
		}
	}

	private final ShowAccess access;
	private final Interests interests;
	private final Events events;
	private final java.time.Duration keepContacts;

	InterestAdmin(ShowAccess access, Interests interests, Events events,
			@org.springframework.beans.factory.annotation.Value("${werkstatt.catalog.interest-contacts-kept:P90D}") java.time.Duration keepContacts) {
		this.keepContacts = keepContacts;
		this.access = access;
		this.interests = interests;
		this.events = events;
	}

	@GetMapping("/manage/{slug}/offers/interest")
	String page(@PathVariable String slug, Model model) {
		OrganisationSummary organisation = access.provider(slug);
		List<Interests.Interest> all = interests.ofOrganisation(organisation.id(), LIMIT);
		Map<UUID, List<Interests.Interest>> byOffer = all.stream()
			.collect(Collectors.groupingBy(Interests.Interest::offerId, LinkedHashMap::new, Collectors.toList()));
		List<OfferInterests> offers = byOffer.values()
			.stream()
			.map(OfferInterests::of)
			.toList();
		Map<UUID, EventSummary> eventsById = events.byIds(all.stream().map(Interests.Interest::eventId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(EventSummary::id, e -> e));
		model.addAttribute("organisation", organisation);
		model.addAttribute("offers", offers);
		model.addAttribute("events", eventsById);
		model.addAttribute("keptDays", keepContacts.toDays());
		interests.markSeen(organisation.id());
		return "catalog/show/interests";
	}
}
