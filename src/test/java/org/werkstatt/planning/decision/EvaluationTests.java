package org.werkstatt.planning.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.werkstatt.planning.decision.InboxFixture.INBOX;
import static org.werkstatt.planning.decision.InboxFixture.ideas;
import static org.werkstatt.planning.decision.InboxFixture.post;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.workshop.live.LiveFixture;

/** The evaluation inbox on the embedded PostgreSQL over HTTP: deciding, in bulk, new measures, bad input, groups. */
class EvaluationTests extends FullStackTest {

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

	String inbox(LiveFixture.LiveEvent event) {
		return INBOX + "?event=" + event.eventId();
	}

	@Test
	void showsIdeasWithDotsMergesAndModerationHistory() {
		LiveFixture.LiveEvent event = fixture.event("Inbox");
		fixture.seed(event);
		String page = fixture.planner().get(inbox(event)).body();
		assertThat(page).contains("Kinderbetreuung auch am frühen Morgen", "Übergänge", "Familie", "3 Punkte")
			.contains("zusammengeführt mit „Ein Bus, der zum Gewerbegebiet fährt.“")
			.contains("Idee ausgeblendet", "beleidigend", "Idee korrigiert")
			.contains("6 Ideen");
		assertThat(fixture.planner().get(inbox(event) + "&state=UNDECIDED&q=bus&sort=newest").body()).contains("2 Ideen")
			.doesNotContain("Kinderbetreuung auch am frühen Morgen");
	}

	@Test
	void moderatorWithoutPlannerRoleIsForbidden() {
		HttpSession moderator = new HttpSession(port);
		assertThat(moderator.signIn(InboxFixture.MODERATOR, InboxFixture.PASSWORD)).isTrue();
		assertThat(moderator.get(INBOX).statusCode()).isEqualTo(403);
	}

	@Test
	void decidesManyIdeasAtOnceAsDraftsUntilPublished() {
		LiveFixture.LiveEvent event = fixture.event("Bulk");
		HttpSession phone = fixture.phone(event, "Ada");
		UUID a = fixture.post(phone, event, "Mehr Sprachkurse am Abend");
		UUID b = fixture.post(phone, event, "Kinderbetreuung während der Kurse");
		UUID c = fixture.post(phone, event, "Ein Café im Jobcenter");
		HttpSession planner = fixture.planner();
		List<String> fields = new ArrayList<>(ideas(a, b, c));
		fields.addAll(List.of("outcome", "NOT_ADOPTED", "reason", "Dafür ist die Stadt zuständig.", "event", event.eventId().toString()));
		HttpResponse<String> decided = post(planner, inbox(event), INBOX + "/decisions", fields);
		assertThat(decided.statusCode()).isEqualTo(302);
		assertThat(decided.headers().firstValue("Location").orElseThrow()).contains("event=" + event.eventId());
		for (UUID idea : List.of(a, b, c)) {
			assertThat(fixture.decision(idea)).containsEntry("outcome", "NOT_ADOPTED")
				.containsEntry("reason", "Dafür ist die Stadt zuständig.")
				.containsEntry("published_at", null);
		}
		assertThat(planner.get(inbox(event)).body()).contains("3 Entscheidungen als Entwurf");

		HttpResponse<String> published = post(planner, inbox(event), INBOX + "/publish",
				List.of("publishEvent", event.eventId().toString()));
		assertThat(published.statusCode()).isEqualTo(302);
		assertThat(fixture.decision(b)).containsEntry("public_outcome", "NOT_ADOPTED")
			.containsEntry("public_reason", "Dafür ist die Stadt zuständig.");
		assertThat(fixture.decision(b).get("published_at")).isNotNull();
	}

	@Test
	void publishSelectedSavesAndPublishesTheTypedDecision() {
		LiveFixture.LiveEvent event = fixture.event("Sofort");
		UUID idea = fixture.post(fixture.phone(event, "Eda"), event, "Sprechstunde im Stadtteilzentrum");
		HttpSession planner = fixture.planner();
		List<String> fields = new ArrayList<>(ideas(idea));
		fields.addAll(List.of("outcome", "NOT_ADOPTED", "reason", "Gibt es schon jeden Dienstag.", "event",
				event.eventId().toString()));
		HttpResponse<String> published = post(planner, inbox(event), INBOX + "/publish", fields);
		assertThat(published.statusCode()).isEqualTo(302);
		assertThat(fixture.decision(idea)).containsEntry("public_outcome", "NOT_ADOPTED")
			.containsEntry("public_reason", "Gibt es schon jeden Dienstag.");
		assertThat(fixture.decision(idea).get("published_at")).isNotNull();
		String back = published.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(planner.get(back).body()).contains("Die Entscheidung ist gespeichert und veröffentlicht.");

		// an incomplete decision is refused with its field error, nothing is published and what was typed stays
		UUID other = fixture.post(fixture.phone(event, "Fin"), event, "Ein Bus am Sonntag");
		List<String> incomplete = new ArrayList<>(ideas(other));
		incomplete.addAll(List.of("reason", "Noch offen, bitte prüfen"));
		HttpResponse<String> refused = post(planner, inbox(event), INBOX + "/publish", incomplete);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Noch offen, bitte prüfen").containsPattern("value=\"" + other + "\"[^>]*checked");
		assertThat(fixture.decision(other)).isNull();

		// nothing typed and no draft: a message that says what to do
		HttpResponse<String> nothing = post(planner, inbox(event), INBOX + "/publish", ideas(other));
		String again = nothing.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(planner.get(again).body()).contains("Es gab nichts Neues zu veröffentlichen: Die ausgewählten Ideen");
	}

	@Test
	void adoptsIntoANewMeasureOfTheChosenPlan() {
		LiveFixture.LiveEvent event = fixture.event("Neu");
		UUID idea = fixture.post(fixture.phone(event, "Ben"), event, "Jobmesse im Stadtteil");
		UUID plan = fixture.plan(InboxFixture.SLUG, "Programm");
		List<String> fields = new ArrayList<>(ideas(idea));
		fields.addAll(List.of("outcome", "ADOPTED", "measure", "new", "planId", plan.toString(), "number", "9.1", "title",
				"Jobmesse Nordufer"));
		assertThat(post(fixture.planner(), inbox(event), INBOX + "/decisions", fields).statusCode()).isEqualTo(302);
		UUID measure = jdbc.sql("select id from measure where plan_id = ? and number = '9.1'").param(plan).query(UUID.class).single();
		assertThat(fixture.decision(idea)).containsEntry("outcome", "ADOPTED").containsEntry("measure_id", measure);
		assertThat(jdbc.sql("select count(*) from measure_version where measure_id = ?").param(measure).query(Integer.class).single())
			.isEqualTo(1);

		HttpResponse<String> again = post(fixture.planner(), inbox(event), INBOX + "/decisions", fields);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("Diese Nummer gibt es in dem Plan schon.");
	}

	@Test
	void aNewMeasureGetsTheNextFreeNumberItsFieldAndDatesAndIsPublicOnlyWithItsDecision() {
		LiveFixture.LiveEvent event = fixture.event("Verborgen");
		UUID idea = fixture.post(fixture.phone(event, "Gül"), event, "Ausbildungsbörse am Hafen");
		UUID plan = fixture.plan(InboxFixture.SLUG, "Nummern");
		fixture.measure(InboxFixture.SLUG, plan, "2.9", "Vorhanden A");
		fixture.measure(InboxFixture.SLUG, plan, "2.10", "Vorhanden B");
		fixture.measure(InboxFixture.SLUG, plan, "A-7", "Sonderfall");
		UUID field = jdbc.sql("insert into field_of_action (plan_id, position, title) values (?, 1, 'Ausbildung') returning id")
			.param(plan).query(UUID.class).single();
		HttpSession planner = fixture.planner();
		assertThat(planner.get(inbox(event)).body()).contains("2.11", "Ausbildung");

		List<String> badDates = new ArrayList<>(ideas(idea));
		badDates.addAll(List.of("outcome", "ADOPTED", "measure", "new", "planId", plan.toString(), "title", "Ausbildungsbörse",
				"fieldId", field.toString(), "startsOn", "2027-06-01", "endsOn", "2027-05-01"));
		HttpResponse<String> refused = post(planner, inbox(event), INBOX + "/decisions", badDates);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Das Ende liegt vor dem Beginn.", "value=\"Ausbildungsbörse\"", "2027-06-01");

		List<String> fields = new ArrayList<>(ideas(idea));
		fields.addAll(List.of("outcome", "ADOPTED", "measure", "new", "planId", plan.toString(), "title", "Ausbildungsbörse",
				"fieldId", field.toString(), "startsOn", "2027-03-01", "endsOn", "2027-09-30"));
		assertThat(post(planner, inbox(event), INBOX + "/decisions", fields).statusCode()).isEqualTo(302);
		java.util.Map<String, Object> measure = jdbc.sql("select id, number, field_id, starts_on, ends_on, published from measure where title = 'Ausbildungsbörse'")
			.query().singleRow();
		assertThat(measure).containsEntry("number", "2.11").containsEntry("field_id", field).containsEntry("published", false);
		UUID id = (UUID) measure.get("id");
		HttpSession visitor = new HttpSession(port);
		assertThat(visitor.get("/measures/" + id + "?fresh=1").statusCode()).isEqualTo(404);
		assertThat(visitor.get("/plans/" + plan + "?fresh=1").body()).doesNotContain("Ausbildungsbörse").contains("Vorhanden A");
		assertThat(visitor.get("/plans/" + plan + "/export.csv").body()).doesNotContain("Ausbildungsbörse");
		assertThat(visitor.get("/plans/" + plan + "/export.json").body()).doesNotContain("Ausbildungsbörse");
		assertThat(planner.get("/manage/" + InboxFixture.SLUG + "/plans/" + plan).body()).as("the planner sees it, marked")
			.contains("Ausbildungsbörse", "noch nicht öffentlich");

		assertThat(post(planner, inbox(event), INBOX + "/publish", List.of("publishEvent", event.eventId().toString()))
			.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select published from measure where id = ?").param(id).query(Boolean.class).single()).isTrue();
		assertThat(visitor.get("/measures/" + id + "?fresh=2").body()).contains("Ausbildungsbörse", "Ausbildungsbörse am Hafen");
		assertThat(visitor.get("/plans/" + plan + "?fresh=2").body()).contains("Ausbildungsbörse");
	}

	@Test
	void theMeasureTimelineShowsOneDecisionStepForItsIdeasAndNoStaffName() {
		LiveFixture.LiveEvent event = fixture.event("Zeitleiste");
		HttpSession phone = fixture.phone(event, "Ivo");
		UUID a = fixture.post(phone, event, "Lernwerkstatt für Eltern am Vormittag");
		UUID b = fixture.post(phone, event, "Elterncafé mit Beratung");
		UUID plan = fixture.plan(InboxFixture.SLUG, "Zeitleiste");
		HttpSession planner = fixture.planner();
		List<String> fields = new ArrayList<>(ideas(a, b));
		fields.addAll(List.of("outcome", "ADOPTED", "reason", "Wird 2027 erprobt.", "measure", "new", "planId", plan.toString(),
				"title", "Elternlernwerkstatt"));
		assertThat(post(planner, inbox(event), INBOX + "/publish", fields).statusCode()).isEqualTo(302);
		UUID measure = jdbc.sql("select id from measure where plan_id = ?").param(plan).query(UUID.class).single();
		for (String language : List.of("de", "da", "en")) {
			String page = new HttpSession(port).get("/measures/" + measure + "?lang=" + language).body();
			String step = switch (language) {
				case "de" -> "Entscheidung veröffentlicht";
				case "da" -> "Beslutning offentliggjort";
				default -> "Decision published";
			};
			String timeline = page.substring(page.indexOf("timeline-heading"));
			assertThat(timeline.split(step, -1)).as(language).hasSize(2);
			assertThat(timeline).contains("Lernwerkstatt für Eltern am Vormittag", "Elterncafé mit Beratung", "Jobcenter Hafenstadt");
			String planTitle = jdbc.sql("select title from plan where id = ?").param(plan).query(String.class).single();
			assertThat(page.replace(planTitle, "")).doesNotContain("Paula Planer", "PLANNED")
				.doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![^<]*\")");
		}
	}

	@Test
	void theMeasurePickerNarrowsToTheSearchAndKeepsWhatWasTyped() {
		LiveFixture.LiveEvent event = fixture.event("Suche");
		UUID idea = fixture.post(fixture.phone(event, "Hal"), event, "Deutschkurs mit Kinderbetreuung");
		UUID plan = fixture.plan(InboxFixture.SLUG, "Suchplan");
		fixture.measure(InboxFixture.SLUG, plan, "7.1", "Sprachkurs Nordufer");
		fixture.measure(InboxFixture.SLUG, plan, "7.2", "Bewerbungstraining");
		List<String> fields = new ArrayList<>(ideas(idea));
		fields.addAll(List.of("outcome", "COVERED", "reason", "Gibt es schon", "measureQuery", "sprachkurs"));
		HttpResponse<String> narrowed = post(fixture.planner(), inbox(event), INBOX + "/measures", fields);
		assertThat(narrowed.statusCode()).isEqualTo(200);
		assertThat(narrowed.body()).contains("7.1 Sprachkurs Nordufer", "Gibt es schon", "value=\"sprachkurs\"")
			.doesNotContain("7.2 Bewerbungstraining")
			.containsPattern("value=\"COVERED\"[^>]*checked");
		assertThat(fixture.decision(idea)).isNull();
	}

	@Test
	void rejectsDecisionWithoutReasonAndKeepsWhatWasSelected() {
		LiveFixture.LiveEvent event = fixture.event("Grund");
		UUID idea = fixture.post(fixture.phone(event, "Cleo"), event, "Ohne Grund abgelehnt?");
		List<String> fields = new ArrayList<>(ideas(idea));
		fields.addAll(List.of("outcome", "NOT_ADOPTED", "reason", " "));
		HttpResponse<String> refused = post(fixture.planner(), inbox(event), INBOX + "/decisions", fields);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Bitte begründen Sie, warum die Idee nicht übernommen wird.")
			.containsPattern("value=\"" + idea + "\"[^>]*checked")
			.containsPattern("value=\"NOT_ADOPTED\"[^>]*checked");
		assertThat(fixture.decision(idea)).isNull();
	}

	@Test
	void refusesIdeaOfAnotherOrganisationAndChangesNothing() {
		LiveFixture.LiveEvent event = fixture.event("Fremd");
		UUID own = fixture.post(fixture.phone(event, "Dana"), event, "Eigene Idee");
		UUID foreign = fixture.foreignIdea();
		List<String> fields = new ArrayList<>(ideas(own, foreign));
		fields.addAll(List.of("outcome", "IN_EVALUATION"));
		HttpResponse<String> refused = post(fixture.planner(), inbox(event), INBOX + "/decisions", fields);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("gehört nicht zu Ihrer Organisation. Es wurde nichts geändert.");
		assertThat(fixture.decision(own)).isNull();
		assertThat(fixture.decision(foreign)).isNull();

		HttpSession planner = fixture.planner();
		HttpResponse<String> publishForeign = post(planner, inbox(event), INBOX + "/publish", ideas(foreign));
		assertThat(publishForeign.statusCode()).isEqualTo(302);
		String back = publishForeign.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(planner.get(back).body()).as("the page the refusal returns to says why")
			.contains("gehört nicht zu Ihrer Organisation");
		assertThat(fixture.decision(foreign)).isNull();
	}

	@Test
	void refusesMeasureOfAnotherOrganisationAndUnknownIdeas() {
		LiveFixture.LiveEvent event = fixture.event("Maßnahme");
		UUID idea = fixture.post(fixture.phone(event, "Eli"), event, "Eine Idee für fremde Maßnahmen");
		UUID foreignMeasure = fixture.measure("buendnis-nordufer", fixture.plan("buendnis-nordufer", "Aktionsplan"), "1", "Fremd");
		List<String> fields = new ArrayList<>(ideas(idea));
		fields.addAll(List.of("outcome", "COVERED", "measure", foreignMeasure.toString()));
		HttpResponse<String> refused = post(fixture.planner(), inbox(event), INBOX + "/decisions", fields);
		assertThat(refused.body()).contains("Diese Maßnahme gehört zu keinem Plan Ihrer Organisation.");
		assertThat(fixture.decision(idea)).isNull();

		HttpResponse<String> unknown = post(fixture.planner(), inbox(event), INBOX + "/decisions",
				List.of("ideaIds", UUID.randomUUID().toString(), "ideaIds", "kein-uuid", "outcome", "IN_EVALUATION"));
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(unknown.body()).contains("gibt es nicht (mehr). Es wurde nichts geändert.");
	}

	@Test
	void entersAnIdeaByHandWithItsSource() {
		HttpSession planner = fixture.planner();
		String text = "Sprechstunde im Hafen " + UUID.randomUUID();
		HttpResponse<String> empty = post(planner, INBOX, INBOX + "/manual", List.of("source", "", "text", text));
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("Bitte füllen Sie dieses Feld aus.").contains(text);
		assertThat(post(planner, INBOX, INBOX + "/manual", List.of("source", "Papierwand, Ideenwerkstatt 2026", "text", text))
			.statusCode()).isEqualTo(302);
		String page = planner.get(INBOX + "?q=" + text.substring(text.length() - 8)).body();
		assertThat(page).contains(text, "Papierwand, Ideenwerkstatt 2026", "von Hand erfasst", "1 Idee");
	}

	@Test
	void suggestsSimilarIdeasAcrossEventsAndDecidesAConfirmedGroupTogether() {
		String marker = UUID.randomUUID().toString().substring(0, 6);
		LiveFixture.LiveEvent first = fixture.event("Erste");
		LiveFixture.LiveEvent second = fixture.event("Zweite");
		UUID a = fixture.post(fixture.phone(first, "Fay"), first, "Werkstattbus " + marker + " ins Gewerbegebiet am Hafen");
		UUID b = fixture.post(fixture.phone(second, "Gus"), second, "Ein Werkstattbus " + marker + " ins Gewerbegebiet");
		UUID merged = fixture.post(fixture.phone(second, "Hal"), second, "Ein Werkstattbus " + marker + " ins Gewerbegebiet!");
		jdbc.sql("update idea set merged_into = ? where id = ?").params(b, merged).update();
		HttpSession planner = fixture.planner();
		String similar = planner.get(INBOX + "/similar").body();
		assertThat(similar).contains("Werkstattbus " + marker + " ins Gewerbegebiet am Hafen");
		assertThat(similar).as("a card the moderation merged is with its idea already").doesNotContain(merged.toString());
		assertThat(post(planner, INBOX + "/similar", INBOX + "/groups", ideas(a, b)).statusCode()).isEqualTo(302);
		UUID group = jdbc.sql("select group_id from idea_group_member where idea_id = ?").param(a).query(UUID.class).single();
		assertThat(jdbc.sql("select group_id from idea_group_member where idea_id = ?").param(b).query(UUID.class).single())
			.isEqualTo(group);
		assertThat(fixture.decision(a)).as("confirming decides nothing").isNull();

		String groupPage = planner.get(INBOX + "?group=" + group).body();
		assertThat(groupPage).contains("2 Ideen").containsPattern("value=\"" + a + "\"[^>]*checked")
			.containsPattern("value=\"" + b + "\"[^>]*checked");
		List<String> fields = new ArrayList<>(ideas(a, b));
		fields.addAll(List.of("outcome", "IN_EVALUATION", "group", group.toString()));
		assertThat(post(planner, INBOX + "?group=" + group, INBOX + "/decisions", fields).statusCode()).isEqualTo(302);
		assertThat(fixture.decision(a)).containsEntry("outcome", "IN_EVALUATION");
		assertThat(fixture.decision(b)).containsEntry("outcome", "IN_EVALUATION");

		assertThat(post(planner, INBOX + "/similar", INBOX + "/groups/" + group + "/split", List.of()).statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from idea_group where id = ?").param(group).query(Integer.class).single()).isZero();
	}

	@Test
	void demoDecidesThePastWorkshopsIdeasMostlyPublished() {
		UUID event = jdbc.sql("select id from event where title = ?").param(DecisionDemo.EVENT).query(UUID.class).single();
		int published = jdbc.sql("select count(*) from decision where event_id = ? and published_at is not null")
			.param(event).query(Integer.class).single();
		int drafts = jdbc.sql("select count(*) from decision where event_id = ? and (published_at is null or decided_at > published_at)")
			.param(event).query(Integer.class).single();
		assertThat(published).isGreaterThan(15);
		assertThat(drafts).isBetween(1, published - 1);
		assertThat(jdbc.sql("select count(*) from decision where event_id = ? and public_outcome = 'NOT_ADOPTED' and public_reason is null")
			.param(event).query(Integer.class).single()).isZero();
	}
}
