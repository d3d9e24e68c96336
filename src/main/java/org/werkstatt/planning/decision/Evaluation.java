package org.werkstatt.planning.decision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.planning.IdeaDecided;
import org.werkstatt.planning.plan.Editor;
import org.werkstatt.planning.plan.MeasureForm;
import org.werkstatt.planning.plan.Measures;
import org.werkstatt.workshop.EventSummary;
import org.werkstatt.workshop.Events;
import org.werkstatt.workshop.IdeaSummary;
import org.werkstatt.workshop.Ideas;

/**
 * The planner's decisions on the organisation's ideas: drafts for one idea or many at once (all or
 * nothing), a new measure for adopted ideas if asked, and the publication that makes drafts public,
 * tells the people who asked by mail and announces {@link IdeaDecided}. An idea of another organisation,
 * an unknown idea or a measure of another organisation is refused and nothing is changed.
 */
@Service
public class Evaluation {

	/** What came of a request: done with a notice, or refused with a message and problems by field. */
	public record Outcome(boolean done, String messageKey, Map<String, String> problems, int count) {

		static Outcome done(String messageKey, int count) {
			return new Outcome(true, messageKey, Map.of(), count);
		}

		static Outcome refused(String messageKey, Map<String, String> problems) {
			return new Outcome(false, messageKey, problems, 0);
		}
	}

	/** The ideas of a request, as far as they are the organisation's: event of each. */
	private record Owned(@Nullable String problem, Map<UUID, @Nullable UUID> eventOf) {
	}

	private final Ideas ideas;
	private final Events events;
	private final ManualIdeas manualIdeas;
	private final Decisions decisions;
	private final MeasureRefs measureRefs;
	private final Measures measures;
	private final Inbox inbox;
	private final DecisionMails mails;
	private final ApplicationEventPublisher publisher;

	Evaluation(Ideas ideas, Events events, ManualIdeas manualIdeas, Decisions decisions, MeasureRefs measureRefs,
			Measures measures, Inbox inbox, DecisionMails mails, ApplicationEventPublisher publisher) {
		this.ideas = ideas;
		this.events = events;
		this.manualIdeas = manualIdeas;
		this.decisions = decisions;
		this.measureRefs = measureRefs;
		this.measures = measures;
		this.inbox = inbox;
		this.mails = mails;
		this.publisher = publisher;
	}

	/** Decides every idea of the form the same way, as a draft; creates the new measure first if asked. */
	@Transactional
	public Outcome decide(OrganisationSummary organisation, DecisionForm form, Editor editor) {
		Set<UUID> organisationMeasures = measureRefs.ofOrganisation(organisation.id())
			.stream()
			.map(MeasureRef::id)
			.collect(Collectors.toSet());
		Set<UUID> plans = inbox.planOptions(organisation)
			.stream()
			.map(option -> UUID.fromString(option.value()))
			.collect(Collectors.toSet());
		DecisionRules.Checked checked = DecisionRules.check(form, organisationMeasures, plans);
		Owned owned = owned(organisation, form.selected());
		if (owned.problem() != null) {
			return Outcome.refused(owned.problem(), checked.problems());
		}
		if (checked.decided() == null) {
			return Outcome.refused("form.hasErrors", checked.problems());
		}
		Decided decided = checked.decided();
		UUID measureId = decided.measureId();
		if (decided.newMeasure() != null) {
			Decided.NewMeasure wanted = decided.newMeasure();
			String number = wanted.number() != null ? wanted.number()
					: measures.nextNumber(wanted.planId(), wanted.fieldId());
			MeasureForm measure = new MeasureForm(number, wanted.title(), null, wanted.fieldId(), organisation.id(), null,
					null, "PLANNED", null, wanted.startsOn(), wanted.endsOn(), null, null);
			Map<String, String> problems = new java.util.LinkedHashMap<>();
			measures.problems(wanted.planId(), measure, null).forEach((field, key) -> problems.put(field,
					"number".equals(field) ? "decision.number.taken" : key));
			problems.remove("status");
			if (!problems.isEmpty()) {
				return Outcome.refused("form.hasErrors", problems);
			}
			try {
				// public only once the decision that made it is published
				measureId = measures.createUnpublished(wanted.planId(), organisation.id(), measure, editor);
			}
			catch (DuplicateKeyException takenMeanwhile) {
				// another planner gave a measure this number between the check and the insert: nothing is kept
				TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
				return Outcome.refused("form.hasErrors", Map.of("number", "decision.number.taken"));
			}
		}
		for (Map.Entry<UUID, @Nullable UUID> idea : owned.eventOf().entrySet()) {
			decisions.saveDraft(organisation.id(), idea.getKey(), idea.getValue(), decided.outcome(), decided.reason(),
					decided.outcome().needsMeasure() ? measureId : null, editor.personId());
		}
		return Outcome.done("decision.saved", owned.eventOf().size());
	}

	/**
	 * "Publish selected" with a decision typed into the form: decides the selected ideas as {@link #decide}
	 * does and publishes them in the same transaction, so what was typed is never lost; refused as a whole
	 * with the form's problems, nothing published, if the decision is not complete.
	 */
	@Transactional
	public Outcome decideAndPublish(OrganisationSummary organisation, DecisionForm form, Editor editor) {
		Outcome decided = decide(organisation, form, editor);
		if (!decided.done()) {
			return decided;
		}
		Outcome published = publish(organisation, null, form.selected());
		if (!published.done()) {
			// all or nothing: a decision that cannot be published is not kept as a draft behind the planner's back
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return published;
		}
		return Outcome.done("decision.savedAndPublished", published.count());
	}

	/**
	 * Publishes the organisation's drafts: of the event if one is given, of the selected ideas if any are
	 * (those must be the organisation's).
	 */
	@Transactional
	public Outcome publish(OrganisationSummary organisation, @Nullable UUID eventId, List<String> selected) {
		List<UUID> ideaIds = null;
		if (eventId == null) {
			Owned owned = owned(organisation, selected);
			if (owned.problem() != null) {
				return Outcome.refused(owned.problem(), Map.of());
			}
			ideaIds = new ArrayList<>(owned.eventOf().keySet());
		}
		List<PublishedDecision> published = decisions.publish(organisation.id(), eventId, ideaIds);
		if (published.isEmpty()) {
			return Outcome.done("decision.published.none", 0);
		}
		measures.publish(published.stream()
			.map(PublishedDecision::measureId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet()));
		for (PublishedDecision decision : published) {
			publisher.publishEvent(new IdeaDecided(decision.ideaId(), decision.eventId(), organisation.id(),
					decision.outcome().name(), decision.measureId()));
		}
		Set<UUID> ids = published.stream().map(PublishedDecision::ideaId).collect(Collectors.toSet());
		Map<UUID, String> texts = new HashMap<>();
		ideas.byIds(ids).forEach(idea -> texts.put(idea.id(), idea.text()));
		manualIdeas.byIds(ids).forEach(idea -> texts.put(idea.id(), idea.text()));
		Set<UUID> eventIds = published.stream()
			.map(PublishedDecision::eventId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		Map<UUID, String> eventTitles = new HashMap<>();
		events.byIds(eventIds).forEach(event -> eventTitles.put(event.id(), event.title()));
		mails.published(published, texts, eventTitles);
		return Outcome.done("decision.published", published.size());
	}

	/**
	 * Which of the ids are the organisation's ideas (of its own or co-organised events, or entered by hand
	 * by it); a problem if any is not, or is not known at all.
	 */
	private Owned owned(OrganisationSummary organisation, List<String> selected) {
		Set<UUID> ids = new LinkedHashSet<>();
		for (String value : selected) {
			UUID id = DecisionRules.uuid(value).orElse(null);
			if (id == null) {
				return new Owned("decision.ideas.unknown", Map.of());
			}
			ids.add(id);
		}
		if (ids.isEmpty()) {
			return new Owned("decision.ideas.none", Map.of());
		}
		Map<UUID, @Nullable UUID> eventOf = new HashMap<>();
		List<IdeaSummary> workshop = ideas.byIds(ids);
		List<ManualIdea> manual = manualIdeas.byIds(ids);
		if (workshop.size() + manual.size() < ids.size()) {
			return new Owned("decision.ideas.unknown", Map.of());
		}
		// the organisation's ideas are those of the events it owns or co-organises
		Set<UUID> organised = events.organisedBy(organisation.id())
			.stream()
			.map(EventSummary::id)
			.collect(Collectors.toSet());
		for (IdeaSummary idea : workshop) {
			if (!organised.contains(idea.eventId())) {
				return new Owned("decision.ideas.foreign", Map.of());
			}
			eventOf.put(idea.id(), idea.eventId());
		}
		for (ManualIdea idea : manual) {
			if (!idea.organisationId().equals(organisation.id())) {
				return new Owned("decision.ideas.foreign", Map.of());
			}
			eventOf.put(idea.id(), idea.eventId());
		}
		if (!decisions.decidedByOthers(organisation.id(), ids).isEmpty()) {
			return new Owned("decision.ideas.decidedByOthers", Map.of());
		}
		return new Owned(null, eventOf);
	}
}
