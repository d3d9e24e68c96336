package org.werkstatt.workshop.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.werkstatt.identity.DemoLoaded;
import org.werkstatt.platform.web.SiteTime;
import org.werkstatt.workshop.EventFormat;

/** The demo network's open circle (seed 003): a past and an upcoming workshop meeting of the network. */
@Component
class NetworkMeetingsDemo {

	static final String PAST = "Werkstatttreffen: Fachkräfte im Nordufer";
	static final String NEXT = "Werkstatttreffen: Aktionsplan und neue Produkte";

	private final EventStore events;
	private final SiteTime siteTime;

	NetworkMeetingsDemo(EventStore events, SiteTime siteTime) {
		this.events = events;
		this.siteTime = siteTime;
	}

	@EventListener
	void on(DemoLoaded demo) {
		UUID network = demo.organisations().get("buendnis-nordufer");
		if (network == null) {
			return;
		}
		LocalDate today = LocalDate.now(siteTime.zone());
		meeting(network, PAST, today.minusDays(42),
				"Unternehmerverein, Jobcenter und Bündnisakteure zur Arbeits- und Fachkräftesicherung im Bezirk; Vorstellung neuer Bildungs- und Beschäftigungsprodukte.");
		meeting(network, NEXT, today.plusDays(28),
				"Stand des gemeinsamen Aktionsplans, Produktvorstellungen der Bündnisakteure und Austausch. Der Kreis ist offen: Interessierte melden sich beim Bündnisbüro.");
	}

	private void meeting(UUID network, String title, LocalDate day, String description) {
		events.create(network, new EventForm(EventFormat.WORKSHOP_MEETING, title, description,
				LocalDateTime.of(day, LocalTime.of(15, 0)), LocalDateTime.of(day, LocalTime.of(17, 30)),
				"Bündnisbüro Nordufer", "Kaistraße 3", "20000", "Hafenstadt", "", Visibility.PUBLIC, null),
				siteTime.zone());
	}
}
