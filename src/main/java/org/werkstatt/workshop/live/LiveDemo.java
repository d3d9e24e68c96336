package org.werkstatt.workshop.live;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.werkstatt.identity.DemoLoaded;
import org.werkstatt.platform.web.SiteTime;
import org.werkstatt.workshop.EventFormat;
import org.werkstatt.workshop.event.EventForm;
import org.werkstatt.workshop.event.EventStore;
import org.werkstatt.workshop.event.Visibility;

/**
 * The demo's workshops: a past idea workshop with three walls, about sixty ideas with dots, merged
 * duplicates and one hidden idea, its results published; and a live workshop running today that anyone
 * can join with the code {@code DEMO}. Loaded once, with the identity demo.
 */
@Component
class LiveDemo {

	static final String LIVE_CODE = "DEMO";
	private static final String HOST = "jobcenter-hafenstadt";
	private static final Moderator MODERATOR = new Moderator(null, "Mo Moderation (Demo)");

	private final Live live;
	private final LiveStore store;
	private final EventStore events;
	private final JdbcClient jdbc;
	private final ZoneId zone;

	LiveDemo(Live live, LiveStore store, EventStore events, JdbcClient jdbc, SiteTime siteTime) {
		this.live = live;
		this.store = store;
		this.events = events;
		this.jdbc = jdbc;
		this.zone = siteTime.zone();
	}

	/** Before the planning module's demo, which decides on these ideas. */
	@EventListener
	@Order(10)
	void on(DemoLoaded demo) {
		UUID host = demo.organisation(HOST);
		pastWorkshop(host);
		liveWorkshop(host);
	}

	private void pastWorkshop(UUID host) {
		LocalDateTime day = LocalDateTime.now(zone).minusWeeks(3).withHour(9).withMinute(30).withSecond(0).withNano(0);
		UUID event = events.create(host, new EventForm(EventFormat.IDEA_WORKSHOP, "Ideenwerkstatt 2026: Wege in Arbeit",
				"Rund 80 Gäste aus Politik, Trägern, Stadt und Jobcenter sammelten an drei Themenwänden Ideen für die "
						+ "Arbeitsmarkt- und Integrationsplanung des kommenden Jahres. Dazu gab es eine Produktschau der "
						+ "laufenden Angebote.",
				day, day.plusHours(6), "Kongresszentrum am Hafen", "Kaistraße 4", "20000", "Hafenstadt", null,
				Visibility.PUBLIC, null), zone);
		LiveSession session = live.sessionOf(event);
		live.changeSettings(event, new SettingsForm(false, 8, 3, 60, 3000, ""), MODERATOR);
		List<UUID> walls = new ArrayList<>();
		walls.add(live.addWall(event, new WallForm("Junge Menschen am Übergang Schule–Beruf",
				"Was hilft jungen Menschen, nach der Schule Fuß zu fassen?", "unter 25"), MODERATOR));
		walls.add(live.addWall(event, new WallForm("Frauen und Alleinerziehende",
				"Wie gelingt der Einstieg in Arbeit mit Kindern?", "Alleinerziehende"), MODERATOR));
		walls.add(live.addWall(event, new WallForm("Gesundheit und Langzeitarbeitslosigkeit",
				"Was brauchen Menschen, die lange ohne Arbeit sind?", null), MODERATOR));
		live.setState(event, LiveState.OPEN, MODERATOR);
		walls.forEach(wall -> live.setWallOpen(event, wall, true, MODERATOR));
		live.setVotingOpen(event, true, MODERATOR);

		List<Participant> people = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			people.add(live.join(event, i % 3 == 0 ? NICKNAMES[i / 3] : null, null).participant());
		}
		LiveSession open = store.session(event).orElseThrow();
		List<UUID> ideas = new ArrayList<>();
		for (int i = 0; i < PAST_IDEAS.length; i++) {
			String[] idea = PAST_IDEAS[i];
			Participant author = people.get(i % people.size());
			Outcome posted = live.post(open, author, walls.get(Integer.parseInt(idea[0])), idea[1], host);
			ideas.add(posted.subject());
		}
		// dots: a few ideas clearly ahead, a long tail, every participant within their budget
		for (int p = 0; p < people.size(); p++) {
			Participant voter = people.get(p);
			for (int d = 0; d < 6; d++) {
				int target = (p * 7 + d * d * 3 + d) % ideas.size();
				if (d < 3) {
					target = (d * 11 + p % 4) % 12;
				}
				live.addDot(open, voter, ideas.get(target));
			}
		}
		// duplicates merged by the moderator, and one idea hidden with a reason
		live.merge(event, ideas.get(13), ideas.get(1), MODERATOR);
		live.merge(event, ideas.get(34), ideas.get(22), MODERATOR);
		live.merge(event, ideas.get(51), ideas.get(41), MODERATOR);
		live.hide(event, ideas.get(HIDDEN_IDEA), "Persönliche Angaben über eine dritte Person", MODERATOR);
		live.correct(event, ideas.get(5), "Bewerbungstraining direkt in den Schulen, schon ab Klasse 8", MODERATOR);
		live.setState(event, LiveState.CLOSED, MODERATOR);
		live.setResultsPublished(event, true, MODERATOR);
		// the day's times, not the loading's
		jdbc.sql("""
				update idea set created_at = ? + (row_number * interval '3 minutes'), updated_at = ?
				from (select id as idea_id, row_number() over (order by created_at) as row_number from idea where event_id = ?) numbered
				where idea.id = numbered.idea_id""")
			.params(day.plusMinutes(45).atZone(zone).toOffsetDateTime(), day.plusHours(5).atZone(zone).toOffsetDateTime(), event)
			.update();
		jdbc.sql("update participant set joined_at = ? where event_id = ?")
			.params(day.plusMinutes(30).atZone(zone).toOffsetDateTime(), event)
			.update();
		jdbc.sql("update moderation_log set at = ? where event_id = ?")
			.params(day.plusHours(5).atZone(zone).toOffsetDateTime(), event)
			.update();
	}

	private void liveWorkshop(UUID host) {
		LocalDateTime now = LocalDateTime.now(zone).withSecond(0).withNano(0);
		UUID event = events.create(host, new EventForm(EventFormat.IDEA_WORKSHOP, "Ideenwerkstatt live: Nordufer 2027",
				"Heute im Stadtteilzentrum und online: Was soll das Jobcenter im Nordufer 2027 anders machen? "
						+ "Machen Sie mit – mit dem Code DEMO unter /join.",
				now.minusHours(1), now.plusHours(8), "Stadtteilzentrum Nordufer", "Uferstraße 12", "20000", "Hafenstadt",
				null, Visibility.PUBLIC, null), zone);
		jdbc.sql("insert into live_session (event_id, code) values (?, ?)").params(event, LIVE_CODE).update();
		UUID work = live.addWall(event, new WallForm("Arbeit im Stadtteil", "Welche Arbeitgeber und Jobs fehlen im Nordufer?",
				null), MODERATOR);
		UUID support = live.addWall(event, new WallForm("Beratung und Unterstützung",
				"Was würde Ihnen bei der Suche nach Arbeit wirklich helfen?", null), MODERATOR);
		live.setState(event, LiveState.OPEN, MODERATOR);
		live.setWallOpen(event, work, true, MODERATOR);
		live.setWallOpen(event, support, true, MODERATOR);
		live.setVotingOpen(event, true, MODERATOR);
		LiveSession open = store.session(event).orElseThrow();
		Participant first = live.join(event, "Sam", null).participant();
		Participant second = live.join(event, null, null).participant();
		Outcome a = live.post(open, first, work, "Mehr Ausbildungsplätze in der Hafenlogistik, auch in Teilzeit", host);
		live.post(open, second, support, "Beratung auch abends und am Samstag, nicht nur vormittags", host);
		live.post(open, second, work, "Ein Job-Café im Stadtteilzentrum, einmal im Monat mit Arbeitgebern", host);
		live.addDot(open, second, a.subject());
	}

	private static final String[] NICKNAMES = { "Aylin", "Jonas", "Fatma", "Lena", "Murat", "Sofie", "Piotr", "Grete",
			"Kemal", "Ida" };

	private static final int HIDDEN_IDEA = 27;

	/** The wall (0, 1, 2) and the words of each idea of the past workshop. */
	private static final String[][] PAST_IDEAS = {
			{ "0", "Berufsorientierung früher beginnen, schon ab Klasse 7" },
			{ "0", "Mehr Praktikumsplätze bei Betrieben im Hafen" },
			{ "0", "Eine feste Ansprechperson für Jugendliche statt ständig neuer Termine" },
			{ "0", "Ausbildung in Teilzeit bekannter machen" },
			{ "0", "Jugendberufsagentur mit offener Sprechstunde ohne Termin" },
			{ "0", "Bewerbungstraining direkt in den Schulen, schon ab Klasse 8 " },
			{ "0", "Azubi-Ticket für Bus und Bahn auch in der Einstiegsqualifizierung" },
			{ "0", "Mentoring durch Auszubildende im zweiten Lehrjahr" },
			{ "0", "Digitale Bewerbung üben: Lebenslauf am Handy erstellen" },
			{ "0", "Sprachförderung berufsbegleitend während der Ausbildung" },
			{ "0", "Betriebe besuchen statt nur Flyer verteilen" },
			{ "0", "Schulabbrecher früher ansprechen, bevor sie aus dem Blick geraten" },
			{ "0", "Wohnheimplätze für Azubis aus dem Umland" },
			{ "0", "Mehr Praktikumsplätze in Betrieben am Hafen anbieten" },
			{ "0", "Eltern in die Berufsberatung einbeziehen" },
			{ "0", "Social-Media-Kanal des Jobcenters für Jugendliche" },
			{ "0", "Assistierte Ausbildung stärker bewerben" },
			{ "0", "Nachhilfe für die Berufsschule kostenlos anbieten" },
			{ "0", "Jobmesse im Stadtteil statt in der Innenstadt" },
			{ "0", "Zweite Chance für junge Menschen ohne Abschluss" },
			{ "1", "Kinderbetreuung auch in Randzeiten, früh und abends" },
			{ "1", "Teilzeitqualifizierungen für Alleinerziehende" },
			{ "1", "Kinderbetreuung während der Maßnahmen direkt vor Ort" },
			{ "1", "Arbeitgeber für familienfreundliche Schichtpläne gewinnen" },
			{ "1", "Beratung zu Unterhalt und Wohngeld an einem Ort" },
			{ "1", "Wiedereinstieg nach der Elternzeit begleiten" },
			{ "1", "Netzwerk von Alleinerziehenden, die schon in Arbeit sind" },
			{ "1", "Frau K. aus der Uferstraße braucht dringend eine Stelle, ihre Nummer ist ..." },
			{ "1", "Coaching in der Muttersprache anbieten" },
			{ "1", "Anerkennung ausländischer Abschlüsse schneller machen" },
			{ "1", "Online-Sprechstunden am Abend, wenn die Kinder schlafen" },
			{ "1", "Führerschein fördern, weil viele Jobs ohne Auto nicht erreichbar sind" },
			{ "1", "Minijobs in sozialversicherungspflichtige Stellen umwandeln helfen" },
			{ "1", "Qualifizierung in der Pflege mit Kinderbetreuung verbinden" },
			{ "1", "Betreuung für Kinder auch während der Maßnahme direkt am Ort" },
			{ "1", "Gründungsberatung für Frauen" },
			{ "1", "Ferienbetreuung für Schulkinder organisieren" },
			{ "1", "Mehr Teilzeitausbildung in Büroberufen" },
			{ "1", "Patenschaften mit Unternehmerinnen" },
			{ "1", "Einfache Sprache in allen Briefen des Jobcenters" },
			{ "2", "Gesundheitsangebote freiwillig und ohne Druck" },
			{ "2", "Suchtberatung und Jobcenter unter einem Dach" },
			{ "2", "Tagesstruktur zuerst, dann Vermittlung" },
			{ "2", "Sozialer Arbeitsmarkt: mehr Stellen nach § 16i" },
			{ "2", "Psychosoziale Beratung ohne lange Wartezeiten" },
			{ "2", "Sport- und Bewegungsangebote in der Gruppe" },
			{ "2", "Schuldnerberatung schneller erreichbar machen" },
			{ "2", "Arbeitgeber für Teilhabe am Arbeitsmarkt gewinnen" },
			{ "2", "Coaching, das auch nach der Arbeitsaufnahme weiterläuft" },
			{ "2", "Ehrenamt als Einstieg anerkennen" },
			{ "2", "Mehr Zeit im Erstgespräch" },
			{ "2", "Suchtberatung und Jobcenter zusammen unter einem Dach" },
			{ "2", "Zuverdienstprojekte im Stadtteil" },
			{ "2", "Gesundheitsorientierte Beratung im Jobcenter (Gesundheitslotsen)" },
			{ "2", "Kleine Schritte anerkennen, nicht nur Vermittlung zählen" },
			{ "2", "Barrierefreie Räume und Unterlagen" },
			{ "2", "Peer-Beratung durch Menschen mit eigener Erfahrung" },
			{ "2", "Digitale Grundbildung für Ältere" },
			{ "2", "Wohnungslosigkeit mitdenken: Post- und Meldeadresse" },
			{ "2", "Verlässliche Ansprechpersonen statt Wechsel alle paar Monate" } };
}
