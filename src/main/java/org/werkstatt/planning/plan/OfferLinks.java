package org.werkstatt.planning.plan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.werkstatt.catalog.OfferSummary;
import org.werkstatt.catalog.Offers;

/**
 * A measure's offers as pages show them, read through the catalog's API: the public sees only offers that are
 * published now; the editor sees every linked one (one taken off the catalog with the title it had) and
 * searches the published ones to link.
 */
@Service
class OfferLinks {

	static final int MAX_RESULTS = 20;
	static final int MAX_QUERY = 200;

	/** The editor's section: the linked offers and, after a search, the published offers that match. */
	record Section(List<Shown> linked, @Nullable String query, @Nullable String queryProblem, List<Result> results,
			boolean searched) {
	}

	/** A linked offer in the editor; provider and page only while it is published. */
	record Shown(UUID offerId, String title, @Nullable String providerName, @Nullable String href, boolean published) {
	}

	/** A search result, and whether the measure links it already. */
	record Result(OfferSummary offer, boolean linked) {
	}

	private final MeasureOffers links;
	private final Offers offers;

	OfferLinks(MeasureOffers links, Offers offers) {
		this.links = links;
		this.offers = offers;
	}

	/** The published offers linked to the measure, in the order they were linked (the public measure page). */
	List<OfferSummary> published(UUID measureId) {
		List<MeasureOffers.Linked> linked = links.of(measureId);
		if (linked.isEmpty()) {
			return List.of();
		}
		Map<UUID, OfferSummary> known = byId(linked.stream().map(MeasureOffers.Linked::offerId).toList());
		return linked.stream().map(l -> known.get(l.offerId())).filter(Objects::nonNull).toList();
	}

	/** The offer, if it is published (what may be linked). */
	Optional<OfferSummary> publishedOffer(UUID offerId) {
		return offers.published(List.of(offerId)).stream().filter(o -> o.id().equals(offerId)).findFirst();
	}

	/** The published offers linked to a published measure of the plan (the filter "with offers"). */
	Set<UUID> publishedOfPlan(UUID planId) {
		List<UUID> ids = links.ofPlan(planId);
		return ids.isEmpty() ? Set.of() : byId(ids).keySet();
	}

	/** How many published offers each measure of the plan has, for its planners; measures without any are missing. */
	Map<UUID, Integer> publishedCounts(UUID planId) {
		Map<UUID, List<UUID>> linked = links.ofPlanForPlanners(planId);
		if (linked.isEmpty()) {
			return Map.of();
		}
		Set<UUID> published = byId(linked.values().stream().flatMap(List::stream).distinct().toList()).keySet();
		Map<UUID, Integer> counts = new java.util.HashMap<>();
		linked.forEach((measure, offerIds) -> {
			int count = (int) offerIds.stream().filter(published::contains).count();
			if (count > 0) {
				counts.put(measure, count);
			}
		});
		return counts;
	}

	/** Whether a filter's checkbox "with offers" was sent on: 1, true or on. */
	static boolean requested(@Nullable String value) {
		return value != null && switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "1", "true", "on" -> true;
			default -> false;
		};
	}

	/** The editor's section; {@code query} null or blank when nothing was searched. */
	Section section(UUID measureId, @Nullable String query) {
		List<MeasureOffers.Linked> linked = links.of(measureId);
		Map<UUID, OfferSummary> known = linked.isEmpty() ? Map.of()
				: byId(linked.stream().map(MeasureOffers.Linked::offerId).toList());
		List<Shown> shown = linked.stream().map(l -> {
			OfferSummary offer = known.get(l.offerId());
			return offer == null ? new Shown(l.offerId(), l.title(), null, null, false)
					: new Shown(l.offerId(), offer.title(), offer.providerName(), offer.href(), true);
		}).toList();
		String words = query == null ? null : query.strip();
		if (words == null || words.isEmpty()) {
			return new Section(shown, null, null, List.of(), false);
		}
		if (words.length() > MAX_QUERY) {
			return new Section(shown, query, "planning.offers.query.tooLong", List.of(), false);
		}
		Set<UUID> linkedIds = linked.stream().map(MeasureOffers.Linked::offerId).collect(Collectors.toSet());
		List<Result> results = offers.find(words, MAX_RESULTS)
			.stream()
			.map(o -> new Result(o, linkedIds.contains(o.id())))
			.toList();
		return new Section(shown, words, null, results, true);
	}

	private Map<UUID, OfferSummary> byId(List<UUID> ids) {
		return offers.published(ids).stream().collect(Collectors.toMap(OfferSummary::id, Function.identity(), (a, b) -> a));
	}
}
