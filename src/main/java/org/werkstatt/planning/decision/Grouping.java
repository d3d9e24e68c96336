package org.werkstatt.planning.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups of similar ideas: suggested from the texts of the ideas still open (undecided or in evaluation,
 * visible, in no confirmed group), newest first; confirmed by a planner, with the ideas they kept; split
 * again. An idea the moderation merged into another goes with it and is not suggested. A group decides nothing by itself: the planner decides its ideas together in the inbox.
 */
@Service
public class Grouping {

	/** A group with its ideas; a suggestion has no id. */
	public record Group(@Nullable UUID id, List<InboxItem> ideas) {
	}

	private final Inbox inbox;
	private final IdeaGroups groups;

	Grouping(Inbox inbox, IdeaGroups groups) {
		this.inbox = inbox;
		this.groups = groups;
	}

	/** What the page of similar ideas shows: the suggestions, largest first, and the confirmed groups. */
	public record Overview(List<Group> suggestions, List<Group> confirmed) {
	}

	/** The suggestions and the confirmed groups, from one reading of the inbox. */
	public Overview overview(UUID organisationId) {
		List<InboxItem> items = inbox.items(organisationId);
		return new Overview(suggestions(items), confirmed(items));
	}

	private static List<Group> suggestions(List<InboxItem> items) {
		List<InboxItem> open = items
			.stream()
			.filter(item -> item.groupId() == null && item.mergedInto() == null && ("PUBLISHED".equals(item.status()) || "PENDING".equals(item.status())))
			.filter(item -> item.decision() == null || item.decision().outcome() == DecisionOutcome.IN_EVALUATION)
			.sorted(java.util.Comparator.comparing(InboxItem::postedAt).reversed())
			.toList();
		Map<UUID, InboxItem> byId = open.stream().collect(Collectors.toMap(InboxItem::id, Function.identity()));
		List<SimilarIdeas.Candidate> candidates = open.stream()
			.map(item -> new SimilarIdeas.Candidate(item.id(), item.text()))
			.toList();
		return SimilarIdeas.groups(candidates)
			.stream()
			.map(ids -> new Group(null, ids.stream().map(byId::get).toList()))
			.toList();
	}

	private static List<Group> confirmed(List<InboxItem> items) {
		Map<UUID, List<InboxItem>> byGroup = new LinkedHashMap<>();
		for (InboxItem item : items) {
			if (item.groupId() != null) {
				byGroup.computeIfAbsent(item.groupId(), k -> new ArrayList<>()).add(item);
			}
		}
		return byGroup.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
	}

	/**
	 * Confirms the ideas as a group; false if fewer than two are given or any is not the organisation's
	 * (nothing is changed then).
	 */
	@Transactional
	public boolean confirm(UUID organisationId, List<String> selected, @Nullable UUID personId) {
		Set<UUID> ids = new LinkedHashSet<>();
		for (String value : selected) {
			ids.add(DecisionRules.uuid(value).orElse(null));
		}
		Set<UUID> known = inbox.items(organisationId).stream().map(InboxItem::id).collect(Collectors.toSet());
		if (ids.size() < 2 || !known.containsAll(ids)) {
			return false;
		}
		groups.confirm(organisationId, ids, personId);
		return true;
	}

	/** Dissolves a confirmed group; false if the organisation has none with this id. */
	@Transactional
	public boolean split(UUID organisationId, UUID groupId) {
		return groups.dissolve(organisationId, groupId);
	}
}
