package org.werkstatt.planning.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.werkstatt.identity.DemoLoaded;
import org.werkstatt.planning.plan.PlanKind;
import org.werkstatt.workshop.IdeaSummary;
import org.werkstatt.workshop.Ideas;

/**
 * The demo's decisions on the ideas of the past idea workshop ("Ideenwerkstatt 2026: Wege in Arbeit"):
 * the best-rated adopted into the measures of the jobcenter's labour-market programme that fit them best
 * (by text), some covered by a measure, some not adopted with their reasons, a few in evaluation; most
 * published, the last few still drafts, some ideas undecided. Without the programme (the plan demo did
 * not run) only the decisions that need no measure are made. After the workshop's and the plan's demo.
 */
@Component
class DecisionDemo {

	static final String HOST = "jobcenter-hafenstadt";
	static final String EVENT = "Ideenwerkstatt 2026: Wege in Arbeit";

	private static final String ADOPTED = "Wird in das Arbeitsmarkt- und Integrationsprogramm aufgenommen; die Maßnahme "
			+ "zeigt, wie weit sie ist.";
	private static final String COVERED = "Gibt es schon: Die Maßnahme läuft und deckt diese Idee ab.";
	private static final String EVALUATING = "Wir klären bis zum Frühjahr Kosten, Partner und Zuständigkeit.";
	private static final String[] NOT_ADOPTED = {
			"Dafür ist das Jobcenter nicht zuständig; wir haben die Idee an die Stadt Hafenstadt weitergegeben.",
			"Das SGB II lässt diese Förderung nicht zu. Einzelne Kosten übernimmt das Vermittlungsbudget (§ 16 Abs. 1 SGB II "
					+ "mit § 44 SGB III).",
			"Im Eingliederungstitel 2027 ist dafür kein Geld mehr frei; wir prüfen die Idee für 2028 erneut.",
			"Ein ähnliches Angebot wurde 2024 erprobt und kaum genutzt; die Plätze gingen an die Kinderbetreuung." };

	private final Ideas ideas;
	private final MeasureRefs measures;
	private final Decisions decisions;

	DecisionDemo(Ideas ideas, MeasureRefs measures, Decisions decisions) {
		this.ideas = ideas;
		this.measures = measures;
		this.decisions = decisions;
	}

	@EventListener
	@Order(30)
	void on(DemoLoaded demo) {
		UUID host = demo.organisation(HOST);
		List<IdeaSummary> workshop = ideas.ofOrganisation(host)
			.stream()
			.filter(idea -> idea.eventTitle().equals(EVENT) && idea.isPublished() && idea.mergedInto() == null)
			.sorted(Comparator.comparingInt(IdeaSummary::score).reversed())
			.toList();
		if (workshop.isEmpty()) {
			return;
		}
		UUID eventId = workshop.getFirst().eventId();
		List<MeasureRef> programme = programme(host);
		List<UUID> drafts = new ArrayList<>();
		for (int i = 0; i < workshop.size(); i++) {
			IdeaSummary idea = workshop.get(i);
			if (i < 8 && !programme.isEmpty()) {
				decide(host, idea, DecisionOutcome.ADOPTED, ADOPTED, bestMatch(idea, programme));
			}
			else if (i < 14 && !programme.isEmpty()) {
				decide(host, idea, DecisionOutcome.COVERED, COVERED, bestMatch(idea, programme));
			}
			else if (i < 18) {
				decide(host, idea, DecisionOutcome.IN_EVALUATION, EVALUATING, null);
			}
			else if (i % 3 == 0) {
				decide(host, idea, DecisionOutcome.NOT_ADOPTED, NOT_ADOPTED[i % NOT_ADOPTED.length], null);
			}
			else if (i % 3 == 1 && i > workshop.size() - 10) {
				decide(host, idea, DecisionOutcome.NOT_ADOPTED, NOT_ADOPTED[(i + 1) % NOT_ADOPTED.length], null);
				drafts.add(idea.id());
			}
		}
		decisions.publish(host, eventId, null);
		// the last few were decided again after the publication: still drafts
		for (UUID draft : drafts) {
			decisions.saveDraft(host, draft, eventId, DecisionOutcome.IN_EVALUATION, EVALUATING, null, null);
		}
	}

	/** The measures of the jobcenter's labour-market programme, if the plan demo made one. */
	private List<MeasureRef> programme(UUID host) {
		return measures.plansOf(host, List.of())
			.stream()
			.filter(plan -> plan.kind().equals(PlanKind.LABOUR_MARKET_PROGRAMME.name()) && plan.organisationId().equals(host))
			.findFirst()
			.map(MeasureRefs.PlanRef::id)
			.map(planId -> measures.ofOrganisation(host).stream().filter(m -> m.planId().equals(planId)).toList())
			.orElse(List.of());
	}

	private void decide(UUID host, IdeaSummary idea, DecisionOutcome outcome, String reason, @Nullable UUID measure) {
		decisions.saveDraft(host, idea.id(), idea.eventId(), outcome, reason, measure, null);
	}

	private static UUID bestMatch(IdeaSummary idea, List<MeasureRef> measures) {
		int[] words = Similarity.trigrams(idea.text());
		return measures.stream()
			.max(Comparator.comparingDouble(m -> Similarity.of(words, Similarity.trigrams(m.title()))))
			.orElseThrow()
			.id();
	}
}
