package org.werkstatt.workshop.event;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.WorkPage;
import org.werkstatt.identity.WorkSource;
import org.werkstatt.identity.WorkTask;
import org.werkstatt.platform.web.SiteTime;

/** The organiser's pages (events, the mail outbox) and the events of the next two weeks to prepare and run. */
@Component
class EventWork implements WorkSource {

	static final Duration AHEAD = Duration.ofDays(14);
	private static final int SHOWN = 5;

	private final EventStore events;
	private final SiteTime time;

	EventWork(EventStore events, SiteTime time) {
		this.events = events;
		this.time = time;
	}

	@Override
	public List<WorkPage> pages(OrganisationSummary organisation, Set<Role> roles) {
		if (!organises(roles)) {
			return List.of();
		}
		String base = "/manage/" + organisation.slug();
		return List.of(new WorkPage("events", "events.title", base + "/events", 100),
				new WorkPage("outbox", "outbox.title", base + "/outbox", 110));
	}

	@Override
	public List<WorkTask> tasks(OrganisationSummary organisation, Set<Role> roles) {
		if (!organises(roles)) {
			return List.of();
		}
		Instant now = Instant.now();
		List<WorkTask> tasks = new ArrayList<>();
		for (Event event : events.comingUpFor(organisation.id(), now.plus(AHEAD), SHOWN)) {
			String key = event.startsAt().isAfter(now) ? "workspace.task.eventComing" : "workspace.task.eventRunning";
			tasks.add(new WorkTask(key, List.of(event.title(), time.format(event.startsAt())),
					"/manage/" + organisation.slug() + "/events/" + event.id()));
		}
		return tasks;
	}

	/** The roles that organise events, as {@link OrganiserAccess} lets them. */
	private static boolean organises(Set<Role> roles) {
		return roles.contains(Role.ORGANISATION_ADMIN) || roles.contains(Role.PLANNER) || roles.contains(Role.MODERATOR);
	}
}
