package org.werkstatt.planning.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.werkstatt.planning.decision.InboxFixture.INBOX;
import static org.werkstatt.planning.decision.InboxFixture.ideas;
import static org.werkstatt.planning.decision.InboxFixture.post;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.workshop.live.LiveFixture;

/**
 * The public side on the embedded PostgreSQL over HTTP: the decision list before and after publishing,
 * "my ideas" by the participant cookie, and the mails to people who left their address.
 */
class PublicDecisionTests extends FullStackTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	InboxFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new InboxFixture(context, port);
	}

	void decide(HttpSession planner, LiveFixture.LiveEvent event, UUID idea, String... fields) {
		List<String> all = new ArrayList<>(ideas(idea));
		all.addAll(List.of(fields));
		assertThat(post(planner, INBOX, INBOX + "/decisions", all).statusCode()).isEqualTo(302);
	}

	void publish(HttpSession planner, LiveFixture.LiveEvent event) {
		assertThat(post(planner, INBOX, INBOX + "/publish", List.of("publishEvent", event.eventId().toString())).statusCode())
			.isEqualTo(302);
	}

	@Test
	void decisionsArePublicOnlyOncePublished() {
		LiveFixture.LiveEvent event = fixture.event("Öffentlich");
		HttpSession phone = fixture.phone(event, "Ada");
		UUID adopted = fixture.post(phone, event, "Werkstattcafé für Eltern");
		UUID refused = fixture.post(phone, event, "Freibier für alle");
		UUID open = fixture.post(phone, event, "Noch offen: Fahrradwerkstatt");
		UUID measure = fixture.measure(InboxFixture.SLUG, fixture.plan(InboxFixture.SLUG, "Öffentlicher Plan"), "7.3",
				"Elterncafé im Stadtteil");
		HttpSession visitor = new HttpSession(port);
		String list = "/events/" + event.eventId() + "/decisions";

		HttpSession planner = fixture.planner();
		decide(planner, event, adopted, "outcome", "ADOPTED", "measure", measure.toString(), "reason", "Passt in Handlungsfeld 7.");
		decide(planner, event, refused, "outcome", "NOT_ADOPTED", "reason", "Nicht finanzierbar.");
		String before = visitor.get(list).body();
		assertThat(before).as("nothing published, results not public").doesNotContain("Werkstattcafé für Eltern")
			.contains("Hier ist noch nichts veröffentlicht.");

		publish(planner, event);
		String after = visitor.get(list).body();
		assertThat(after).contains("Werkstattcafé für Eltern", "übernommen", "Passt in Handlungsfeld 7.",
				"href=\"/measures/" + measure + "\"", "7.3 Elterncafé im Stadtteil")
			.contains("Freibier für alle", "nicht übernommen", "Nicht finanzierbar.")
			.doesNotContain("Noch offen: Fahrradwerkstatt");

		jdbc.sql("update live_session set results_published = true where event_id = ?").param(event.eventId()).update();
		assertThat(visitor.get(list).body()).contains("Noch offen: Fahrradwerkstatt", "noch nicht entschieden",
				"2 von 3 Ideen entschieden");
		assertThat(visitor.get(event.results()).body()).contains("href=\"/events/" + event.eventId() + "/decisions\"");

		decide(planner, event, refused, "outcome", "IN_EVALUATION");
		assertThat(visitor.get(list).body()).as("a changed draft leaves the public decision as it was")
			.contains("Nicht finanzierbar.");
		assertThat(fixture.decision(open)).isNull();
	}

	@Test
	void myIdeasShowsOnlyTheVisitorsOwnIdeas() {
		LiveFixture.LiveEvent event = fixture.event("Meine");
		HttpSession ada = fixture.phone(event, "Ada");
		HttpSession ben = fixture.phone(event, "Ben");
		fixture.post(ada, event, "Adas Idee: Nachtbus");
		fixture.post(ben, event, "Bens Idee: Frühstück");
		String mine = "/events/" + event.eventId() + "/my-ideas";
		assertThat(ada.get(mine).body()).contains("Adas Idee: Nachtbus").doesNotContain("Bens Idee: Frühstück")
			.contains("noch nicht entschieden", "id=\"subscribe\"");
		assertThat(ben.get(mine).body()).contains("Bens Idee: Frühstück").doesNotContain("Adas Idee: Nachtbus");
		HttpSession stranger = new HttpSession(port);
		assertThat(stranger.get(mine).body()).contains("id=\"no-ideas\"").doesNotContain("id=\"subscribe\"");
		stranger.get("/join");
		assertThat(stranger.post(mine, Map.of("email", "x@example.org", "consent", "true")).body())
			.contains("keine Ideen geschrieben");
		assertThat(ada.get("/live/" + event.code()).body()).contains("href=\"" + mine + "\"");
	}

	@Test
	void aParticipantWhoLeftAnAddressIsMailedWhenTheirIdeasAreDecided() {
		LiveFixture.LiveEvent event = fixture.event("Post");
		HttpSession ada = fixture.phone(event, "Ada");
		UUID idea = fixture.post(ada, event, "Adas Idee: Sprechstunde am Samstag");
		UUID other = fixture.post(fixture.phone(event, "Ben"), event, "Bens Idee: Sommerfest");
		String mine = "/events/" + event.eventId() + "/my-ideas";
		String email = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		ada.get(mine);
		HttpResponse<String> noConsent = ada.post(mine, Map.of("email", email));
		assertThat(noConsent.statusCode()).isEqualTo(200);
		assertThat(noConsent.body()).contains("Bitte bestätigen Sie die Einwilligung").contains("value=\"" + email + "\"");
		assertThat(ada.post(mine, Map.of("email", "kein-at", "consent", "true")).body()).contains("gültige E-Mail-Adresse");
		assertThat(ada.post(mine, Map.of("email", email, "consent", "true")).statusCode()).isEqualTo(302);
		assertThat(mails(email, "DECISION_MAIL_ON")).hasSize(1);
		for (int i = 1; i <= 2; i++) {
			assertThat(ada.post(mine, Map.of("email", i + email, "consent", "true")).statusCode()).isEqualTo(302);
		}
		assertThat(ada.post(mine, Map.of("email", "4" + email, "consent", "true")).body())
			.as("a participant cannot send mails to any number of addresses")
			.contains("schon drei Adressen");
		assertThat(mails("4" + email, "DECISION_MAIL_ON")).isEmpty();

		HttpSession planner = fixture.planner();
		decide(planner, event, idea, "outcome", "NOT_ADOPTED", "reason", "Samstags ist das Haus zu.");
		decide(planner, event, other, "outcome", "IN_EVALUATION");
		assertThat(mails(email, "DECISIONS_PUBLISHED")).as("no mail before publication").isEmpty();
		publish(planner, event);
		List<String> published = mails(email, "DECISIONS_PUBLISHED");
		assertThat(published).hasSize(1);
		assertThat(published.getFirst()).contains("Adas Idee: Sprechstunde am Samstag", "nicht übernommen",
				"Samstags ist das Haus zu.", "/events/" + event.eventId() + "/decisions")
			.doesNotContain("Bens Idee");

		Matcher link = Pattern.compile("http://[^\\s]+(/decision-mails/[A-Za-z0-9_-]+)").matcher(published.getFirst());
		assertThat(link.find()).isTrue();
		HttpSession reader = new HttpSession(port);
		assertThat(reader.get(link.group(1)).body()).contains(email);
		assertThat(reader.post(link.group(1), Map.of()).body()).contains("Die Adresse ist gelöscht.");
		assertThat(jdbc.sql("select count(*) from decision_subscription where email = ?").param(email).query(Integer.class).single())
			.isZero();
		assertThat(reader.get(link.group(1)).statusCode()).isEqualTo(404);
	}

	List<String> mails(String recipient, String kind) {
		return jdbc.sql("select body from outbox_message where recipient = ? and kind = ? order by created_at")
			.params(recipient, kind)
			.query(String.class)
			.list();
	}
}
