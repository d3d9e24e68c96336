package org.werkstatt.catalog.show;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.werkstatt.identity.DemoLoaded;
import org.werkstatt.platform.security.SecretToken;
import org.werkstatt.workshop.EventSummary;
import org.werkstatt.workshop.Events;
import org.werkstatt.workshop.LiveStatus;

/**
 * The demo's product show: the live workshop (the event with the live wall, code {@code DEMO}) presents six
 * published offers of the catalog's demo, with presenters, slots and stands, and visitors have marked interest
 * in some of them, one with a (fictional) contact given with consent. After the catalog's own demo.
 */
@Component
class ShowDemo {

	private static final String HOST = "jobcenter-hafenstadt";
	private static final String LIVE_CODE = "DEMO";
	/** The offers of the catalog's demo presented, by title, with presenter, slot and stand. */
	private static final String[][] SHOWN = {
			{ "Umschulung Fachkraft für Lagerlogistik (IHK)", "Tariq Träger", "10:00–10:20", "1" },
			{ "Zeit für mich und Beruf – Coaching für Alleinerziehende", "Sam Coach", "10:20–10:40", "2" },
			{ "Kita-Lotsen: Kinderbetreuung für Arbeit und Ausbildung", "Fachdienst Kindertagesbetreuung", "10:40–11:00", "3" },
			{ "Deutsch für den Beruf B1/B2", null, "11:00–11:20", "1" },
			{ "Jobcafé Nordufer", null, "11:20–11:40", "Foyer" },
			{ "Arbeitgeberservice: Förderung bei Einstellung", "Team Arbeitgeberservice", null, "4" } };

	private final Events events;
	private final LiveStatus.Lookup live;
	private final ShowStore shows;
	private final Interests interests;
	private final JdbcClient jdbc;

	ShowDemo(Events events, LiveStatus.Lookup live, ShowStore shows, Interests interests, JdbcClient jdbc) {
		this.events = events;
		this.live = live;
		this.shows = shows;
		this.interests = interests;
		this.jdbc = jdbc;
	}

	@EventListener
	@Order(60)
	void on(DemoLoaded demo) {
		UUID host = demo.organisation(HOST);
		EventSummary workshop = events.organisedBy(host)
			.stream()
			.filter(event -> LIVE_CODE.equals(live.of(event.id()).joinCode()))
			.findFirst()
			.orElse(null);
		if (workshop == null) {
			return;
		}
		List<UUID> offers = new ArrayList<>();
		for (String[] shown : SHOWN) {
			offer(shown[0]).filter(id -> shows.add(workshop.id(), id, shown[1], shown[2], shown[3])).ifPresent(offers::add);
		}
		if (offers.isEmpty()) {
			return;
		}
		var until = workshop.endsAt().plus(Duration.ofDays(90));
		int[] anonymous = { 0, 0, 1, 2, 2, 2, 4 };
		for (int index : anonymous) {
			if (index < offers.size()) {
				interests.mark(workshop.id(), offers.get(index), visitor(), null, null, "de", until);
			}
		}
		interests.mark(workshop.id(), offers.getFirst(), visitor(), "Jana Beispiel (Demo)", "jana.beispiel@example.org",
				"de", until);
	}

	/** A published offer of the catalog's demo, by its title. */
	private Optional<UUID> offer(String title) {
		return jdbc.sql("select id from offer where state = 'PUBLISHED' and title = ? order by created_at limit 1")
			.param(title)
			.query(UUID.class)
			.optional();
	}

	private static String visitor() {
		return HexFormat.of().formatHex(SecretToken.hash(SecretToken.random()));
	}
}
