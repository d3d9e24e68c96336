package org.werkstatt.planning.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.werkstatt.planning.plan.MeasureStore;
import org.werkstatt.planning.plan.Plan;
import org.werkstatt.planning.plan.PlanAccess;
import org.werkstatt.planning.plan.PlanStore;
import org.werkstatt.planning.plan.PlanSummary;
import org.werkstatt.planning.plan.PlanView;
import org.werkstatt.workshop.EventPageSection;

/**
 * Planning's part of an event's and a series' page: "at this meeting: status of the plan", with the
 * plan's summary in one line and links to its page and its presentation. Only plans the visitor may
 * read are shown.
 */
@Component
class PlanSections implements EventPageSection {

	private final PlanMeetings meetings;
	private final PlanStore plans;
	private final MeasureStore measures;
	private final PlanAccess access;
	private final PlanView planView;
	private final MessageSource messages;

	PlanSections(PlanMeetings meetings, PlanStore plans, MeasureStore measures, PlanAccess access, PlanView planView,
			MessageSource messages) {
		this.meetings = meetings;
		this.plans = plans;
		this.measures = measures;
		this.access = access;
		this.planView = planView;
		this.messages = messages;
	}

	@Override
	public List<Section> ofEvent(UUID eventId) {
		return section("planMeetings.atEvent", meetings.plansAtEvent(eventId));
	}

	@Override
	public List<Section> ofSeries(UUID seriesId) {
		return section("planMeetings.inSeries", meetings.plansOfSeries(seriesId));
	}

	private List<Section> section(String heading, List<UUID> planIds) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Entry> entries = planIds.stream()
			.map(plans::find)
			.flatMap(Optional::stream)
			.filter(access::canRead)
			.map(plan -> entry(plan, locale))
			.toList();
		return entries.isEmpty() ? List.of() : List.of(new Section(messages.getMessage(heading, null, locale), entries));
	}

	private Entry entry(Plan plan, Locale locale) {
		String href = "/plans/" + plan.id();
		return new Entry(plan.title(), href, summary(plan, locale),
				List.of(new Link(messages.getMessage("planMeetings.planPage", null, locale), href),
						new Link(messages.getMessage("planMeetings.presentation", null, locale), href + "/present")));
	}

	/** "80 measures: 31 done, 38 in progress, …", as the plan page's summary line says it. */
	private String summary(Plan plan, Locale locale) {
		PlanSummary summary = PlanSummary.of(plans.statuses(plan.id()), measures.countsByStatus(plan.id()));
		String total = messages.getMessage("plan.summary.total", new Object[] { summary.total() }, locale);
		return summary.counts().isEmpty() ? total : total + " " + summary.counts()
			.stream()
			.map(count -> count.count() + " " + planView.statusName(count.status()))
			.collect(Collectors.joining(", "));
	}
}
