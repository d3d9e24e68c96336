package org.werkstatt.workshop.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;

/**
 * Over HTTP, on the embedded PostgreSQL: phones get a burst of dots as at most one score message a second with
 * the final counts, a new idea at once while scores wait, and exact counts when they come back with any number
 * they were given; the projector and the console get every publication.
 */
class LivePhonePaceTests extends FullStackTest {

	static final String MODERATOR_EMAIL = "moderation@jobcenter-hafenstadt.example";
	static final String PASSWORD = "Werkstatt-Demo-2026";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	LiveStore store;

	@Test
	void phonesGetDotsAtMostOnceASecondAndNewIdeasAtOnceWhileTheProjectorAndConsoleGetEveryPublication() throws Exception {
		LiveFixture fixture = new LiveFixture(context);
		LiveFixture.LiveEvent event = fixture.open("Takt", false, "Übergänge");
		UUID wall = event.walls().getFirst();
		UUID a = fixture.post(event, wall, "Mehr Kinderbetreuung am Morgen");
		UUID b = fixture.post(event, wall, "Ein Bus ins Gewerbegebiet");
		long start = store.lastSeq(event.eventId());
		HttpSession moderator = new HttpSession(port);
		assertThat(moderator.signIn(MODERATOR_EMAIL, PASSWORD)).isTrue();

		try (Reader phone = Reader.open(new HttpSession(port), event.wall() + "/stream?since=" + start);
				Reader projector = Reader.open(moderator, event.projector() + "/stream?since=" + start);
				Reader console = Reader.open(moderator, event.console() + "/stream?since=" + start)) {
			// a quiet second: the first dot after it reaches the phones at once
			Thread.sleep(Feed.SCORES_TO_PHONES.toMillis() + 100);
			long dotsFrom = System.nanoTime();
			UUID c = null;
			long posted = 0;
			for (int i = 0; i < 16; i++) {
				fixture.dots(event, i % 2 == 0 ? a : b, 1);
				if (i == 7) {
					// while the scores wait for their second
					c = fixture.post(event, wall, "Sprachkurse am Abend");
					posted = System.nanoTime();
				}
				Thread.sleep(50);
			}
			long dotsTo = System.nanoTime();
			long last = store.lastSeq(event.eventId());
			UUID idea = c;
			Message card = phone.await(message -> message.data().contains("\"t\":\"idea\",\"id\":\"" + idea + "\""),
					Duration.ofSeconds(5));
			assertThat(Duration.ofNanos(card.at() - posted)).as("a new idea reaches the phone at once, not after the second")
				.isLessThan(Duration.ofMillis(600));

			phone.await(message -> message.id().resumeAt() >= last, Duration.ofSeconds(5));
			assertThat(Duration.ofNanos(System.nanoTime() - dotsTo)).as("the phone has the final counts within about a second")
				.isLessThan(Feed.SCORES_TO_PHONES.plusMillis(1_500));
			Map<UUID, Integer> counts = counts(event, a, b);
			assertThat(phone.lastScores()).as("the exact counts").containsAllEntriesOf(counts);
			projector.await(message -> message.id().resumeAt() >= last, Duration.ofSeconds(5));
			console.await(message -> message.id().resumeAt() >= last, Duration.ofSeconds(5));
			assertThat(projector.lastScores()).containsAllEntriesOf(counts);
			assertThat(console.lastScores()).containsAllEntriesOf(counts);

			List<Message> phoneScores = phone.since(dotsFrom).stream().filter(Message::hasScores).toList();
			double seconds = (dotsTo - dotsFrom) / 1e9;
			// the first at once after the quiet second, then at most one a second, the last up to a second after the
			// dots; the card went at once without the scores that waited
			assertThat(phoneScores).as("scores for the phone: at most one message a second, %.1f s of dots", seconds)
				.allMatch(Message::scoresOnly)
				.hasSizeLessThanOrEqualTo((int) Math.ceil(seconds) + 1);
			assertThat(card.scores()).as("the card's message has its own score only").containsOnlyKeys(c);
			for (int i = 1; i < phoneScores.size(); i++) {
				assertThat(Duration.ofNanos(phoneScores.get(i).at() - phoneScores.get(i - 1).at()))
					.as("scores wait for their second").isGreaterThan(Duration.ofMillis(600));
			}
			assertThat(projector.since(dotsFrom).stream().filter(Message::hasScores))
				.as("the projector gets every publication (at most one per %s)", Feed.COALESCE)
				.hasSizeGreaterThan(phoneScores.size() + 2);
			assertThat(console.since(dotsFrom).stream().filter(Message::hasScores)).hasSizeGreaterThan(phoneScores.size() + 2);
			for (Reader reader : List.of(phone, projector, console)) {
				assertThat(reader.messages).as("every message has its id").allMatch(Message::own);
				FeedPhonesTest.assertGrowing(reader.messages.stream().map(Message::id).toList());
			}
			assertThat(projector.messages).as("the projector's ids are one number")
				.allMatch(message -> message.id().resumeAt() == message.id().seq());
		}
	}

	@Test
	void aPhoneComingBackWithAnyNumberItWasGivenGetsTheExactCountsAndNoIdeaTwice() throws Exception {
		LiveFixture fixture = new LiveFixture(context);
		LiveFixture.LiveEvent event = fixture.open("Wiederkehr im Takt", false, "Übergänge");
		UUID wall = event.walls().getFirst();
		UUID a = fixture.post(event, wall, "Mehr Kinderbetreuung am Morgen");
		UUID b = fixture.post(event, wall, "Ein Bus ins Gewerbegebiet");
		long start = store.lastSeq(event.eventId());
		List<Message> seen;
		try (Reader phone = Reader.open(new HttpSession(port), event.wall() + "/stream?since=" + start)) {
			Thread.sleep(Feed.SCORES_TO_PHONES.toMillis() + 100);
			for (int i = 0; i < 6; i++) {
				fixture.dots(event, i % 3 == 0 ? b : a, 1);
				Thread.sleep(40);
			}
			UUID c = fixture.post(event, wall, "Sprachkurse am Abend");
			fixture.dots(event, a, 1);
			fixture.dots(event, c, 1);
			long last = store.lastSeq(event.eventId());
			phone.await(message -> message.id().resumeAt() >= last, Duration.ofSeconds(5));
			seen = List.copyOf(phone.messages);
		}
		assertThat(seen).as("a dot at once, the card without the scores that wait, the rest a second later")
			.hasSizeGreaterThanOrEqualTo(3);
		assertThat(seen).as("the card went ahead of the scores that wait: its id has both numbers")
			.anyMatch(message -> message.id().seq() > message.id().resumeAt() && !ideasIn(message).isEmpty());
		Map<UUID, Integer> counts = counts(event, a, b);
		for (Message given : seen) {
			// each number a phone was given, as Last-Event-ID and as ?since= (the page's script)
			try (Reader back = Reader.open(new HttpSession(port), event.wall() + "/stream", "Last-Event-ID",
					given.id().id());
					Reader since = Reader.open(new HttpSession(port), event.wall() + "/stream?since=" + given.id().id())) {
				for (Reader reader : List.of(back, since)) {
					if (!given.id().equals(seen.getLast().id())) {
						Message missed = reader.await(message -> true, Duration.ofSeconds(5));
						for (Message had : seen.subList(0, seen.indexOf(given) + 1)) {
							// also a card that went ahead of scores that waited: the id's second number says it is there
							if (had.id().seq() <= given.id().seq()) {
								ideasIn(had).forEach(idea -> assertThat(missed.data()).as("no idea twice")
									.doesNotContain("\"t\":\"idea\",\"id\":\"" + idea + "\""));
							}
						}
					}
					else {
						Thread.sleep(300);
						assertThat(reader.messages).as("nothing it does not have").isEmpty();
					}
					Map<UUID, Integer> known = scoresUpTo(seen, given);
					known.putAll(reader.lastScores());
					assertThat(known).as("from %s", given.id().id()).containsAllEntriesOf(counts);
				}
			}
		}
	}

	/** The counts of these ideas in the database; learns the short keys of all the event's ideas ({@link #KEYS}). */
	private Map<UUID, Integer> counts(LiveFixture.LiveEvent event, UUID... ideas) {
		store.ideas(event.eventId()).forEach(idea -> KEYS.put(idea.key(), idea.id()));
		Map<UUID, Integer> counts = new java.util.HashMap<>();
		store.ideas(event.eventId(), Set.of(ideas)).forEach(idea -> counts.put(idea.id(), idea.score()));
		return counts;
	}

	/** The newest score of each idea in the messages up to and with {@code given}. */
	private static Map<UUID, Integer> scoresUpTo(List<Message> messages, Message given) {
		Map<UUID, Integer> scores = new java.util.HashMap<>();
		for (Message message : messages.subList(0, messages.indexOf(given) + 1)) {
			scores.putAll(message.scores());
		}
		return scores;
	}

	private static List<String> ideasIn(Message message) {
		Matcher matcher = IDEA.matcher(message.data());
		List<String> ideas = new java.util.ArrayList<>();
		while (matcher.find()) {
			ideas.add(matcher.group(1));
		}
		return ideas;
	}

	static final Pattern IDEA = Pattern.compile("\"t\":\"idea\",\"id\":\"([0-9a-f-]{36})\"");
	static final Pattern SCORE = Pattern.compile("\"t\":\"(?:idea|score)\",\"id\":\"([0-9a-f-]{36})\"[^{}]*?\"score\":(\\d+)");
	/** The participants' scores together, each under its idea's short key: {"t":"scores","s":{"2n9c":3,...}}. */
	static final Pattern SCORES = Pattern.compile("\\{\"t\":\"scores\",\"s\":\\{([^{}]*)\\}\\}");
	static final Pattern SCORES_MEMBER = Pattern.compile("\"([0-9a-z]+)\":(\\d+)");
	/** The ideas by their short keys ({@link Idea#key}), as the database has them: the phones' scores use the keys. */
	static final Map<String, UUID> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * One message as a client got it: its id (its own, or the one before it kept as a browser does: {@code own}
	 * is false), its data and when it came ({@link System#nanoTime}).
	 */
	record Message(Feed.Position id, boolean own, String data, long at) {

		Map<UUID, Integer> scores() {
			Map<UUID, Integer> scores = new java.util.HashMap<>();
			Matcher matcher = SCORE.matcher(data);
			while (matcher.find()) {
				scores.put(UUID.fromString(matcher.group(1)), Integer.parseInt(matcher.group(2)));
			}
			Matcher together = SCORES.matcher(data);
			while (together.find()) {
				Matcher member = SCORES_MEMBER.matcher(together.group(1));
				while (member.find()) {
					UUID idea = KEYS.get(member.group(1));
					assertThat(idea).as("a score under the key of an idea of the event: %s", member.group(1)).isNotNull();
					scores.put(idea, Integer.parseInt(member.group(2)));
				}
			}
			return scores;
		}

		boolean hasScores() {
			return data.contains("\"t\":\"score");
		}

		/** Only scores: no card, wall or session. */
		boolean scoresOnly() {
			return SCORES.matcher(data.replaceAll("\\{\"t\":\"score\",[^{}]*\\}", "")).replaceAll("").replace(",", "")
				.equals("[]");
		}
	}

	/** Reads a stream on a thread of its own and keeps its messages. */
	static final class Reader implements AutoCloseable {

		final List<Message> messages = new CopyOnWriteArrayList<>();
		private final InputStream body;
		private final Thread thread;

		private Reader(InputStream body) {
			this.body = body;
			this.thread = Thread.ofVirtual().start(this::read);
		}

		static Reader open(HttpSession session, String path, String... headers) {
			HttpResponse<InputStream> response = session.stream(path, headers);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return new Reader(response.body());
		}

		private void read() {
			try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
				Feed.Position id = Feed.Position.at(0);
				boolean own = false;
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					if (line.startsWith("id: ")) {
						id = java.util.Objects.requireNonNull(Feed.Position.parse(line.substring(4)), line);
						own = true;
					}
					else if (line.startsWith("data: ")) {
						messages.add(new Message(id, own, line.substring(6), System.nanoTime()));
						own = false;
					}
				}
			}
			catch (IOException e) {
				// hung up
			}
		}

		Message await(Predicate<Message> wanted, Duration within) throws InterruptedException {
			long ends = System.nanoTime() + within.toNanos();
			while (true) {
				for (Message message : messages) {
					if (wanted.test(message)) {
						return message;
					}
				}
				assertThat(System.nanoTime()).as("a message within %s; got %s", within, messages).isLessThan(ends);
				Thread.sleep(5);
			}
		}

		List<Message> since(long nanoTime) {
			return messages.stream().filter(message -> message.at() - nanoTime >= 0).toList();
		}

		/** The newest score of every idea, as the page shows it after all messages. */
		Map<UUID, Integer> lastScores() {
			Map<UUID, Integer> scores = new java.util.HashMap<>();
			messages.forEach(message -> scores.putAll(message.scores()));
			return scores;
		}

		@Override
		public void close() throws IOException {
			body.close();
			thread.interrupt();
		}
	}
}
