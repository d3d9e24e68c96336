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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.workshop.EventFormat;
import org.werkstatt.workshop.event.EventForm;
import org.werkstatt.workshop.event.EventStore;
import org.werkstatt.workshop.event.Visibility;

/**
 * The moderator's console for big rooms, on the embedded PostgreSQL and over HTTP: one start, ideas moved
 * between walls (merged groups together), walls reordered and removed with their ideas kept, likely
 * duplicates flagged and merged with one click; the projector's merged count and the presentation's slides.
 */
class LiveConsoleTests extends FullStackTest {

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

	record Setup(UUID event, UUID organisation, List<UUID> walls) {

		String console() {
			return "/manage/jobcenter-hafenstadt/events/" + event + "/live";
		}
	}

	/** An event of the demo jobcenter with closed walls and a session not started yet. */
	Setup event(String... walls) {
		UUID organisation = jdbc.sql("select id from organisation where slug = 'jobcenter-hafenstadt'").query(UUID.class).single();
		ZoneId zone = ZoneId.of("Europe/Berlin");
		LocalDateTime now = LocalDateTime.now(zone).withSecond(0).withNano(0);
		UUID event = events.create(organisation, new EventForm(EventFormat.IDEA_WORKSHOP, "Konsole " + UUID.randomUUID(), null,
				now.minusHours(1), now.plusHours(2), null, null, null, null, null, Visibility.PUBLIC, null), zone);
		live.sessionOf(event);
		List<UUID> ids = java.util.Arrays.stream(walls).map(title -> live.addWall(event, new WallForm(title, null, null), MODERATOR)).toList();
		return new Setup(event, organisation, ids);
	}

	HttpSession moderator() {
		HttpSession moderator = new HttpSession(port);
		assertThat(moderator.signIn(MODERATOR_EMAIL, PASSWORD)).isTrue();
		moderator.get("/my-work");
		return moderator;
	}

	LiveSession session(Setup setup) {
		return store.session(setup.event()).orElseThrow();
	}

	UUID post(Setup setup, Participant participant, UUID wall, String text) {
		Outcome outcome = live.post(session(setup), participant, wall, text, setup.organisation());
		assertThat(outcome.done()).as(outcome.messageKey()).isTrue();
		return outcome.subject();
	}

	@Test
	void oneStartOpensTheSessionItsWallsAndVotingAndLaterWallsStartOpen() {
		Setup setup = event("Übergänge", "Sprache");
		assertThat(store.walls(setup.event())).extracting(Wall::open).containsOnly(false);
		long before = store.lastSeq(setup.event());
		HttpSession moderator = moderator();
		assertThat(moderator.get(setup.console()).body()).contains("Workshop starten").contains("action=\"" + setup.console() + "/start\"");

		HttpResponse<String> started = moderator.post(setup.console() + "/start", Map.of());
		assertThat(started.statusCode()).isEqualTo(302);
		LiveSession session = session(setup);
		assertThat(session.state()).isEqualTo(LiveState.OPEN);
		assertThat(session.votingOpen()).isTrue();
		assertThat(store.walls(setup.event())).extracting(Wall::open).containsOnly(true);
		assertThat(store.changesAfter(setup.event(), before, 10)).extracting(Change::kind)
			.containsExactly(ChangeKind.SESSION, ChangeKind.WALL, ChangeKind.WALL);
		assertThat(store.log(setup.event(), 5)).extracting(ModerationEntry::action).contains("SESSION_OPEN", "VOTING_OPENED");
		String console = moderator.get(setup.console()).body();
		assertThat(console).contains("Der Workshop läuft").doesNotContain("action=\"" + setup.console() + "/start\"");

		UUID late = live.addWall(setup.event(), new WallForm("Später", null, null), MODERATOR);
		assertThat(store.wall(setup.event(), late).orElseThrow().open()).as("a wall added to an open session is open").isTrue();
		live.setState(setup.event(), LiveState.CLOSED, MODERATOR);
		UUID closed = live.addWall(setup.event(), new WallForm("Nach Schluss", null, null), MODERATOR);
		assertThat(store.wall(setup.event(), closed).orElseThrow().open()).isFalse();
	}

	@Test
	void anIdeaMovesToAnotherWallWithTheIdeasMergedIntoIt() {
		Setup setup = event("Übergänge", "Sprache");
		live.start(setup.event(), MODERATOR);
		UUID first = setup.walls().getFirst();
		UUID second = setup.walls().getLast();
		Participant ana = live.join(setup.event(), "Ana", null).participant();
		Participant ben = live.join(setup.event(), "Ben", null).participant();
		UUID target = post(setup, ana, first, "Deutschkurse am Abend");
		UUID duplicate = post(setup, ben, first, "Abendkurse Deutsch");
		UUID other = post(setup, ben, first, "Mehr Praktika");
		assertThat(live.addDot(session(setup), ana, duplicate).done()).isTrue();
		assertThat(live.addDot(session(setup), ben, target).done()).isTrue();
		assertThat(live.merge(setup.event(), duplicate, target, MODERATOR).done()).isTrue();

		Outcome alone = live.moveIdea(setup.event(), duplicate, second, MODERATOR);
		assertThat(alone.done()).isFalse();
		assertThat(alone.messageKey()).isEqualTo("live.console.refused.moveMerged");
		assertThat(live.moveIdea(setup.event(), target, first, MODERATOR).messageKey()).isEqualTo("live.console.refused.sameWall");

		long before = store.lastSeq(setup.event());
		HttpSession moderator = moderator();
		HttpResponse<String> moved = moderator.post(setup.console() + "/ideas/" + target + "/move", Map.of("wall", second.toString()));
		assertThat(moved.statusCode()).isEqualTo(302);
		Idea movedTarget = store.idea(setup.event(), target).orElseThrow();
		Idea movedDuplicate = store.idea(setup.event(), duplicate).orElseThrow();
		assertThat(movedTarget.wallId()).isEqualTo(second);
		assertThat(movedDuplicate.wallId()).as("the merged idea goes along").isEqualTo(second);
		assertThat(movedDuplicate.mergedInto()).isEqualTo(target);
		assertThat(movedTarget.score()).as("the dots stay with the group").isEqualTo(2);
		assertThat(store.idea(setup.event(), other).orElseThrow().wallId()).isEqualTo(first);
		assertThat(store.changesAfter(setup.event(), before, 10)).extracting(Change::kind, Change::subjectId)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ChangeKind.IDEA, target),
					org.assertj.core.groups.Tuple.tuple(ChangeKind.IDEA, duplicate));
		assertThat(store.log(setup.event(), 1).getFirst().action()).isEqualTo("MOVED");
		assertThat(moderator.get(setup.console()).body()).contains("Die Idee ist verschoben").contains("Idee auf eine andere Wand verschoben");

		// bad input: a clear message, never a 500
		HttpResponse<String> nonsense = moderator.post(setup.console() + "/ideas/" + other + "/move", Map.of("wall", "not-a-wall"));
		assertThat(nonsense.statusCode()).isEqualTo(302);
		assertThat(moderator.get(setup.console()).body()).contains("Bitte wählen Sie eine Wand.");
		assertThat(moderator.post(setup.console() + "/ideas/" + other + "/move", Map.of("wall", UUID.randomUUID().toString())).statusCode())
			.isEqualTo(302);
		assertThat(store.idea(setup.event(), other).orElseThrow().wallId()).isEqualTo(first);
	}

	@Test
	void wallsAreReorderedAndRemovedWithTheirIdeasKept() throws Exception {
		Setup setup = event("Eins", "Zwei", "Drei");
		live.start(setup.event(), MODERATOR);
		UUID one = setup.walls().get(0);
		UUID two = setup.walls().get(1);
		UUID three = setup.walls().get(2);
		HttpSession moderator = moderator();
		long unmoved = store.lastSeq(setup.event());
		assertThat(moderator.post(setup.console() + "/walls/" + three + "/move", Map.of("to", "earlier")).statusCode()).isEqualTo(302);
		assertThat(store.walls(setup.event())).extracting(Wall::title).containsExactly("Eins", "Drei", "Zwei");
		assertThat(moderator.get(setup.console()).body()).contains("Die Wand ist verschoben.");
		assertThat(firstMessage("/live/" + session(setup).code() + "/stream?since=" + unmoved))
			.contains("\"id\":\"" + three + "\",\"position\":2").contains("\"id\":\"" + two + "\",\"position\":3");
		assertThat(live.moveWall(setup.event(), one, true).messageKey()).isEqualTo("live.console.refused.wallMove");
		assertThat(live.moveWall(setup.event(), one, false).done()).isTrue();
		assertThat(store.walls(setup.event())).extracting(Wall::title).containsExactly("Drei", "Eins", "Zwei");

		Participant ana = live.join(setup.event(), "Ana", null).participant();
		UUID kept = post(setup, ana, two, "Sprechstunde am Samstag");
		assertThat(live.addDot(session(setup), ana, kept).done()).isTrue();
		// a wall with ideas needs a wall to take them
		assertThat(moderator.post(setup.console() + "/walls/" + two + "/remove", Map.of()).statusCode()).isEqualTo(302);
		assertThat(store.wall(setup.event(), two)).isPresent();
		assertThat(moderator.get(setup.console()).body()).contains("Die Wand hat Ideen");

		long before = store.lastSeq(setup.event());
		assertThat(moderator.post(setup.console() + "/walls/" + two + "/remove", Map.of("into", one.toString())).statusCode())
			.isEqualTo(302);
		assertThat(store.wall(setup.event(), two)).isEmpty();
		Idea moved = store.idea(setup.event(), kept).orElseThrow();
		assertThat(moved.wallId()).isEqualTo(one);
		assertThat(moved.score()).isEqualTo(1);
		assertThat(store.log(setup.event(), 1).getFirst().action()).isEqualTo("WALL_REMOVED");
		// the phones hear of the moved idea and the gone wall
		String message = firstMessage("/live/" + session(setup).code() + "/stream?since=" + before);
		assertThat(message).contains("\"t\":\"wallGone\",\"id\":\"" + two + "\"")
			.as("the phones' card names its idea and wall by their short keys")
			.contains("\"id\":\"" + kept + "\",\"k\":\"" + moved.key() + "\",\"wall\":\"" + moved.wallKey() + "\"");
		assertThat(moved.wallKey()).isEqualTo(store.wall(setup.event(), one).orElseThrow().key());
		// an empty wall goes without asking where
		assertThat(live.removeWall(setup.event(), three, null, MODERATOR).done()).isTrue();
		assertThat(store.walls(setup.event())).extracting(Wall::title).containsExactly("Eins");
	}

	@Test
	void likelyDuplicatesAreFlaggedPerWallAndMergedWithOneClick() {
		Setup setup = event("Übergänge", "Sprache");
		live.start(setup.event(), MODERATOR);
		UUID wall = setup.walls().getFirst();
		Participant ana = live.join(setup.event(), "Ana", null).participant();
		Participant ben = live.join(setup.event(), "Ben", null).participant();
		UUID older = post(setup, ana, wall, "Mehr Kitaplätze am Nachmittag");
		UUID newer = post(setup, ben, wall, "Kitaplätze am Nachmittag");
		UUID unrelated = post(setup, ben, wall, "Ein Bus ins Gewerbegebiet");
		UUID elsewhere = post(setup, ana, setup.walls().getLast(), "Kitaplätze am Nachmittag bitte");

		assertThat(store.duplicates(setup.event())).extracting(LiveStore.Duplicate::ideaId, LiveStore.Duplicate::targetId)
			.as("only ideas of one wall are compared, the newer flagged as a duplicate of the older")
			.containsExactly(org.assertj.core.groups.Tuple.tuple(newer, older));
		HttpSession moderator = moderator();
		String console = moderator.get(setup.console()).body();
		assertThat(console).contains("1 mögliche Doppelung").contains("Mögliche Doppelung von")
			.contains("name=\"into\" value=\"" + older + "\"");
		assertThat(console).as("no select of every idea per card any more").doesNotContain("<option value=\"" + unrelated + "\"");

		assertThat(moderator.post(setup.console() + "/ideas/" + newer + "/merge", Map.of("into", older.toString())).statusCode())
			.isEqualTo(302);
		assertThat(store.idea(setup.event(), newer).orElseThrow().mergedInto()).isEqualTo(older);
		assertThat(store.duplicates(setup.event())).isEmpty();

		// another target by the number its card shows; a number of another wall or nonsense is refused
		String number = older.toString().substring(0, 6);
		assertThat(moderator.get(setup.console()).body()).contains("#" + number);
		moderator.post(setup.console() + "/ideas/" + elsewhere + "/merge", Map.of("number", number));
		assertThat(store.idea(setup.event(), elsewhere).orElseThrow().mergedInto()).isNull();
		moderator.post(setup.console() + "/ideas/" + unrelated + "/merge", Map.of("number", "<b>x"));
		assertThat(store.idea(setup.event(), unrelated).orElseThrow().mergedInto()).isNull();
		assertThat(moderator.post(setup.console() + "/ideas/" + unrelated + "/merge", Map.of("number", "#" + number)).statusCode())
			.isEqualTo(302);
		assertThat(store.idea(setup.event(), unrelated).orElseThrow().mergedInto()).isEqualTo(older);
	}

	@Test
	void theProjectorCountsMergedIdeasAndThePresentationTellsTheWholeDay() {
		Setup setup = event("Übergänge", "Ohne Punkte");
		live.start(setup.event(), MODERATOR);
		UUID wall = setup.walls().getFirst();
		Participant ana = live.join(setup.event(), "Ana", null).participant();
		UUID top = post(setup, ana, wall, "Mehr Kitaplätze am Nachmittag");
		UUID merged = post(setup, ana, wall, "Kita auch nachmittags");
		post(setup, ana, setup.walls().getLast(), "Eine Idee ohne Punkte");
		assertThat(live.addDot(session(setup), ana, top).done()).isTrue();
		assertThat(live.merge(setup.event(), merged, top, MODERATOR).done()).isTrue();
		HttpSession moderator = moderator();
		String base = "/manage/jobcenter-hafenstadt/events/" + setup.event();

		String projector = moderator.get(base + "/projector").body();
		assertThat(projector).contains("+1 zusammengeführt").doesNotContain("<a ").doesNotContain("href=\"#idea-");
		assertThat(projector).as("the heads written by templates name the site's icon as every page does")
			.contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">")
			.contains("<link rel=\"stylesheet\" href=\"/css/werkstatt.css\">");

		String title = moderator.get(base + "/present").body();
		assertThat(title).contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">");
		assertThat(title).contains("1 Teilnehmende").contains("3 Ideen").contains("1 Punkt<").contains("2 Themenwände")
			.contains("1 von 4");
		String idea = moderator.get(base + "/present?step=1").body();
		assertThat(idea).contains("Mehr Kitaplätze am Nachmittag").contains("+1 zusammengeführt:").contains("Kita auch nachmittags");
		String noDots = moderator.get(base + "/present?step=2").body();
		assertThat(noDots).contains("Ohne Punkte").contains("1 Idee, keine Punkte").contains("Eine Idee ohne Punkte");
		String next = moderator.get(base + "/present?step=99").body();
		assertThat(next).contains("Wie es weitergeht").contains("/events/" + setup.event() + "/decisions")
			.contains("decisions-qr.svg").contains("4 von 4");
		HttpResponse<String> qr = moderator.get(base + "/decisions-qr.svg");
		assertThat(qr.statusCode()).isEqualTo(200);
		assertThat(qr.body()).startsWith("<svg").contains("/events/" + setup.event() + "/decisions");
		assertThat(new HttpSession(port).get(base + "/decisions-qr.svg").statusCode()).as("only for the organisers")
			.isNotEqualTo(200);
	}

	/** The data of the first message of a stream. */
	private String firstMessage(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(new HttpSession(port).uri(path)).timeout(Duration.ofSeconds(10)).build();
		HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.startsWith("data: ")) {
					return line.substring(6);
				}
			}
		}
		return "";
	}
}
