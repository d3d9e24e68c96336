package org.werkstatt.workshop.registration;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.werkstatt.identity.DemoLoaded;
import org.werkstatt.platform.web.SiteTime;
import org.werkstatt.workshop.EventFormat;
import org.werkstatt.workshop.event.CoOrganisers;
import org.werkstatt.workshop.event.Event;
import org.werkstatt.workshop.event.EventForm;
import org.werkstatt.workshop.event.EventStore;
import org.werkstatt.workshop.event.Visibility;

/**
 * The workshop's part of the demo: an upcoming citizen dialogue of the jobcenter with the city as
 * co-organiser, twelve places, all taken, and three people on the waiting list. Runs in the demo's own
 * transaction; the confirmation mails wait in the jobcenter's outbox.
 */
@Component
class DemoRegistrations {

	static final String TITLE = "Bürgerdialog Nordufer: Arbeit im Stadtteil";
	private static final int CAPACITY = 12;

	private final EventStore events;
	private final CoOrganisers coOrganisers;
	private final Registrations registrations;
	private final RegistrationDesk desk;
	private final SiteTime siteTime;

	DemoRegistrations(EventStore events, CoOrganisers coOrganisers, Registrations registrations, RegistrationDesk desk,
			SiteTime siteTime) {
		this.events = events;
		this.coOrganisers = coOrganisers;
		this.registrations = registrations;
		this.desk = desk;
		this.siteTime = siteTime;
	}

	@EventListener
	@Order(15)
	void on(DemoLoaded demo) {
		UUID jobcenter = demo.organisations().get("jobcenter-hafenstadt");
		UUID city = demo.organisations().get("stadt-hafenstadt");
		if (jobcenter == null) {
			return;
		}
		LocalDate day = LocalDate.now(siteTime.zone()).plusDays(14);
		UUID id = events.create(jobcenter, new EventForm(EventFormat.CITIZEN_DIALOGUE, TITLE,
				"Wie finden Menschen im Nordufer Arbeit, und was fehlt dafür? Das Jobcenter und die Stadt stellen den Stand der 80 Empfehlungen vor und sammeln an Thementischen Ihre Ideen.",
				LocalDateTime.of(day, LocalTime.of(17, 0)), LocalDateTime.of(day, LocalTime.of(19, 30)),
				"Stadtteilzentrum Nordufer", "Kaistraße 12", "20000", "Hafenstadt", "", Visibility.PUBLIC, null),
				siteTime.zone());
		if (city != null) {
			coOrganisers.add(id, city);
		}
		registrations.saveSettings(id, new RegistrationSettings(true, CAPACITY, null));
		Event event = events.find(id).orElseThrow();
		List<String> names = List.of("Aylin Demir", "Jonas Petersen", "Marta Nowak", "Samir Haddad", "Lena Krüger",
				"Olu Adeyemi", "Birte Hansen", "Tomasz Wiśniewski", "Fatma Yıldız", "Henrik Sørensen", "Nora Schulz",
				"Ibrahim Kaya", "Greta Lorenz", "Yusuf Arslan", "Ida Madsen");
		for (String name : names) {
			String email = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".") + "@example.org";
			desk.register(event, new RegistrationForm(name, email, name.startsWith("Olu") ? "Ich komme mit Rollstuhl." : "", true), "de");
		}
	}
}
