package org.werkstatt.planning.decision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.werkstatt.workshop.IdeaSummary;
import org.werkstatt.workshop.Ideas;

/**
 * What the public sees of the decisions on an event's ideas. An idea the moderation hid, or that waits
 * for approval or was withdrawn, is never shown. While the event's results are not public, only ideas
 * with a published decision are listed (the planner published those on purpose); afterwards every visible
 * idea is, the undecided ones saying so. A fixed number of queries, however many ideas.
 */
@Component
class PublicDecisions {

	private final Ideas ideas;
	private final ManualIdeas manualIdeas;
	private final Decisions decisions;
	private final MeasureRefs measures;

	PublicDecisions(Ideas ideas, ManualIdeas manualIdeas, Decisions decisions, MeasureRefs measures) {
		this.ideas = ideas;
		this.manualIdeas = manualIdeas;
		this.decisions = decisions;
		this.measures = measures;
	}

	/** The event's ideas with their published decisions, in the order of the walls and by score. */
	List<PublicEntry> ofEvent(UUID eventId) {
		boolean resultsPublic = ideas.resultsPublished(eventId);
		Map<UUID, PublishedDecision> published = new HashMap<>();
		decisions.publishedForEvent(eventId).forEach(d -> published.put(d.ideaId(), d));
		List<IdeaSummary> workshop = ideas.ofEvent(eventId);
		Map<UUID, String> texts = workshop.stream().collect(Collectors.toMap(IdeaSummary::id, IdeaSummary::text));
		List<Row> rows = new ArrayList<>();
		for (IdeaSummary idea : workshop) {
			if (idea.isPublished() && (resultsPublic || published.containsKey(idea.id()))) {
				rows.add(new Row(idea.id(), idea.wallTitle(), idea.text(), idea.score(), false,
						idea.mergedInto() == null ? null : texts.get(idea.mergedInto())));
			}
		}
		for (ManualIdea idea : manualIdeas.ofEvent(eventId)) {
			if (resultsPublic || published.containsKey(idea.id())) {
				rows.add(new Row(idea.id(), idea.source(), idea.text(), 0, true, null));
			}
		}
		return entries(rows, published);
	}

	/** The visitor's own ideas with what was published about them. */
	List<PublicEntry> of(List<IdeaSummary> own) {
		List<UUID> ids = own.stream().map(IdeaSummary::id).toList();
		Map<UUID, PublishedDecision> published = decisions.publishedFor(ids);
		List<Row> rows = own.stream()
			.map(idea -> new Row(idea.id(), idea.wallTitle(), idea.text(), idea.score(), false, null))
			.toList();
		return entries(rows, published);
	}

	private List<PublicEntry> entries(List<Row> rows, Map<UUID, PublishedDecision> published) {
		Map<UUID, MeasureRef> named = measures.byIds(published.values()
			.stream()
			.map(PublishedDecision::measureId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		return rows.stream().map(row -> {
			PublishedDecision decision = published.get(row.id());
			MeasureRef measure = decision == null || decision.measureId() == null ? null : named.get(decision.measureId());
			return new PublicEntry(row.id(), row.wall(), row.text(), row.score(), row.manual(), row.mergedInto(), decision,
					measure != null && measure.publicPlan() ? measure : null);
		}).toList();
	}

	private record Row(UUID id, String wall, String text, int score, boolean manual, @org.jspecify.annotations.Nullable String mergedInto) {
	}
}
