package org.werkstatt.planning.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.planning.plan.MeasureStatus;
import org.werkstatt.planning.plan.MeasureStore;
import org.werkstatt.planning.plan.Plan;
import org.werkstatt.planning.plan.PlanStore;
import org.werkstatt.planning.plan.PlanSummary;
import org.werkstatt.planning.plan.PlanView;

/** Loads a plan's presentation in a fixed number of queries: statuses, fields, every measure, the owner. */
@Service
class PlanDecks {

	private final PlanStore plans;
	private final MeasureStore measures;
	private final PlanView planView;
	private final Organisations organisations;
	private final MessageSource messages;

	PlanDecks(PlanStore plans, MeasureStore measures, PlanView planView, Organisations organisations,
			MessageSource messages) {
		this.plans = plans;
		this.measures = measures;
		this.planView = planView;
		this.organisations = organisations;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	PlanDeck deck(Plan plan) {
		List<MeasureStatus> statuses = plans.statuses(plan.id());
		Map<String, MeasureStatus> byCode = statuses.stream()
			.collect(Collectors.toMap(MeasureStatus::code, Function.identity()));
		Map<UUID, String> fields = new LinkedHashMap<>();
		plans.fields(plan.id()).forEach(field -> fields.put(field.id(), field.title()));
		List<PlanDeck.Placed> placed = measures.all(plan.id()).stream().map(measure -> {
			MeasureStatus status = byCode.get(measure.status());
			String name = status == null ? measure.status() : planView.statusName(status);
			String stage = status == null ? "planned" : status.stage().name().toLowerCase();
			return new PlanDeck.Placed(measure.fieldId(), new PlanDeck.Item(measure.id(), measure.number(),
					measure.title(), name, stage, measure.progress()));
		}).toList();
		String rest = messages.getMessage(fields.isEmpty() ? "plan.measures" : "planDeck.noField", null,
				LocaleContextHolder.getLocale());
		PlanSummary summary = PlanSummary.of(statuses, measures.countsByStatus(plan.id()));
		List<PlanDeck.StatusLine> lines = summary.segments()
			.stream()
			.map(s -> new PlanDeck.StatusLine(planView.statusName(s.count().status()),
					s.count().status().stage().name().toLowerCase(), s.count().count(), s.count().percent(), s.x(),
					s.width()))
			.toList();
		String owner = organisations.byId(plan.organisationId()).map(OrganisationSummary::name).orElse("");
		return new PlanDeck(plan, owner, summary.total(), lines,
				PlanDeck.slides(PlanDeck.groups(fields, placed, rest), PlanDeck.PER_SLIDE));
	}
}
