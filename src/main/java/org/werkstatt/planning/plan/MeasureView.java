package org.werkstatt.planning.plan;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.werkstatt.platform.web.SiteLanguage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.planning.decision.Decisions;
import org.werkstatt.planning.decision.PublishedDecision;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.platform.web.SiteTime;
import org.werkstatt.workshop.EventSummary;
import org.werkstatt.workshop.Events;
import org.werkstatt.workshop.IdeaSummary;
import org.werkstatt.workshop.Ideas;

/**
 * Loads the public measure page in a fixed number of queries: the measure, its plan, milestones and
 * versions, the ideas it came from with their published decisions, the events where it was discussed,
 * and the timeline from the first idea to its completion.
 */
@Service
public class MeasureView {

	private final MeasureStore measures;
	private final PlanStore plans;
	private final Decisions decisions;
	private final Ideas ideas;
	private final Events events;
	private final Organisations organisations;
	private final MessageSource messages;
	private final ZoneId zone;
	private final SiteTime siteTime;
	private final SiteLanguage site;

	MeasureView(MeasureStore measures, PlanStore plans, Decisions decisions, Ideas ideas, Events events,
			Organisations organisations, MessageSource messages, SiteTime siteTime, SiteLanguage site) {
		this.site = site;
		this.measures = measures;
		this.plans = plans;
		this.decisions = decisions;
		this.ideas = ideas;
		this.events = events;
		this.organisations = organisations;
		this.messages = messages;
		this.zone = siteTime.zone();
		this.siteTime = siteTime;
	}

	@Transactional(readOnly = true)
	public MeasurePage page(Measure measure, Plan plan) {
		List<MeasureStatus> statuses = plans.statuses(plan.id());
		List<FieldOfAction> fields = plans.fields(plan.id());
		List<MeasureVersion> versions = measures.versions(measure.id());
		List<Milestone> milestones = measures.milestones(measure.id());
		List<PublishedDecision> decided = decisions.publishedForMeasure(measure.id());
		Map<UUID, PublishedDecision> byIdea = new HashMap<>();
		decided.forEach(d -> byIdea.put(d.ideaId(), d));
		List<IdeaSummary> workshopIdeas = ideas.byIds(byIdea.keySet())
			.stream()
			.filter(IdeaSummary::isPublished)
			.toList();
		List<MeasureStore.ManualIdea> manualIdeas = measures.manualIdeas(byIdea.keySet());
		Set<UUID> eventIds = new HashSet<>(measures.links(measure.id(), LinkKind.EVENT));
		workshopIdeas.forEach(i -> eventIds.add(i.eventId()));
		manualIdeas.stream().map(MeasureStore.ManualIdea::eventId).filter(java.util.Objects::nonNull).forEach(eventIds::add);
		List<EventSummary> discussedAt = events.byIds(eventIds).stream().filter(EventSummary::listed).toList();
		Set<UUID> organisationIds = new HashSet<>();
		organisationIds.add(plan.organisationId());
		organisationIds.add(measure.organisationId());
		if (measure.responsibleOrganisationId() != null) {
			organisationIds.add(measure.responsibleOrganisationId());
		}
		versions.forEach(v -> v.changes()
			.stream()
			.filter(c -> c.field().equals("responsibleOrganisationId"))
			.forEach(c -> {
				addId(organisationIds, c.from());
				addId(organisationIds, c.to());
			}));
		Map<UUID, OrganisationSummary> known = organisations.byIds(organisationIds);
		OrganisationSummary owner = known.get(plan.organisationId());
		MeasureStatus status = statuses.stream().filter(s -> s.code().equals(measure.status())).findFirst().orElse(null);
		if (owner == null || status == null) {
			throw new NotFoundException();
		}
		ChangeText text = new ChangeText(statuses, fields, known);
		// who changed the measure is told by its organisation, never by a staff member's name
		OrganisationSummary keeper = known.getOrDefault(measure.organisationId(), owner);

		List<MeasurePage.IdeaOrigin> origins = new ArrayList<>();
		List<TimelineEntry> timeline = new ArrayList<>();
		for (IdeaSummary idea : workshopIdeas) {
			PublishedDecision decision = byIdea.get(idea.id());
			String source = idea.eventTitle() + " · " + idea.wallTitle();
			String eventUrl = discussedAt.stream().anyMatch(e -> e.id().equals(idea.eventId())) ? "/events/" + idea.eventId() : null;
			origins.add(new MeasurePage.IdeaOrigin(idea.text(), source, eventUrl,
					decision.outcome().messageKey(), decision.reason()));
			timeline.add(new TimelineEntry(idea.postedAt(), "IDEA", idea.text(), source, List.of()));
		}
		for (MeasureStore.ManualIdea idea : manualIdeas) {
			PublishedDecision decision = byIdea.get(idea.id());
			origins.add(new MeasurePage.IdeaOrigin(idea.text(), idea.source(),
					discussedAt.stream().anyMatch(e -> e.id().equals(idea.eventId())) ? "/events/" + idea.eventId() : null,
					decision.outcome().messageKey(),
					decision.reason()));
			timeline.add(new TimelineEntry(idea.createdAt(), "IDEA", idea.text(), idea.source(), List.of()));
		}
		// one step per published decision, however many ideas it covers (merged or decided together)
		Map<String, List<PublishedDecision>> steps = new java.util.LinkedHashMap<>();
		decided.forEach(d -> steps.computeIfAbsent(d.outcome() + "\u0000" + d.reason(), k -> new ArrayList<>()).add(d));
		Map<UUID, String> ideaTexts = new HashMap<>();
		workshopIdeas.forEach(i -> ideaTexts.put(i.id(), i.text()));
		manualIdeas.forEach(i -> ideaTexts.put(i.id(), i.text()));
		for (List<PublishedDecision> step : steps.values()) {
			PublishedDecision first = step.getFirst();
			timeline.add(new TimelineEntry(first.publishedAt(), "DECISION", message(first.outcome().messageKey()),
					first.reason(), List.of(), step.stream().map(d -> ideaTexts.get(d.ideaId()))
						.filter(java.util.Objects::nonNull).distinct().toList()));
		}
		// versions come newest first; on the timeline the oldest goes first (the sort below keeps ties in this order)
		for (MeasureVersion version : versions.reversed()) {
			boolean done = version.changes()
				.stream()
				.anyMatch(c -> c.field().equals("status") && c.to() != null && statuses.stream()
					.anyMatch(s -> s.code().equals(c.to()) && s.stage() == Stage.DONE));
			if (version.version() > 1 && version.changes().stream().allMatch(c -> c.field().equals("responsiblePerson"))) {
				continue; // a change of the contact person alone is not shown publicly
			}
			timeline.add(new TimelineEntry(version.changedAt(), version.version() == 1 ? "CREATED" : done ? "DONE" : "CHANGED",
					null, keeper.name(), text.of(version.changes().stream()
						.filter(c -> !c.field().equals("responsiblePerson"))
						.toList())));
		}
		for (Milestone milestone : milestones) {
			if (milestone.done()) {
				timeline.add(new TimelineEntry(milestone.dueOn().atStartOfDay(zone).toInstant(), "MILESTONE",
						milestone.title(), null, List.of()));
			}
		}
		timeline.sort(Comparator.comparing(TimelineEntry::at));
		return new MeasurePage(measure, plan, owner, status,
				fields.stream().filter(f -> f.id().equals(measure.fieldId())).findFirst().orElse(null),
				measure.responsibleOrganisationId() == null ? null : known.get(measure.responsibleOrganisationId()),
				milestones, origins, discussedAt, timeline);
	}

	private String message(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private String day(String value) {
		try {
			return siteTime.day(java.time.LocalDate.parse(value));
		}
		catch (java.time.format.DateTimeParseException notADay) {
			return value;
		}
	}

	private static void addId(Set<UUID> ids, @Nullable String value) {
		if (value != null) {
			try {
				ids.add(UUID.fromString(value));
			}
			catch (IllegalArgumentException notAnId) {
				// an old value that is no id: shown as it is
			}
		}
	}

	/** Versions keep codes and ids; the timeline shows the names they stand for in the reader's language. */
	private final class ChangeText {

		private final List<MeasureStatus> statuses;
		private final List<FieldOfAction> fields;
		private final Map<UUID, OrganisationSummary> organisations;

		ChangeText(List<MeasureStatus> statuses, List<FieldOfAction> fields, Map<UUID, OrganisationSummary> organisations) {
			this.statuses = statuses;
			this.fields = fields;
			this.organisations = organisations;
		}

		List<MeasureChange> of(List<MeasureChange> changes) {
			return changes.stream().map(c -> new MeasureChange(c.field(), value(c.field(), c.from()), value(c.field(), c.to()))).toList();
		}

		private @Nullable String value(String field, @Nullable String value) {
			if (value == null) {
				return null;
			}
			return switch (field) {
				case "status" -> statuses.stream()
					.filter(s -> s.code().equals(value))
					.findFirst()
					.map(s -> s.builtIn() ? message(s.messageKey()) : site.text(s.labels()))
					.orElse(value);
				case "fieldId" -> fields.stream().filter(f -> f.id().toString().equals(value)).findFirst()
					.map(FieldOfAction::title).orElse("–");
				case "responsibleOrganisationId" -> organisations.values().stream()
					.filter(o -> o.id().toString().equals(value)).findFirst().map(OrganisationSummary::name).orElse("–");
				case "progress" -> value + " %";
				case "startsOn", "endsOn" -> day(value);
				// a milestone is kept as "2026-05-01 Title": the day in the reader's language
				case "milestone", "milestoneDone", "milestoneOpen" -> value.matches("\\d{4}-\\d{2}-\\d{2} .*")
						? day(value.substring(0, 10)) + " – " + value.substring(11) : value;
				default -> value;
			};
		}
	}
}
