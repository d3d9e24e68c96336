package org.werkstatt.catalog.show;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
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
	private static final int SHOWN = 6;
	private static final String[][] PLACES = { { "Team Bildungswerk am Kai", "10:00–10:20", "Stand 1" },
			{ "Perspektive Plus", "10:20–10:40", "Stand 2" }, { "Stadt Hafenstadt, Fachdienst Arbeit", "10:40–11:00", "Stand 3" },
			{ "Jobcenter Hafenstadt, Team Integration", "11:00–11:20", "Foyer" }, { null, "11:20–11:40", "Stand 4" },
			{ null, null, "Stand 5" } };

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
		List<UUID> offers = offers();
		if (workshop == null || offers.isEmpty()) {
			return;
		}
		for (int i = 0; i < offers.size(); i++) {
			shows.add(workshop.id(), offers.get(i), PLACES[i][0], PLACES[i][1], PLACES[i][2]);
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

	/** Six published offers, one of each organisation first, by title. */
	private List<UUID> offers() {
		return jdbc.sql("""
				select id from (
				  select id, title, row_number() over (partition by organisation_id order by title) as rank
				  from offer where state = 'PUBLISHED') o
				order by rank, title limit ?""")
			.param(SHOWN)
			.query(UUID.class)
			.list();
	}

	private static String visitor() {
		return HexFormat.of().formatHex(SecretToken.hash(SecretToken.random()));
	}
}
