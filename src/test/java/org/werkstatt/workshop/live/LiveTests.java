package org.werkstatt.workshop.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.workshop.EventFormat;
import org.werkstatt.workshop.IdeaPosted;
import org.werkstatt.workshop.event.EventForm;
import org.werkstatt.workshop.event.EventStore;
import org.werkstatt.workshop.event.Visibility;

/** The live session on the embedded PostgreSQL, through the service and over HTTP. */
@RecordApplicationEvents
class LiveTests extends FullStackTest {

	static final Moderator MODERATOR = new Moderator(null, "Test-Moderation");
	static final String MODERATOR_EMAIL = "moderation@jobcenter-hafenstadt.example";
	static final String PASSWORD = "Werkstatt-Demo-2026";

	@LocalServerPort
	int port;

	@Autowired
	Live live;

	@Autowired
	LiveStore store;

	@Autowired
	EventStore events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JoinThrottle throttle;

	@Autowired
	org.werkstatt.workshop.event.CoOrganisers coOrganisers;

	@Autowired
	ApplicationEvents published;

	record Setup(UUID event, UUID organisation, LiveSession session, UUID wall, UUID otherWall) {
	}

	@AfterEach
	void forgetWrongCodes() {
		throttle.clear();
	}

	/** An event of the demo jobcenter with two open walls, the session open and voting open. */
	Setup openEvent(SettingsForm settings) {
		UUID organisation = jdbc.sql("select id from organisation where slug = 'jobcenter-hafenstadt'")
			.query(UUID.class)
			.single();
		ZoneId zone = ZoneId.of("Europe/Berlin");
		LocalDateTime now = LocalDateTime.now(zone).withSecond(0).withNano(0);
		UUID event = events.create(organisation, new EventForm(EventFormat.IDEA_WORKSHOP, "Test " + UUID.randomUUID(), null,
				now.minusHours(1), now.plusHours(2), null, null, null, null, null, Visibility.PUBLIC, null), zone);
		live.sessionOf(event);
		live.changeSettings(event, settings, MODERATOR);
		UUID wall = live.addWall(event, new WallForm("Übergänge", "Was hilft?", null), MODERATOR);
		UUID other = live.addWall(event, new WallForm("Sprache", null, null), MODERATOR);
		live.setState(event, LiveState.OPEN, MODERATOR);
		live.setWallOpen(event, wall, true, MODERATOR);
		live.setWallOpen(event, other, true, MODERATOR);
		live.setVotingOpen(event, true, MODERATOR);
		return new Setup(event, organisation, store.session(event).orElseThrow(), wall, other);
	}

	Setup openEvent() {
		return openEvent(new SettingsForm(false, 5, 3, 60, 3000, ""));
	}

	/** A phone that joined the event over HTTP. */
	HttpSession joined(Setup setup, String nickname) {
		HttpSession phone = new HttpSession(port);
		phone.get("/join/" + setup.session().code());
		HttpResponse<String> join = phone.post("/join/" + setup.session().code(),
				Map.of("nickname", nickname, "consent", "true"));
		assertThat(join.statusCode()).isEqualTo(302);
		assertThat(join.headers().firstValue("Location").orElseThrow()).endsWith("/live/" + setup.session().code());
		assertThat(phone.get("/live/" + setup.session().code()).statusCode()).isEqualTo(200);
		return phone;
	}

	static String ideaId(HttpResponse<String> answer) {
		var matcher = java.util.regex.Pattern.compile("\"idea\":\"([0-9a-f-]{36})\"").matcher(answer.body());
		assertThat(matcher.find()).as("idea id in %s", answer.body()).isTrue();
		return matcher.group(1);
	}

	@Test
	void thePhoneJoinsByCodePostsAndDotsAndTheAnswersAreClear() {
		Setup setup = openEvent();
		HttpSession phone = new HttpSession(port);
		phone.get("/join");
		HttpResponse<String> code = phone.post("/join", Map.of("code", " " + setup.session().code().toLowerCase() + " "));
		assertThat(code.headers().firstValue("Location").orElseThrow()).endsWith("/join/" + setup.session().code());
		phone.get("/join/" + setup.session().code());
		HttpResponse<String> withoutConsent = phone.post("/join/" + setup.session().code(),
				Map.of("nickname", "Ann", "_consent", "on"));
		assertThat(withoutConsent.statusCode()).isEqualTo(200);
		assertThat(withoutConsent.body()).contains("Bitte bestätigen Sie, dass Sie den Hinweis gelesen haben.")
			.contains("value=\"Ann\"");
		phone = joined(setup, "Ann");

		String path = "/live/" + setup.session().code();
		HttpResponse<String> posted = phone.postForJson(path + "/ideas",
				Map.of("wall", setup.wall().toString(), "text", "<script>alert('x')</script> Mehr Kitaplätze"));
		assertThat(posted.statusCode()).isEqualTo(200);
		assertThat(posted.body()).contains("\"ok\":true").contains("Ihre Idee hängt an der Wand.");
		String idea = ideaId(posted);
		HttpResponse<String> page = phone.get(path);
		assertThat(page.body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Mehr Kitaplätze")
			.doesNotContain("<script>alert(");

		HttpResponse<String> dot = phone.postForJson(path + "/ideas/" + idea + "/dot", Map.of());
		assertThat(dot.body()).contains("\"ok\":true").contains("\"remaining\":4").contains("\"mine\":1");
		assertThat(store.idea(setup.event(), UUID.fromString(idea)).orElseThrow().dots()).isEqualTo(1);

		// without JavaScript the same form redirects back with a notice
		HttpResponse<String> plain = phone.post(path + "/ideas/" + idea + "/undot", Map.of());
		assertThat(plain.statusCode()).isEqualTo(302);
		assertThat(phone.get(path).body()).contains("Ihr Punkt ist zurückgenommen.");
	}

	@Test
	void aParticipantsScriptCallsGoPastTheSessionAndOtherSitesCannotMakeThem() {
		Setup setup = openEvent();
		HttpSession phone = joined(setup, "Ida");
		String path = "/live/" + setup.session().code();
		Map<String, String> idea = Map.of("wall", setup.wall().toString(), "text", "Sprechstunde im Stadtteil");

		HttpResponse<String> marked = phone.postForJson(path + "/ideas", idea, true);
		assertThat(marked.statusCode()).as("the header stands in for the CSRF token").isEqualTo(200);
		assertThat(marked.body()).contains("\"ok\":true");
		assertThat(marked.headers().allValues("Set-Cookie")).as("no session is made or touched")
			.noneMatch(cookie -> cookie.startsWith("WERKSTATT_SESSION"));

		HttpResponse<String> forged = phone.postForJson(path + "/ideas", idea, false);
		assertThat(forged.statusCode()).as("without the header or the page's token, as from another site").isEqualTo(403);
		HttpResponse<String> elsewhere = phone.postForJson("/logout", Map.of(), true);
		assertThat(elsewhere.statusCode()).as("the header counts only for the live participants' calls").isEqualTo(403);
		assertThat(store.ideas(setup.event())).extracting(Idea::text).containsOnlyOnce("Sprechstunde im Stadtteil");
	}

	@Test
	void badInputGetsAClearAnswerAndNothingIsLost() {
		Setup setup = openEvent();
		HttpSession phone = joined(setup, "Ben");
		String path = "/live/" + setup.session().code();

		HttpResponse<String> empty = phone.postForJson(path + "/ideas", Map.of("wall", setup.wall().toString(), "text", "  "));
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Bitte schreiben Sie Ihre Idee in das Feld.");
		HttpResponse<String> tooLong = phone.postForJson(path + "/ideas",
				Map.of("wall", setup.wall().toString(), "text", "x".repeat(501)));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("höchstens 500 Zeichen");
		// without JavaScript the page comes back with the text still in the field
		HttpResponse<String> kept = phone.post(path + "/ideas", Map.of("wall", setup.wall().toString(), "text", "y".repeat(501)));
		assertThat(kept.statusCode()).isEqualTo(200);
		assertThat(kept.body()).contains("y".repeat(501)).contains("Die Idee wurde nicht angeheftet.");

		live.setWallOpen(setup.event(), setup.wall(), false, MODERATOR);
		HttpResponse<String> closed = phone.postForJson(path + "/ideas", Map.of("wall", setup.wall().toString(), "text", "Zu spät"));
		assertThat(closed.statusCode()).isEqualTo(409);
		assertThat(closed.body()).contains("Diese Wand ist geschlossen");

		HttpResponse<String> onOther = phone.postForJson(path + "/ideas",
				Map.of("wall", setup.otherWall().toString(), "text", "Sprachkurse am Abend"));
		String idea = ideaId(onOther);
		live.setVotingOpen(setup.event(), false, MODERATOR);
		HttpResponse<String> noVoting = phone.postForJson(path + "/ideas/" + idea + "/dot", Map.of());
		assertThat(noVoting.statusCode()).isEqualTo(409);
		assertThat(noVoting.body()).contains("Die Punktevergabe ist gerade geschlossen.");

		// a forged participant token is not recognised: join again, and the text travels along
		HttpSession forger = new HttpSession(port);
		forger.get("/join/" + setup.session().code());
		forger.cookie(ParticipantCookie.name(setup.session().code()), "forged-token");
		HttpResponse<String> forged = forger.postForJson(path + "/ideas",
				Map.of("wall", setup.otherWall().toString(), "text", "Hallo"));
		assertThat(forged.statusCode()).isIn(403);
		assertThat(forged.body()).contains("Bitte treten Sie noch einmal bei.").contains("/join/" + setup.session().code());
		assertThat(store.ideas(setup.event())).extracting(Idea::text).doesNotContain("Hallo");
	}

	@Test
	void wrongCodesAreRefusedInTheVisitorsLanguageAndGuessingIsSlowedDown() {
		HttpSession guesser = new HttpSession(port);
		guesser.get("/join?lang=en");
		HttpResponse<String> wrong = guesser.post("/join", Map.of("code", "ZZZZZZ"));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("There is no event with this code.");
		for (int i = 0; i < JoinThrottle.LIMIT; i++) {
			guesser.post("/join", Map.of("code", "Q" + i));
		}
		HttpResponse<String> blocked = guesser.post("/join", Map.of("code", LiveDemo.LIVE_CODE));
		assertThat(blocked.statusCode()).isEqualTo(429);
		assertThat(blocked.body()).contains("Too many wrong codes.");
		throttle.clear();
		assertThat(guesser.post("/join", Map.of("code", LiveDemo.LIVE_CODE)).statusCode()).isEqualTo(302);
	}

	@Test
	void dotsAreExactWhenOneParticipantClicksManyTimesAtOnce() throws Exception {
		Setup setup = openEvent();
		Participant author = live.join(setup.event(), "Autorin", null).participant();
		List<UUID> ideas = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			ideas.add(live.post(setup.session(), author, setup.wall(), "Idee Nummer " + i, setup.organisation()).subject());
		}
		Participant voter = live.join(setup.event(), "Eilig", null).participant();
		List<Callable<Outcome>> clicks = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			UUID idea = ideas.get(i % ideas.size());
			clicks.add(() -> live.addDot(setup.session(), voter, idea));
		}
		List<Outcome> outcomes = atOnce(clicks);
		assertThat(outcomes.stream().filter(Outcome::done)).hasSize(5);
		assertThat(store.participant(voter.id()).dotsUsed()).isEqualTo(5);
		assertThat(store.ideas(setup.event()).stream().mapToInt(Idea::dots).sum()).isEqualTo(5);
		assertThat(store.dotsOf(voter.id()).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
	}

	@Test
	void theLimitPerIdeaAndTakingDotsBackHoldUnderConcurrentClicks() throws Exception {
		Setup setup = openEvent();
		Participant author = live.join(setup.event(), "Autorin", null).participant();
		UUID first = live.post(setup.session(), author, setup.wall(), "Erste Idee", setup.organisation()).subject();
		UUID second = live.post(setup.session(), author, setup.wall(), "Zweite Idee", setup.organisation()).subject();
		Participant voter = live.join(setup.event(), "Eilig", null).participant();
		Participant other = live.join(setup.event(), "Andere", null).participant();

		List<Outcome> added = atOnce(Collections.nCopies(20, () -> live.addDot(setup.session(), voter, first)));
		assertThat(added.stream().filter(Outcome::done)).as("at most %d on one idea", setup.session().maxDotsPerIdea())
			.hasSize(setup.session().maxDotsPerIdea());
		assertThat(live.addDot(setup.session(), voter, second).done()).isTrue();
		assertThat(live.addDot(setup.session(), other, second).done()).isTrue();
		int used = store.participant(voter.id()).dotsUsed();

		List<Outcome> taken = atOnce(Collections.nCopies(20, () -> live.removeDot(setup.session(), voter, second)));
		assertThat(taken.stream().filter(Outcome::done)).as("one dot to take back, taken back once").hasSize(1);
		assertThat(store.participant(voter.id()).dotsUsed()).isEqualTo(used - 1);
		assertThat(store.idea(setup.event(), second).orElseThrow().dots()).as("the other participant's dot stays").isEqualTo(1);
		assertThat(store.idea(setup.event(), first).orElseThrow().dots()).isEqualTo(setup.session().maxDotsPerIdea());
		assertThat(store.dotsOf(voter.id())).containsExactly(java.util.Map.entry(first, setup.session().maxDotsPerIdea()));
	}

	/** The clicks, all sent at once (a thread each), and what each of them got. */
	private static List<Outcome> atOnce(List<Callable<Outcome>> clicks) throws Exception {
		List<Outcome> outcomes = new ArrayList<>();
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (Future<Outcome> outcome : executor.invokeAll(clicks)) {
				outcomes.add(outcome.get());
			}
		}
		return outcomes;
	}

	@Test
	void manyParticipantsVotingOnOneIdeaAtOnceAreAllCounted() throws Exception {
		Setup setup = openEvent();
		Participant author = live.join(setup.event(), null, null).participant();
		UUID idea = live.post(setup.session(), author, setup.wall(), "Beliebte Idee", setup.organisation()).subject();
		List<Participant> voters = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			voters.add(live.join(setup.event(), null, null).participant());
		}
		List<Callable<Outcome>> clicks = new ArrayList<>();
		voters.forEach(voter -> {
			clicks.add(() -> live.addDot(setup.session(), voter, idea));
			clicks.add(() -> live.addDot(setup.session(), voter, idea));
		});
		assertThat(atOnce(clicks)).allMatch(Outcome::done);
		assertThat(store.idea(setup.event(), idea).orElseThrow().dots()).isEqualTo(50);
		assertThat(store.idea(setup.event(), idea).orElseThrow().score()).isEqualTo(50);
	}

	@Test
	void mergingKeepsBothIdeasAndCountsEachParticipantOnce() {
		Setup setup = openEvent();
		Participant ana = live.join(setup.event(), "Ana", null).participant();
		Participant ben = live.join(setup.event(), "Ben", null).participant();
		UUID first = live.post(setup.session(), ana, setup.wall(), "Mehr Kitaplätze am Nachmittag", setup.organisation()).subject();
		UUID duplicate = live.post(setup.session(), ben, setup.wall(), "Kitaplätze nachmittags", setup.organisation()).subject();
		assertThat(published.stream(IdeaPosted.class).filter(posted -> posted.ideaId().equals(first)))
			.singleElement()
			.satisfies(posted -> {
				assertThat(posted.wallTitle()).isEqualTo("Übergänge");
				assertThat(posted.organisationId()).isEqualTo(setup.organisation());
				assertThat(posted.text()).isEqualTo("Mehr Kitaplätze am Nachmittag");
			});
		live.addDot(setup.session(), ana, first);
		live.addDot(setup.session(), ana, first);
		live.addDot(setup.session(), ana, duplicate);
		live.addDot(setup.session(), ben, duplicate);

		assertThat(live.merge(setup.event(), duplicate, first, MODERATOR).done()).isTrue();
		Idea merged = store.idea(setup.event(), duplicate).orElseThrow();
		Idea target = store.idea(setup.event(), first).orElseThrow();
		assertThat(merged.isPublished()).isTrue();
		assertThat(merged.mergedInto()).isEqualTo(first);
		assertThat(merged.dots()).as("dots stay where they were put").isEqualTo(2);
		assertThat(target.dots()).isEqualTo(2);
		assertThat(target.score()).as("Ana counts once with her 2, Ben with his 1").isEqualTo(3);
		assertThat(live.addDot(setup.session(), ben, duplicate).messageKey()).isEqualTo("dots.refused.MERGED");
		assertThat(store.log(setup.event(), 10)).extracting(ModerationEntry::action).contains("MERGED");

		long before = store.lastSeq(setup.event());
		assertThat(live.removeDot(setup.session(), ben, duplicate).done()).as("a dot can be taken back from a merged card").isTrue();
		assertThat(store.idea(setup.event(), duplicate).orElseThrow().dots()).isEqualTo(1);
		assertThat(store.idea(setup.event(), first).orElseThrow().score()).as("only Ana's 2 are left").isEqualTo(2);
		assertThat(store.changesAfter(setup.event(), before, 10)).as("both cards' scores go out, numbered in order")
			.extracting(Change::seq, Change::kind, Change::subjectId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(before + 1, ChangeKind.DOTS, duplicate),
					org.assertj.core.groups.Tuple.tuple(before + 2, ChangeKind.DOTS, first));
		assertThat(live.addDot(setup.session(), ben, first).done()).isTrue();

		assertThat(live.unmerge(setup.event(), duplicate, MODERATOR).done()).isTrue();
		assertThat(store.idea(setup.event(), first).orElseThrow().score()).isEqualTo(3);
	}

	@Test
	void preModerationAndBlockedWordsHoldIdeasUntilAModeratorApproves() {
		Setup setup = openEvent(new SettingsForm(false, 5, 3, 60, 3000, "Mist, Quatsch"));
		HttpSession writer = joined(setup, "Cem");
		HttpSession reader = joined(setup, "Dora");
		String path = "/live/" + setup.session().code();
		HttpResponse<String> held = writer.postForJson(path + "/ideas",
				Map.of("wall", setup.wall().toString(), "text", "Das ist doch alles Quatsch hier"));
		assertThat(held.body()).contains("erscheint, sobald die Moderation sie freigegeben hat");
		UUID idea = UUID.fromString(ideaId(held));
		assertThat(reader.get(path).body()).doesNotContain("alles Quatsch hier");
		assertThat(writer.get(path).body()).contains("alles Quatsch hier").contains("wartet auf Freigabe");

		assertThat(live.approve(setup.event(), idea, MODERATOR).done()).isTrue();
		assertThat(reader.get(path).body()).contains("alles Quatsch hier");

		assertThat(live.hide(setup.event(), idea, "Beleidigend", MODERATOR).done()).isTrue();
		assertThat(reader.get(path).body()).doesNotContain("alles Quatsch hier");
		assertThat(live.restore(setup.event(), idea, MODERATOR).done()).isTrue();
		assertThat(store.log(setup.event(), 10)).extracting(ModerationEntry::action)
			.contains("APPROVED", "HIDDEN", "RESTORED");
		assertThat(store.log(setup.event(), 10)).extracting(ModerationEntry::actorName).contains("Test-Moderation");

		live.changeSettings(setup.event(), new SettingsForm(true, 5, 3, 60, 3000, ""), MODERATOR);
		LiveSession pre = store.session(setup.event()).orElseThrow();
		Participant someone = live.join(setup.event(), null, null).participant();
		UUID waiting = live.post(pre, someone, setup.wall(), "Harmlos", setup.organisation()).subject();
		assertThat(store.idea(setup.event(), waiting).orElseThrow().status()).isEqualTo(IdeaStatus.PENDING);
	}

	@Test
	void aParticipantCannotPostFasterThanTheSessionAllows() {
		Setup setup = openEvent(new SettingsForm(false, 5, 3, 2, 3000, ""));
		Participant fast = live.join(setup.event(), null, null).participant();
		assertThat(live.post(setup.session(), fast, setup.wall(), "Eins", setup.organisation()).done()).isTrue();
		assertThat(live.post(setup.session(), fast, setup.wall(), "Zwei", setup.organisation()).done()).isTrue();
		Outcome third = live.post(setup.session(), fast, setup.wall(), "Drei", setup.organisation());
		assertThat(third.done()).isFalse();
		assertThat(third.messageKey()).isEqualTo("idea.refused.tooFast");
	}

	@Test
	void aModeratorActionOverHttpIsLoggedWithTheModeratorsName() {
		Setup setup = openEvent();
		Participant author = live.join(setup.event(), null, null).participant();
		UUID idea = live.post(setup.session(), author, setup.wall(), "Eine Idee zum Anheften", setup.organisation()).subject();
		HttpSession moderator = new HttpSession(port);
		assertThat(moderator.signIn(MODERATOR_EMAIL, PASSWORD)).isTrue();
		String console = "/manage/jobcenter-hafenstadt/events/" + setup.event() + "/live";
		assertThat(moderator.get(console).body()).contains("Eine Idee zum Anheften").contains(setup.session().code());
		HttpResponse<String> pinned = moderator.post(console + "/ideas/" + idea + "/pin", Map.of("pinned", "true"));
		assertThat(pinned.statusCode()).isEqualTo(302);
		assertThat(store.idea(setup.event(), idea).orElseThrow().pinned()).isTrue();
		HttpResponse<String> noReason = moderator.post(console + "/ideas/" + idea + "/hide", Map.of("reason", " "));
		assertThat(noReason.statusCode()).isEqualTo(302);
		assertThat(store.idea(setup.event(), idea).orElseThrow().isPublished()).isTrue();
		assertThat(store.log(setup.event(), 5).getFirst().actorName()).isEqualTo("Mo Moderation");
		assertThat(store.log(setup.event(), 5).getFirst().action()).isEqualTo("PINNED");
		assertThat(moderator.get(console).body()).contains("Idee angeheftet");
	}

	@Test
	void aClientThatReconnectsGetsExactlyWhatItMissed() throws Exception {
		Setup setup = openEvent();
		Participant author = live.join(setup.event(), null, null).participant();
		UUID before = live.post(setup.session(), author, setup.wall(), "Vor dem Abbruch", setup.organisation()).subject();
		long seen = store.lastSeq(setup.event());
		UUID missed = live.post(setup.session(), author, setup.wall(), "Während der Funkstille", setup.organisation()).subject();
		UUID alsoMissed = live.post(setup.session(), author, setup.otherWall(), "Auch verpasst", setup.organisation()).subject();
		long last = store.lastSeq(setup.event());

		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(new HttpSession(port).uri("/live/" + setup.session().code() + "/stream"))
			.header("Last-Event-ID", String.valueOf(seen))
			.timeout(Duration.ofSeconds(10))
			.build();
		HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
		String id = null;
		String data = null;
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.startsWith("id: ")) {
					id = line.substring(4);
				}
				if (line.startsWith("data: ")) {
					data = line.substring(6);
					break;
				}
			}
		}
		assertThat(id).isEqualTo(String.valueOf(last));
		assertThat(data).contains(missed.toString()).contains(alsoMissed.toString()).doesNotContain(before.toString());
	}

	@Test
	void resultsArePublicOnlyOncePublishedAndTheExportIsSafe() {
		Setup setup = openEvent();
		Participant author = live.join(setup.event(), null, null).participant();
		live.post(setup.session(), author, setup.wall(), "=HYPERLINK(\"http://böse.example\")", setup.organisation());
		HttpSession visitor = new HttpSession(port);
		assertThat(visitor.get("/events/" + setup.event() + "/results").statusCode()).isEqualTo(404);
		live.setResultsPublished(setup.event(), true, MODERATOR);
		HttpResponse<String> results = visitor.get("/events/" + setup.event() + "/results");
		assertThat(results.statusCode()).isEqualTo(200);
		assertThat(results.body()).contains("Übergänge").contains("HYPERLINK");
		HttpResponse<String> csv = visitor.get("/events/" + setup.event() + "/results.csv");
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"http://böse.example\"\")\"");
	}

	@Test
	void coOrganisersSeeUnpublishedResultsAndOthersDoNot() {
		Setup setup = openEvent();
		UUID network = jdbc.sql("select id from organisation where slug = 'buendnis-nordufer'").query(UUID.class).single();
		coOrganisers.add(setup.event(), network);
		String results = "/events/" + setup.event() + "/results";
		HttpSession coOrganiser = new HttpSession(port);
		assertThat(coOrganiser.signIn("buero@buendnis-nordufer.example", PASSWORD)).isTrue();
		assertThat(coOrganiser.get(results).statusCode()).isEqualTo(200);
		assertThat(coOrganiser.get(results + ".csv").statusCode()).isEqualTo(200);
		HttpSession provider = new HttpSession(port);
		assertThat(provider.signIn("traeger@bildungswerk-kai.example", PASSWORD)).isTrue();
		assertThat(provider.get(results).statusCode()).isEqualTo(404);
	}

	@Test
	void theDemoHasAPastWorkshopWithResultsAndALiveEventWithCodeDemo() {
		LiveSession demo = store.sessionByCode(LiveDemo.LIVE_CODE).orElseThrow();
		assertThat(demo.state()).isEqualTo(LiveState.OPEN);
		HttpSession phone = new HttpSession(port);
		phone.get("/join/DEMO");
		assertThat(phone.post("/join/DEMO", Map.of("consent", "true")).statusCode()).isEqualTo(302);
		assertThat(phone.get("/live/DEMO").body()).contains("Mehr Ausbildungsplätze in der Hafenlogistik");

		UUID past = jdbc.sql("select id from event where title = 'Ideenwerkstatt 2026: Wege in Arbeit'").query(UUID.class).single();
		List<Idea> ideas = store.ideas(past);
		assertThat(ideas).hasSizeBetween(55, 65);
		assertThat(ideas.stream().filter(Idea::isMerged)).hasSize(3);
		assertThat(ideas.stream().filter(idea -> idea.status() == IdeaStatus.HIDDEN)).hasSize(1);
		assertThat(ideas.stream().mapToInt(Idea::dots).sum()).isGreaterThan(100);
		HttpResponse<String> results = new HttpSession(port).get("/events/" + past + "/results");
		assertThat(results.statusCode()).isEqualTo(200);
		assertThat(results.body()).contains("Zusammengeführt:").contains("1 ausgeblendet oder nicht freigegeben");
		assertThat(results.body()).doesNotContain("Frau K. aus der Uferstraße");
		assertThat(new HttpSession(port).get("/events/" + past).body()).contains("/events/" + past + "/results")
			.doesNotContain("/join/");
		assertThat(new HttpSession(port).get("/events/" + demo.eventId()).body()).contains("href=\"/join/DEMO\"")
			.contains("Live mitmachen (Code DEMO)");
	}
}
