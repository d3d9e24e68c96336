package org.werkstatt.planning.plan;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.werkstatt.platform.web.SiteLanguage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.Choice;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.platform.web.SiteTime;

/** Loads the public plan page in a fixed number of queries, however many measures the plan has. */
@Service
public class PlanView {

	private final PlanStore plans;
	private final MeasureStore measures;
	private final Organisations organisations;
	private final MessageSource messages;
	private final SiteTime siteTime;
	private final SiteLanguage site;

	PlanView(PlanStore plans, MeasureStore measures, Organisations organisations, MessageSource messages,
			SiteTime siteTime, SiteLanguage site) {
		this.site = site;
		this.plans = plans;
		this.measures = measures;
		this.organisations = organisations;
		this.messages = messages;
		this.siteTime = siteTime;
	}

	@Transactional(readOnly = true)
	public PlanPage page(Plan plan, MeasureFilter filter, int requestedPage) {
		List<MeasureStatus> statuses = plans.statuses(plan.id());
		List<FieldOfAction> fields = plans.fields(plan.id());
		Map<String, Integer> counts = measures.countsByStatus(plan.id());
		int matching = filter.isEmpty() ? counts.values().stream().mapToInt(Integer::intValue).sum()
				: measures.count(plan.id(), filter);
		int pages = Math.max(1, (matching + PlanPage.PAGE_SIZE - 1) / PlanPage.PAGE_SIZE);
		int page = Math.clamp(requestedPage, 1, pages);
		List<Measure> shown = measures.page(plan.id(), filter, (page - 1) * PlanPage.PAGE_SIZE, PlanPage.PAGE_SIZE);
		List<UUID> responsibleIds = measures.responsibles(plan.id());
		Set<UUID> ids = new HashSet<>(responsibleIds);
		ids.add(plan.organisationId());
		Map<UUID, OrganisationSummary> known = organisations.byIds(ids);
		OrganisationSummary owner = known.get(plan.organisationId());
		if (owner == null) {
			throw new NotFoundException();
		}
		Set<String> groups = new TreeSet<>();
		fields.stream()
			.filter(field -> field.targetGroups() != null)
			.flatMap(field -> Arrays.stream(field.targetGroups().split(",")))
			.map(String::strip)
			.filter(group -> !group.isEmpty())
			.forEach(groups::add);
		List<OrganisationSummary> responsibles = responsibleIds.stream()
			.map(known::get)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(OrganisationSummary::name))
			.toList();
		PlanPage.Filters choices = new PlanPage.Filters(Choice.of(fields, FieldOfAction::id, FieldOfAction::title),
				Choice.of(statuses, MeasureStatus::code, this::name), Choice.of(groups, group -> group, group -> group),
				Choice.of(responsibles, OrganisationSummary::id, OrganisationSummary::name));
		List<PlanPage.Row> rows = shown.stream().map(m -> row(m, statuses, fields, known)).toList();
		return new PlanPage(plan, owner, PlanSummary.of(statuses, counts), plans.goals(plan.id()), choices, filter, rows,
				matching, page, pages);
	}

	/** A status's name in the reader's language, as the plan page shows it (the presentation uses it too). */
	public String statusName(MeasureStatus status) {
		return name(status);
	}

	/** A status's name in the reader's language: from the bundles for the built-in ones, its label otherwise. */
	private String name(MeasureStatus status) {
		return status.builtIn() ? messages.getMessage(status.messageKey(), null, LocaleContextHolder.getLocale())
				: site.text(status.labels());
	}

	private PlanPage.Row row(Measure measure, List<MeasureStatus> statuses, List<FieldOfAction> fields,
			Map<UUID, OrganisationSummary> organisations) {
		MeasureStatus status = statuses.stream().filter(s -> s.code().equals(measure.status())).findFirst().orElseThrow();
		String field = fields.stream()
			.filter(f -> f.id().equals(measure.fieldId()))
			.map(FieldOfAction::title)
			.findFirst()
			.orElse(null);
		OrganisationSummary responsible = measure.responsibleOrganisationId() == null ? null
				: organisations.get(measure.responsibleOrganisationId());
		return new PlanPage.Row(measure.id(), measure.number(), measure.title(), field,
				name(status),
				status.stage().name().toLowerCase(), measure.progress(), responsible == null ? "–" : responsible.name(),
				measure.endsOn() == null ? "–" : siteTime.day(measure.endsOn()));
	}
}
