package org.werkstatt.planning.meeting;

import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.werkstatt.identity.DemoLoaded;
import org.werkstatt.planning.plan.PlanKind;
import org.werkstatt.planning.plan.PlanStore;
import org.werkstatt.workshop.EventFormat;
import org.werkstatt.workshop.Events;

/**
 * The demo's upcoming citizen dialogue reports the status of the jobcenter's programme: its page shows the
 * plan with a link to the presentation (after the plans, {@code @Order(20)}, and the dialogue, {@code 15}).
 */
@Component
class MeetingDemo {

	private final PlanStore plans;
	private final Events events;
	private final PlanMeetings meetings;

	MeetingDemo(PlanStore plans, Events events, PlanMeetings meetings) {
		this.plans = plans;
		this.events = events;
		this.meetings = meetings;
	}

	@EventListener
	@Order(40)
	void on(DemoLoaded demo) {
		UUID jobcenter = demo.organisation("jobcenter-hafenstadt");
		var programme = plans.of(jobcenter, List.of())
			.stream()
			.filter(plan -> plan.kind() == PlanKind.LABOUR_MARKET_PROGRAMME)
			.findFirst();
		var dialogue = events.organisedBy(jobcenter)
			.stream()
			.filter(event -> event.format() == EventFormat.CITIZEN_DIALOGUE)
			.findFirst();
		if (programme.isPresent() && dialogue.isPresent()) {
			meetings.replace(programme.get().id(), List.of(dialogue.get().id()), List.of());
		}
	}
}
