package org.werkstatt.planning.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.planning.decision.InboxPage.EventDrafts;
import org.werkstatt.planning.decision.InboxPage.EventGroup;
import org.werkstatt.planning.decision.InboxPage.Option;
import org.werkstatt.planning.decision.InboxPage.WallGroup;
import org.werkstatt.workshop.Events;
import org.werkstatt.workshop.IdeaSummary;
import org.werkstatt.workshop.Ideas;
import org.werkstatt.workshop.ModerationNote;

/**
 * Reads the organisation's inbox: every idea of its events and every idea entered by hand, with
 * decisions, moderation history, merges and confirmed groups, in the same ten queries or fewer however many
 * ideas there are; filters, orders and pages in memory.
 */
@Component
class Inbox {

	static final String MANUAL = "manual:";

	private final Ideas ideas;
	private final Events events;
	private final ManualIdeas manualIdeas;
	private final Decisions decisions;
	private final IdeaGroups groups;
	private final MeasureRefs measures;
	private final Organisations organisations;

	Inbox(Ideas ideas, Events events, ManualIdeas manualIdeas, Decisions decisions, IdeaGroups groups,
			MeasureRefs measures, Organisations organisations) {
		this.ideas = ideas;
		this.events = events;
		this.manualIdeas = manualIdeas;
		this.decisions = decisions;
		this.groups = groups;
		this.measures = measures;
		this.organisations = organisations;
	}

	/** Every idea of the organisation's inbox, by event (newest first) and wall. */
	List<InboxItem> items(UUID organisationId) {
		List<IdeaSummary> workshop = ideas.ofOrganisation(organisationId);
		List<ManualIdea> manual = manualIdeas.ofOrganisation(organisationId);
		Map<UUID, Decision> decided = decisions.ofOrganisation(organisationId);
		Map<UUID, UUID> groupOf = groups.ofOrganisation(organisationId);
		Map<UUID, List<ModerationNote>> history = new HashMap<>();
		ideas.moderationOfOrganisation(organisationId)
			.forEach(note -> history.computeIfAbsent(note.ideaId(), k -> new ArrayList<>()).add(note));
		Map<UUID, String> texts = new HashMap<>();
		Map<UUID, List<String>> mergedHere = new HashMap<>();
		for (IdeaSummary idea : workshop) {
			texts.put(idea.id(), idea.text());
			if (idea.mergedInto() != null) {
				mergedHere.computeIfAbsent(idea.mergedInto(), k -> new ArrayList<>()).add(idea.text());
			}
		}
		Map<UUID, String> eventTitles = new LinkedHashMap<>();
		workshop.forEach(idea -> eventTitles.putIfAbsent(idea.eventId(), idea.eventTitle()));
		List<UUID> unknownEvents = manual.stream()
			.map(ManualIdea::eventId)
			.filter(Objects::nonNull)
			.filter(id -> !eventTitles.containsKey(id))
			.distinct()
			.toList();
		events.byIds(unknownEvents).forEach(e -> eventTitles.put(e.id(), e.title()));

		List<InboxItem> items = new ArrayList<>();
		for (IdeaSummary idea : workshop) {
			items.add(new InboxItem(idea.id(), idea.eventId(), idea.eventTitle(), idea.wallId().toString(),
					idea.wallTitle(), idea.text(), idea.dots(), idea.score(), idea.status(), false,
					idea.mergedInto() == null ? null : texts.get(idea.mergedInto()),
					mergedHere.getOrDefault(idea.id(), List.of()), idea.postedAt(), decided.get(idea.id()),
					history.getOrDefault(idea.id(), List.of()), groupOf.get(idea.id())));
		}
		for (ManualIdea idea : manual) {
			items.add(new InboxItem(idea.id(), idea.eventId(),
					idea.eventId() == null ? "" : eventTitles.getOrDefault(idea.eventId(), ""), MANUAL + idea.source(),
					idea.source(), idea.text(), 0, 0, "PUBLISHED", true, null, List.of(), idea.createdAt(),
					decided.get(idea.id()), List.of(), groupOf.get(idea.id())));
		}
		Map<UUID, Integer> eventOrder = new HashMap<>();
		eventTitles.keySet().forEach(id -> eventOrder.put(id, eventOrder.size()));
		items.sort(Comparator.comparingInt((InboxItem item) -> item.eventId() == null ? Integer.MAX_VALUE
				: eventOrder.getOrDefault(item.eventId(), Integer.MAX_VALUE - 1)).thenComparing(InboxItem::manual));
		return items;
	}

	/** The page of the inbox the filter asks for. */
	InboxPage page(OrganisationSummary organisation, InboxFilter filter) {
		List<InboxItem> all = items(organisation.id());
		List<InboxItem> passing = all.stream().filter(filter::matches).toList();
		Map<String, List<InboxItem>> byWall = new LinkedHashMap<>();
		for (InboxItem item : passing) {
			byWall.computeIfAbsent(item.eventId() + "|" + item.wallKey(), k -> new ArrayList<>()).add(item);
		}
		Comparator<InboxItem> order = filter.newestFirst()
				? Comparator.comparing(InboxItem::postedAt).reversed()
				: Comparator.comparingInt(InboxItem::score).reversed().thenComparing(InboxItem::postedAt);
		List<InboxItem> ordered = byWall.values().stream().flatMap(wall -> wall.stream().sorted(order)).toList();
		int pages = Math.max(1, (ordered.size() + InboxFilter.PAGE_SIZE - 1) / InboxFilter.PAGE_SIZE);
		int page = Math.min(filter.pageNumber(), pages);
		List<InboxItem> shown = ordered.subList((page - 1) * InboxFilter.PAGE_SIZE,
				Math.min(ordered.size(), page * InboxFilter.PAGE_SIZE));
		return new InboxPage(grouped(shown), ordered.size(), page, pages, eventOptions(all), wallOptions(all, filter),
				drafts(all), measures.ofOrganisation(organisation.id()), planChoices(organisation));
	}

	private static List<EventGroup> grouped(List<InboxItem> shown) {
		Map<String, Map<String, List<InboxItem>>> byEvent = new LinkedHashMap<>();
		Map<String, InboxItem> first = new HashMap<>();
		for (InboxItem item : shown) {
			String event = String.valueOf(item.eventId());
			first.putIfAbsent(event, item);
			byEvent.computeIfAbsent(event, k -> new LinkedHashMap<>())
				.computeIfAbsent(item.wallKey(), k -> new ArrayList<>())
				.add(item);
		}
		List<EventGroup> groups = new ArrayList<>();
		byEvent.forEach((event, walls) -> {
			InboxItem head = first.get(event);
			List<WallGroup> wallGroups = new ArrayList<>();
			walls.forEach((key, ideasOfWall) -> wallGroups.add(new WallGroup(key, ideasOfWall.getFirst().wallTitle(),
					ideasOfWall.getFirst().manual(), ideasOfWall)));
			groups.add(new EventGroup(head.eventId(), head.eventTitle(), wallGroups));
		});
		return groups;
	}

	private static List<Option> eventOptions(List<InboxItem> all) {
		Map<String, String> options = new LinkedHashMap<>();
		all.stream().filter(i -> i.eventId() != null).forEach(i -> options.putIfAbsent(i.eventId().toString(), i.eventTitle()));
		return options.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
	}

	/** The walls of the chosen event, or of all events. */
	private static List<Option> wallOptions(List<InboxItem> all, InboxFilter filter) {
		Map<String, String> options = new LinkedHashMap<>();
		all.stream()
			.filter(i -> filter.event() == null || filter.event().isBlank() || String.valueOf(i.eventId()).equals(filter.event()))
			.forEach(i -> options.putIfAbsent(i.wallKey(), i.wallTitle() + (i.eventTitle().isEmpty() ? "" : " – " + i.eventTitle())));
		return options.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
	}

	private static List<EventDrafts> drafts(List<InboxItem> all) {
		Map<String, EventDrafts> drafts = new LinkedHashMap<>();
		for (InboxItem item : all) {
			if (item.isDraft()) {
				EventDrafts before = drafts.get(String.valueOf(item.eventId()));
				drafts.put(String.valueOf(item.eventId()), new EventDrafts(item.eventId(), item.eventTitle(),
						before == null ? 1 : before.count() + 1));
			}
		}
		return List.copyOf(drafts.values());
	}

	/** {@link #planOptions} with each plan's fields of action and next free number. */
	List<InboxPage.PlanChoice> planChoices(OrganisationSummary organisation) {
		List<Option> plans = planOptions(organisation);
		Map<UUID, MeasureRefs.NewMeasureChoice> choices = measures
			.newMeasureChoices(plans.stream().map(plan -> UUID.fromString(plan.value())).toList());
		return plans.stream().map(plan -> {
			MeasureRefs.NewMeasureChoice choice = choices.get(UUID.fromString(plan.value()));
			return new InboxPage.PlanChoice(plan.value(), plan.label(), choice.fields(), choice.nextNumber());
		}).toList();
	}

	/** The plans a new measure may go into: the organisation's own, and the shared ones of its networks. */
	List<Option> planOptions(OrganisationSummary organisation) {
		return measures.plansOf(organisation.id(), organisations.networksOf(organisation.id()))
			.stream()
			.map(plan -> new Option(plan.id().toString(), plan.title()))
			.toList();
	}
}
