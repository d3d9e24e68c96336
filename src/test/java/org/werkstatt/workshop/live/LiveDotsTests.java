package org.werkstatt.workshop.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
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
 * The dots' write path: {@code live_dots} (migration V7) applies a batch of dots with DotRules' rules, in
 * order, each on what the ones before it left; {@link LiveWriter} batches the phones' dots through it.
 */
class LiveDotsTests extends FullStackTest {

	static final Moderator MODERATOR = new Moderator(null, "Test-Moderation");

	@LocalServerPort
	int port;

	@Autowired
	Live live;

	@Autowired
	LiveStore store;

	@Autowired
	LiveWriter writer;

	@Autowired
	EventStore events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	record Setup(UUID event, UUID organisation, LiveSession session, UUID wall, UUID otherWall) {
	}

	/** An event with two open walls, the session and voting open; 5 dots each, at most 3 on one idea. */
	Setup openEvent() {
		UUID organisation = jdbc.sql("select id from organisation where slug = 'jobcenter-hafenstadt'")
			.query(UUID.class)
			.single();
		ZoneId zone = ZoneId.of("Europe/Berlin");
		LocalDateTime now = LocalDateTime.now(zone).withSecond(0).withNano(0);
		UUID event = events.create(organisation, new EventForm(EventFormat.IDEA_WORKSHOP, "Punkte " + UUID.randomUUID(), null,
				now.minusHours(1), now.plusHours(2), null, null, null, null, null, Visibility.PUBLIC, null), zone);
		live.sessionOf(event);
		live.changeSettings(event, new SettingsForm(false, 5, 3, 60, 3000, ""), MODERATOR);
		UUID wall = live.addWall(event, new WallForm("Übergänge", null, null), MODERATOR);
		UUID other = live.addWall(event, new WallForm("Sprache", null, null), MODERATOR);
		live.setState(event, LiveState.OPEN, MODERATOR);
		live.setWallOpen(event, wall, true, MODERATOR);
		live.setWallOpen(event, other, true, MODERATOR);
		live.setVotingOpen(event, true, MODERATOR);
		return new Setup(event, organisation, store.session(event).orElseThrow(), wall, other);
	}

	UUID idea(Setup setup, UUID wall, String text) {
		Participant author = live.join(setup.event(), null, null).participant();
		return live.post(setup.session(), author, wall, text, setup.organisation()).subject();
	}

	/** What live_dots answered for one dot. */
	record Row(@Nullable String refusal, @Nullable Integer used, @Nullable Integer onIdea) {
	}

	/** A batch of dots for one call of live_dots. */
	final class Batch {

		final List<UUID> eventIds = new ArrayList<>();
		final List<UUID> participants = new ArrayList<>();
		final List<UUID> ideas = new ArrayList<>();
		final List<Integer> deltas = new ArrayList<>();

		Batch put(UUID event, UUID participant, UUID idea) {
			return add(event, participant, idea, 1);
		}

		Batch takeBack(UUID event, UUID participant, UUID idea) {
			return add(event, participant, idea, -1);
		}

		private Batch add(UUID event, UUID participant, UUID idea, int delta) {
			eventIds.add(event);
			participants.add(participant);
			ideas.add(idea);
			deltas.add(delta);
			return this;
		}

		List<Row> run() {
			return jdbc.sql("""
					select item, refusal, used, on_idea from live_dots(cast(? as uuid[]), cast(? as uuid[]),
					       cast(? as uuid[]), cast(? as int[])) order by item""")
				.params(array(eventIds), array(participants), array(ideas), array(deltas))
				.query((rs, row) -> new Row(rs.getString("refusal"), rs.getObject("used", Integer.class),
						rs.getObject("on_idea", Integer.class)))
				.list();
		}

		private static String array(List<?> values) {
			return values.stream().map(Object::toString).collect(Collectors.joining(",", "{", "}"));
		}
	}

	Batch batch() {
		return new Batch();
	}

	@Test
	void aBatchKeepsTheBudgetAndTheLimitPerIdeaInTheOrderTheDotsCame() {
		Setup setup = openEvent();
		UUID a = idea(setup, setup.wall(), "Erste Idee");
		UUID b = idea(setup, setup.wall(), "Zweite Idee");
		UUID c = idea(setup, setup.otherWall(), "Dritte Idee");
		Participant ana = live.join(setup.event(), "Ana", null).participant();
		Participant ben = live.join(setup.event(), "Ben", null).participant();
		UUID e = setup.event();
		long before = store.lastSeq(e);

		List<Row> rows = batch().put(e, ana.id(), a).put(e, ana.id(), a).put(e, ana.id(), a)
			.put(e, ana.id(), a) // a fourth on one idea: over the limit of 3
			.put(e, ben.id(), a)
			.put(e, ana.id(), b).put(e, ana.id(), b) // Ana's fifth dot
			.put(e, ana.id(), c) // none left
			.takeBack(e, ana.id(), a)
			.put(e, ana.id(), c) // the one taken back goes here
			.takeBack(e, ben.id(), b) // Ben has none on b
			.run();

		assertThat(rows).containsExactly(new Row(null, 1, 1), new Row(null, 2, 2), new Row(null, 3, 3),
				new Row("IDEA_LIMIT", 3, 3), new Row(null, 1, 1), new Row(null, 4, 1), new Row(null, 5, 2),
				new Row("BUDGET_USED", 5, 0), new Row(null, 4, 2), new Row(null, 5, 1), new Row("NO_DOT", 1, 0));
		assertThat(store.participant(ana.id()).dotsUsed()).isEqualTo(5);
		assertThat(store.participant(ben.id()).dotsUsed()).isEqualTo(1);
		assertThat(store.dotsOf(ana.id())).containsOnly(Map.entry(a, 2), Map.entry(b, 2), Map.entry(c, 1));
		assertThat(store.idea(e, a).orElseThrow().dots()).isEqualTo(3);
		assertThat(store.idea(e, b).orElseThrow().dots()).isEqualTo(2);
		assertThat(store.idea(e, c).orElseThrow().dots()).isEqualTo(1);
		assertThat(store.changesAfter(e, before, 100)).as("one change per idea and batch, numbered in order")
			.extracting(Change::seq, Change::kind, Change::subjectId)
			.containsExactly(tuple(before + 1, ChangeKind.DOTS, a), tuple(before + 2, ChangeKind.DOTS, b),
					tuple(before + 3, ChangeKind.DOTS, c));
	}

	@Test
	void aBatchRefusesWhatDotRulesRefuseAndTakingBackFromAMergedCardTellsItsTarget() {
		Setup setup = openEvent();
		UUID e = setup.event();
		UUID target = idea(setup, setup.wall(), "Mehr Kitaplätze am Nachmittag");
		UUID duplicate = idea(setup, setup.wall(), "Kitaplätze nachmittags");
		UUID onOther = idea(setup, setup.otherWall(), "Deutschkurse am Abend");
		Participant ana = live.join(e, "Ana", null).participant();
		assertThat(batch().put(e, ana.id(), duplicate).put(e, ana.id(), onOther).run()).extracting(Row::refusal)
			.containsOnlyNulls();
		assertThat(live.merge(e, duplicate, target, MODERATOR).done()).isTrue();

		long before = store.lastSeq(e);
		assertThat(batch().put(e, ana.id(), duplicate).takeBack(e, ana.id(), duplicate).takeBack(e, ana.id(), duplicate).run())
			.containsExactly(new Row("MERGED", 2, 1), new Row(null, 1, 0), new Row("NO_DOT", 1, 0));
		assertThat(store.changesAfter(e, before, 10)).extracting(Change::subjectId).containsExactly(duplicate, target);

		live.setWallOpen(e, setup.otherWall(), false, MODERATOR);
		assertThat(batch().put(e, ana.id(), onOther).takeBack(e, ana.id(), onOther).run()).extracting(Row::refusal)
			.containsExactly("WALL_CLOSED", "WALL_CLOSED");
		live.setWallOpen(e, setup.otherWall(), true, MODERATOR);

		UUID hidden = idea(setup, setup.wall(), "Etwas, das verborgen wird");
		live.hide(e, hidden, "Test", MODERATOR);
		Participant stranger = live.join(openEvent().event(), "Aus einem anderen Event", null).participant();
		assertThat(batch().put(e, ana.id(), hidden)
			.put(e, ana.id(), UUID.randomUUID())
			.takeBack(e, ana.id(), UUID.randomUUID())
			.put(e, stranger.id(), target)
			.run()).as("hidden, unknown idea (put, take back), participant of another event")
			.containsExactly(new Row("NOT_VOTABLE", 1, 0), new Row("NOT_VOTABLE", null, null), new Row("NO_DOT", null, null),
					new Row("NOT_VOTABLE", null, null));

		live.setVotingOpen(e, false, MODERATOR);
		assertThat(batch().put(e, ana.id(), target).takeBack(e, ana.id(), onOther).run()).extracting(Row::refusal)
			.containsExactly("VOTING_CLOSED", "VOTING_CLOSED");
		live.setState(e, LiveState.CLOSED, MODERATOR);
		assertThat(batch().put(e, ana.id(), target).takeBack(e, ana.id(), onOther).run()).extracting(Row::refusal)
			.containsExactly("SESSION_CLOSED", "SESSION_CLOSED");
		assertThat(store.participant(ana.id()).dotsUsed()).as("nothing refused changed a count").isEqualTo(1);
		assertThat(store.dotsOf(ana.id())).containsOnly(Map.entry(onOther, 1));
	}

	@Test
	void theWriterAnswersAsDotRulesWould() {
		Setup setup = openEvent();
		UUID e = setup.event();
		UUID a = idea(setup, setup.wall(), "Erste Idee");
		Participant ana = live.join(e, "Ana", null).participant();
		for (int i = 0; i < 3; i++) {
			Outcome added = live.addDot(setup.session(), ana, a);
			assertThat(added.messageKey()).isEqualTo("dots.added");
			assertThat(added.dots()).isEqualTo(new Outcome.Dots(i + 1, i + 1));
		}
		Outcome limit = live.addDot(setup.session(), ana, a);
		assertThat(limit.done()).isFalse();
		assertThat(limit.messageKey()).isEqualTo(DotRules.Refusal.IDEA_LIMIT.messageKey());
		assertThat(limit.dots()).isEqualTo(new Outcome.Dots(3, 3));
		assertThat(live.removeDot(setup.session(), ana, a).dots()).isEqualTo(new Outcome.Dots(2, 2));
		assertThat(live.addDot(setup.session(), ana, UUID.randomUUID()).messageKey()).isEqualTo("dots.refused.NOT_VOTABLE");
		assertThat(live.removeDot(setup.session(), ana, UUID.randomUUID()).messageKey()).isEqualTo("dots.refused.NO_DOT");
	}

	@Test
	void putAndTakeBackByTheSameParticipantAtOnceLeaveExactCounts() throws Exception {
		Setup setup = openEvent();
		UUID e = setup.event();
		UUID hot = idea(setup, setup.wall(), "Beliebte Idee");
		UUID other = idea(setup, setup.wall(), "Andere Idee");
		List<Participant> voters = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			voters.add(live.join(e, null, null).participant());
		}
		List<Callable<Outcome>> clicks = new ArrayList<>();
		// 120 clicks at once: fewer than the writer's queue takes (LiveWriter.QUEUE), so none is refused as busy
		for (int round = 0; round < 5; round++) {
			for (Participant voter : voters) {
				clicks.add(() -> live.addDot(setup.session(), voter, hot));
				clicks.add(() -> live.removeDot(setup.session(), voter, hot));
				clicks.add(() -> live.addDot(setup.session(), voter, other));
			}
		}
		List<Outcome> outcomes = new ArrayList<>();
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (Future<Outcome> outcome : executor.invokeAll(clicks)) {
				outcomes.add(outcome.get());
			}
		}
		assertThat(outcomes).extracting(Outcome::messageKey).doesNotContain(LiveWriter.BUSY);
		long added = outcomes.stream().filter(o -> o.messageKey().equals("dots.added")).count();
		long removed = outcomes.stream().filter(o -> o.messageKey().equals("dots.removed")).count();
		int onIdeas = store.idea(e, hot).orElseThrow().dots() + store.idea(e, other).orElseThrow().dots();
		assertThat(onIdeas).as("every answered dot counted, nothing else").isEqualTo(added - removed);
		int used = 0;
		for (Participant voter : voters) {
			Participant now = store.participant(voter.id());
			Map<UUID, Integer> dots = store.dotsOf(voter.id());
			assertThat(now.dotsUsed()).isEqualTo(dots.values().stream().mapToInt(Integer::intValue).sum())
				.isLessThanOrEqualTo(setup.session().dotBudget());
			assertThat(dots.values()).allMatch(count -> count <= setup.session().maxDotsPerIdea());
			used += now.dotsUsed();
		}
		assertThat(used).isEqualTo(onIdeas);
		assertThat(store.idea(e, other).orElseThrow().dots()).as("nobody over the limit on the other idea")
			.isPositive()
			.isLessThanOrEqualTo(voters.size() * setup.session().maxDotsPerIdea());
	}

	@Test
	void aDotsCallerIsKnownForAFewSecondsButAReplacedTokenStopsAtOnce() {
		Setup setup = openEvent();
		String code = setup.session().code();
		UUID person = UUID.randomUUID();
		Live.Joined first = live.join(setup.event(), "Ina", person);
		assertThat(live.voter(code, first.token()).orElseThrow().participant()).map(Participant::id)
			.hasValue(first.participant().id());
		Live.Joined again = live.join(setup.event(), "Ina", person);
		assertThat(again.participant().id()).isEqualTo(first.participant().id());
		assertThat(live.voter(code, first.token()).orElseThrow().participant()).as("the old device's token").isEmpty();
		assertThat(live.voter(code, again.token()).orElseThrow().participant()).map(Participant::id)
			.hasValue(first.participant().id());
		assertThat(live.voter(code, "not-a-token").orElseThrow().participant()).isEmpty();
		assertThat(live.voter("NOCODE", again.token())).isEmpty();
	}

	@Test
	void aDotTheWriterCannotTakeIsAnsweredAt503WithoutAChange() {
		Setup setup = openEvent();
		UUID a = idea(setup, setup.wall(), "Erste Idee");
		HttpSession phone = new HttpSession(port);
		phone.get("/join/" + setup.session().code());
		assertThat(phone.post("/join/" + setup.session().code(), Map.of("nickname", "Eva", "consent", "true")).statusCode())
			.isEqualTo(302);
		String path = "/live/" + setup.session().code() + "/ideas/" + a + "/dot";
		writer.stop();
		try {
			HttpResponse<String> busy = phone.postForJson(path, Map.of());
			assertThat(busy.statusCode()).isEqualTo(503);
			assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
			assertThat(busy.body()).contains("\"ok\":false").contains("es wurde nichts geändert");
		}
		finally {
			writer.start();
		}
		assertThat(store.idea(setup.event(), a).orElseThrow().dots()).isZero();
		HttpResponse<String> again = phone.postForJson(path, Map.of());
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("\"ok\":true").contains("\"mine\":1");
		assertThat(store.idea(setup.event(), a).orElseThrow().dots()).isEqualTo(1);
	}

	@Test
	void aScriptsDotIsAnsweredBeforeThePagesInTheParticipantsLanguageAndEverythingElseGoesOnToThem() throws InterruptedException {
		Setup setup = openEvent();
		UUID a = idea(setup, setup.wall(), "Erste Idee");
		String code = setup.session().code();
		HttpSession phone = new HttpSession(port);
		phone.get("/join/" + code + "?lang=da");
		assertThat(phone.post("/join/" + code, Map.of("nickname", "Mette", "consent", "true")).statusCode()).isEqualTo(302);
		String path = "/live/" + code + "/ideas/" + a;
		long timed = writes("dot", "ok");

		HttpResponse<String> dot = phone.postForJson(path + "/dot", Map.of());
		assertThat(dot.statusCode()).isEqualTo(200);
		assertThat(dot.body()).contains("\"ok\":true", "Din prik er sat.", "\"remaining\":4", "Du har 4 af 5 prikker tilbage.",
				"\"idea\":\"" + a + "\"", "\"mine\":1", "Fra dig: 1");
		assertThat(dot.headers().firstValue("Content-Security-Policy")).as("answered before the pages")
			.hasValue(DotCalls.CONTENT_SECURITY_POLICY);
		assertThat(dot.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		assertThat(dot.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(dot.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(dot.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(dot.headers().allValues("Set-Cookie")).as("no session is made or touched").isEmpty();
		// the timer records once the answer is sent
		LiveServingTests.awaitTrue(() -> writes("dot", "ok") == timed + 1, java.time.Duration.ofSeconds(5), "the dot timed as a write");

		phone.postForJson(path + "/dot", Map.of());
		phone.postForJson(path + "/dot", Map.of());
		HttpResponse<String> fourth = phone.postForJson(path + "/dot", Map.of());
		assertThat(fourth.statusCode()).as("at most 3 on one idea").isEqualTo(409);
		assertThat(fourth.body()).contains("\"ok\":false", "Du kan ikke give flere prikker til denne ene idé.", "\"mine\":3");
		HttpResponse<String> back = phone.postForJson(path + "/undot", Map.of());
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(back.body()).contains("Din prik er taget tilbage.", "\"mine\":2", "\"remaining\":3");
		assertThat(store.idea(setup.event(), a).orElseThrow().dots()).isEqualTo(2);

		// without the script: the pages redirect back with a notice
		HttpResponse<String> plain = phone.post(path + "/dot", Map.of());
		assertThat(plain.statusCode()).isEqualTo(302);
		assertThat(plain.headers().firstValue("Content-Security-Policy")).isNotEqualTo(java.util.Optional.of(DotCalls.CONTENT_SECURITY_POLICY));
		assertThat(store.idea(setup.event(), a).orElseThrow().dots()).isEqualTo(3);
		// a token the event does not know: the pages ask to join again, in the visitor's language
		HttpSession stranger = new HttpSession(port);
		stranger.get("/join/" + code + "?lang=da");
		stranger.cookie(ParticipantCookie.name(code), "forged-token");
		HttpResponse<String> forged = stranger.postForJson(path + "/dot", Map.of());
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("Deltag venligst igen.").contains("/join/" + code);
		// an unknown code and an address that names no idea: the pages' answers, no error
		assertThat(phone.postForJson("/live/NOCODE9/ideas/" + a + "/dot", Map.of()).statusCode()).isEqualTo(404);
		assertThat(phone.postForJson("/live/" + code + "/ideas/not-an-idea/dot", Map.of()).statusCode()).isBetween(400, 404);
		assertThat(phone.postForJson("/live/" + code + "/ideas/" + UUID.randomUUID() + "/dot", Map.of()).statusCode())
			.isEqualTo(409);
		assertThat(store.idea(setup.event(), a).orElseThrow().dots()).isEqualTo(3);
	}

	private long writes(String action, String status) {
		io.micrometer.core.instrument.Timer timer = meters.find("werkstatt.live.write").tag("action", action).tag("status", status).timer();
		return timer == null ? 0 : timer.count();
	}
}
