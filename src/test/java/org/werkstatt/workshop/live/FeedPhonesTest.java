package org.werkstatt.workshop.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Phones get scores at most once every {@link Feed#phoneScoreInterval}, together; cards at once, without the
 * scores that wait, with an id of two numbers ({@link Feed.Position}); the projector and moderators every
 * publication; and the ids a phone sees keep growing.
 */
class FeedPhonesTest {

	private final ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor();

	@AfterEach
	void stop() {
		publisher.shutdownNow();
	}

	@Test
	void aBurstOfDotsReachesPhonesAsAtMostTwoMessagesWithTheFinalScoresAndTheProjectorAsManyMore() throws Exception {
		Feed feed = new Feed(UUID.randomUUID(), 10, publisher);
		Client phone = Client.follow(feed, 10, LiveStream.Audience.PARTICIPANTS);
		Client projector = Client.follow(feed, 10, LiveStream.Audience.PROJECTOR);
		Client moderator = Client.follow(feed, 10, LiveStream.Audience.MODERATORS);
		long seq = 10;
		for (int dot = 1; dot <= 40; dot++) {
			seq++;
			feed.append(List.of(score(seq, dot % 2 == 0 ? "a" : "b", dot)));
			Thread.sleep(10);
		}
		long last = seq;
		long appended = System.nanoTime();
		phone.awaitNumber(last, Duration.ofSeconds(3));
		long phoneGotIt = System.nanoTime();
		projector.awaitNumber(last, Duration.ofSeconds(3));
		moderator.awaitNumber(last, Duration.ofSeconds(3));

		assertThat(phone.messages).as("the first dot at once, the rest together a second later").hasSizeBetween(1, 2);
		assertThat(phone.messages.getLast().data()).as("the scores together")
			.isEqualTo("[{\"t\":\"scores\",\"s\":{\"a\":40,\"b\":39}}]");
		assertThat(Duration.ofNanos(phoneGotIt - appended)).as("within about a second")
			.isLessThan(Feed.SCORES_TO_PHONES.plusMillis(500));
		assertThat(projector.messages).as("every publication, about one per %s", Feed.COALESCE).hasSizeGreaterThanOrEqualTo(3);
		assertThat(moderator.messages).hasSizeGreaterThanOrEqualTo(3);
		assertThat(projector.messages.stream().map(Message::data).toList()).as("the projector saw the scores as they came")
			.anyMatch(data -> data.contains("\"b\":39"))
			.anyMatch(data -> data.contains("\"a\":40"));
		assertThat(moderator.messages.getLast().data()).as("moderators get a member per score")
			.contains("{\"t\":\"score\",\"id\":\"a\",\"score\":40}");
		for (Client client : List.of(phone, projector, moderator)) {
			client.assertGrowingIds();
		}
		phone.stop();
		projector.stop();
		moderator.stop();
	}

	@Test
	void aNewIdeaReachesPhonesAtOnceWithoutTheScoresThatWaitWithAnIdOfBothNumbers() throws Exception {
		Feed feed = new Feed(UUID.randomUUID(), 10, publisher);
		Client phone = Client.follow(feed, 10, LiveStream.Audience.PARTICIPANTS);
		feed.append(List.of(score(11, "a", 1)));
		phone.awaitNumber(11, Duration.ofSeconds(2));
		long scored = System.nanoTime();
		Thread.sleep(150);
		feed.append(List.of(score(12, "a", 2)));
		Thread.sleep(150);
		assertThat(feed.publishedToPhones()).as("the second score waits").isEqualTo(11);
		assertThat(feed.published()).isEqualTo(12);

		long posted = System.nanoTime();
		feed.append(List.of(idea(13, "c")));
		phone.awaitNumber(13, Duration.ofSeconds(2));
		assertThat(Duration.ofNanos(System.nanoTime() - posted)).as("no wait for the scores' second")
			.isLessThan(Duration.ofMillis(400));
		assertThat(phone.messages.getLast()).as("the card alone: the phone has everything up to 11, and the cards up to 13")
			.isEqualTo(new Message(new Feed.Position(11, 13), "[{\"t\":\"idea\",\"id\":\"c\",\"score\":0}]"));
		Feed.CatchUp comingBack = feed.catchUp(Feed.Position.at(11), LiveStream.Audience.PARTICIPANTS);
		assertThat(text(comingBack.message(LiveStream.Audience.PARTICIPANTS)))
			.as("a phone back with 11 gets the card, and the score with the other phones")
			.isEqualTo("id: 11.13\ndata: [{\"t\":\"idea\",\"id\":\"c\",\"score\":0}]\n\n");
		assertThat(text(feed.catchUp(11).message(LiveStream.Audience.PROJECTOR))).as("the projector gets every change")
			.isEqualTo("id: 13\ndata: [{\"t\":\"idea\",\"id\":\"c\",\"score\":0},{\"t\":\"scores\",\"s\":{\"a\":2}}]\n\n");

		phone.awaitResumeAt(13, Duration.ofSeconds(2));
		assertThat(Duration.ofNanos(System.nanoTime() - scored)).as("the score a second after the last")
			.isGreaterThanOrEqualTo(Feed.SCORES_TO_PHONES.minusMillis(20));
		assertThat(phone.messages.getLast()).isEqualTo(new Message(Feed.Position.at(13), "[{\"t\":\"scores\",\"s\":{\"a\":2}}]"));
		assertThat(phone.ids()).containsExactly("11", "11.13", "13");
		phone.stop();
	}

	@Test
	void aCardSentWhileItsScoreWaitsTakesItsPlaceSoThatTheOlderScoreIsNotPutBack() throws Exception {
		Feed feed = new Feed(UUID.randomUUID(), 10, publisher);
		Client phone = phoneWithWaitingScores(feed, "a", score(12, "a", 2), score(13, "b", 1));
		// the moderation edits idea a: its card, with its newest score, replaces the score that waits
		feed.append(List.of(idea(14, "a")));
		phone.awaitNumber(14, Duration.ofSeconds(2));
		assertThat(phone.messages.getLast()).as("b's score (13) still waits: the phone has everything up to 12")
			.isEqualTo(new Message(new Feed.Position(12, 14), "[{\"t\":\"idea\",\"id\":\"a\",\"score\":0}]"));
		phone.awaitResumeAt(14, Duration.ofSeconds(2));
		assertThat(phone.messages.getLast()).as("only b's score: a's older one would overwrite the card's")
			.isEqualTo(new Message(Feed.Position.at(14), "[{\"t\":\"scores\",\"s\":{\"b\":1}}]"));
		phone.stop();
	}

	@Test
	void aPhoneThatFallsBehindAfterACardCatchesUpToThePhonesWithoutItsCardsAgain() throws Exception {
		Feed feed = new Feed(UUID.randomUUID(), 10, publisher);
		Client phone = phoneWithWaitingScores(feed, "a", score(12, "b", 1), score(13, "a", 2));
		feed.append(List.of(idea(14, "a")));
		phone.awaitNumber(14, Duration.ofSeconds(2));
		phone.stop();
		assertThat(phone.messages.getLast()).as("b's score waits: the phone has every change up to 11, the cards up to 14")
			.isEqualTo(new Message(new Feed.Position(11, 14), "[{\"t\":\"idea\",\"id\":\"a\",\"score\":0}]"));
		feed.append(List.of(idea(15, "c")));
		while (feed.publishedToPhones() < 15) {
			Thread.sleep(5);
		}

		Feed.CatchUp missed = feed.catchUp(new Feed.Position(11, 14), LiveStream.Audience.PARTICIPANTS);
		assertThat(missed.to()).as("where the other phones are").isEqualTo(new Feed.Position(11, 15));
		assertThat(text(missed.message(LiveStream.Audience.PARTICIPANTS)))
			.as("the new card; not a's card again, nor the scores that wait for the other phones as well")
			.isEqualTo("id: 11.15\ndata: [{\"t\":\"idea\",\"id\":\"c\",\"score\":0}]\n\n");
		assertThat(text(feed.catchUp(Feed.Position.at(11), LiveStream.Audience.PARTICIPANTS)
			.message(LiveStream.Audience.PARTICIPANTS))).as("a phone back with the first number alone gets a's card again")
			.contains("{\"t\":\"idea\",\"id\":\"a\",\"score\":0}");

		Client back = Client.follow(feed, missed.to(), LiveStream.Audience.PARTICIPANTS);
		back.awaitResumeAt(15, Duration.ofSeconds(2));
		assertThat(back.messages).as("caught up, it shares the phones' next publication: the scores that waited")
			.containsExactly(new Message(Feed.Position.at(15), "[{\"t\":\"scores\",\"s\":{\"b\":1}}]"));
		back.stop();
	}

	@Test
	void aPhoneAheadOfACardSentWhileScoresWaitIsNotSentTheCardsOlderScoreAgain() throws Exception {
		Feed feed = new Feed(UUID.randomUUID(), 10, publisher);
		Client phone = phoneWithWaitingScores(feed, "w", score(12, "w", 2));
		// card x, its first dot and card z reach phones in one message without id, while w's score waits
		feed.append(List.of(idea(13, "x"), score(14, "x", 1), idea(15, "z")));
		phone.awaitNumber(15, Duration.ofSeconds(2));
		assertThat(phone.messages.getLast()).isEqualTo(new Message(new Feed.Position(11, 15),
				"[{\"t\":\"idea\",\"id\":\"x\",\"score\":0},{\"t\":\"idea\",\"id\":\"z\",\"score\":0}]"));

		// a page loaded at 14 shows x with its dot
		Client loaded = Client.follow(feed, Feed.Position.at(14), LiveStream.Audience.PARTICIPANTS);
		loaded.awaitNumber(15, Duration.ofSeconds(2));
		assertThat(loaded.messages).as("z alone, and its first number stays: not x's card with no dot").containsExactly(
				new Message(new Feed.Position(14, 15), "[{\"t\":\"idea\",\"id\":\"z\",\"score\":0}]"));
		phone.stop();
		loaded.stop();
	}

	@Test
	void inARoomOfTenThousandPhonesScoresReachPhonesEveryFiveSeconds() {
		Feed feed = new Feed(UUID.randomUUID(), 10, publisher);
		assertThat(Duration.ofNanos(feed.phoneScoreInterval())).isEqualTo(Feed.SCORES_TO_PHONES);
		List<Feed.Follower> room = new java.util.ArrayList<>();
		for (int i = 0; i < 12_000; i++) {
			Feed.Follower phoneInTheRoom = quietFollower();
			room.add(phoneInTheRoom);
			feed.follow(LiveStream.Audience.PARTICIPANTS, phoneInTheRoom);
			if (room.size() == 2_000) {
				assertThat(Duration.ofNanos(feed.phoneScoreInterval())).as("2,000 phones").isEqualTo(Duration.ofSeconds(1));
			}
			if (room.size() == 5_000) {
				assertThat(Duration.ofNanos(feed.phoneScoreInterval())).as("5,000 phones").isEqualTo(Duration.ofMillis(2500));
			}
		}
		assertThat(Duration.ofNanos(feed.phoneScoreInterval())).as("at most").isEqualTo(Feed.SCORES_TO_PHONES_AT_MOST);
		room.forEach(phoneInTheRoom -> feed.unfollow(LiveStream.Audience.PARTICIPANTS, phoneInTheRoom));
		assertThat(Duration.ofNanos(feed.phoneScoreInterval())).isEqualTo(Feed.SCORES_TO_PHONES);
	}

	@Test
	void aPhoneComingBackWithTheNumberOfItsLastMessageGetsTheScoresThatWaitedExactly() throws Exception {
		Feed feed = new Feed(UUID.randomUUID(), 10, publisher);
		Client phone = Client.follow(feed, 10, LiveStream.Audience.PARTICIPANTS);
		feed.append(List.of(score(11, "a", 1)));
		phone.awaitNumber(11, Duration.ofSeconds(2));
		phone.stop();
		// the phone is gone before the scores that wait for the second are published to phones
		feed.append(List.of(score(12, "a", 2), score(13, "b", 1)));
		feed.append(List.of(score(14, "a", 3)));
		Thread.sleep(Feed.COALESCE.toMillis() * 3);
		assertThat(feed.publishedToPhones()).isEqualTo(11);

		Feed.CatchUp missed = feed.catchUp(11);
		assertThat(missed.to()).isEqualTo(Feed.Position.at(14));
		assertThat(text(missed.message(LiveStream.Audience.PARTICIPANTS))).isEqualTo("id: 14\ndata: ["
				+ "{\"t\":\"scores\",\"s\":{\"a\":3,\"b\":1}}]\n\n");
		assertThat(text(missed.message(LiveStream.Audience.MODERATORS))).isEqualTo("id: 14\ndata: ["
				+ "{\"t\":\"score\",\"id\":\"b\",\"score\":1},{\"t\":\"score\",\"id\":\"a\",\"score\":3}]\n\n");

		Client back = Client.follow(feed, 11, LiveStream.Audience.PARTICIPANTS);
		back.awaitNumber(14, Duration.ofSeconds(3));
		feed.append(List.of(score(15, "b", 2)));
		back.awaitNumber(15, Duration.ofSeconds(3));
		assertThat(back.ids()).containsExactly("14", "15");
		assertThat(back.messages.getLast().data()).isEqualTo("[{\"t\":\"scores\",\"s\":{\"b\":2}}]");
		back.stop();
	}

	@Test
	void inARoomOfTenThousandPhonesCardsReachPhonesAQuarterOfASecondApartWhileTheProjectorGetsEveryPublication()
			throws Exception {
		Feed feed = new Feed(UUID.randomUUID(), 10, publisher);
		assertThat(Duration.ofNanos(feed.phoneInterval())).isEqualTo(Feed.COALESCE);
		List<Feed.Follower> room = new java.util.ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			Feed.Follower phoneInTheRoom = quietFollower();
			room.add(phoneInTheRoom);
			feed.follow(LiveStream.Audience.PARTICIPANTS, phoneInTheRoom);
			feed.follow(LiveStream.Audience.PROJECTOR, quietFollower());
		}
		assertThat(Duration.ofNanos(feed.phoneInterval())).as("10,000 phones at 40,000 messages a second")
			.isEqualTo(Duration.ofMillis(250));
		Client phone = Client.follow(feed, 10, LiveStream.Audience.PARTICIPANTS);
		Client projector = Client.follow(feed, 10, LiveStream.Audience.PROJECTOR);

		long started = System.nanoTime();
		feed.append(List.of(idea(11, "i11")));
		assertThat(feed.publishedToPhones()).as("the first card after a quiet spell at once").isEqualTo(11);
		long seq = 11;
		for (int i = 0; i < 29; i++) {
			Thread.sleep(35);
			seq++;
			feed.append(List.of(idea(seq, "i" + seq)));
		}
		long span = System.nanoTime() - started;
		phone.awaitNumber(seq, Duration.ofSeconds(3));
		projector.awaitNumber(seq, Duration.ofSeconds(3));

		assertThat((long) phone.messages.size()).as("at most one message to phones every 250 ms in %s ms", span / 1_000_000)
			.isLessThanOrEqualTo(2 + span / Duration.ofMillis(250).toNanos());
		assertThat(projector.messages.size()).as("the projector every publication").isGreaterThan(phone.messages.size());
		for (Client client : List.of(phone, projector)) {
			String all = String.join("", client.messages.stream().map(Message::data).toList());
			for (long idea = 11; idea <= seq; idea++) {
				assertThat(all).contains("\"id\":\"i" + idea + "\"");
			}
			client.assertGrowingIds();
		}

		room.forEach(phoneInTheRoom -> feed.unfollow(LiveStream.Audience.PARTICIPANTS, phoneInTheRoom));
		assertThat(Duration.ofNanos(feed.phoneInterval())).as("the room emptied").isEqualTo(Feed.COALESCE);
		phone.stop();
		projector.stop();
	}

	@Test
	void inARoomOfTenThousandPhonesEveryPublicationToPhonesReportsItsLagFromItsOldestCard() throws Exception {
		Feed feed = new Feed(UUID.randomUUID(), 10, publisher);
		List<Long> lags = new CopyOnWriteArrayList<>();
		feed.onLag(lags::add);
		for (int i = 0; i < 10_000; i++) {
			feed.follow(LiveStream.Audience.PARTICIPANTS, quietFollower());
		}
		WritingPhone phone = new WritingPhone(feed, 10);
		feed.follow(LiveStream.Audience.PARTICIPANTS, phone);
		long seq = 10;
		for (int i = 0; i < 30; i++) {
			seq++;
			feed.append(List.of(idea(seq, "i" + seq)), System.nanoTime());
			Thread.sleep(35);
		}
		long last = seq;
		awaitPublishedToPhones(feed, last, Duration.ofSeconds(3));
		long ends = System.nanoTime() + Duration.ofSeconds(2).toNanos();
		while (phone.seq < last || lags.size() < phone.writes.size()) {
			// the round wakes the phones on the publishing thread, and reports when it is done
			assertThat(System.nanoTime()).as("the phone wrote %d and the lags were reported", last).isLessThan(ends);
			Thread.sleep(2);
		}
		int beforeQuiet = lags.size();
		feed.reportQuietLag();

		int toPhones = phone.writes.size();
		assertThat(phone.seq).isEqualTo(last);
		assertThat(toPhones).as("a publication to phones every 250 ms or so").isGreaterThanOrEqualTo(3);
		assertThat(lags.size()).as("reported by the rounds of wake-ups, not on a quiet second").isEqualTo(beforeQuiet);
		assertThat(lags.size()).as("a lag for each of the %d publications to phones, once", toPhones).isEqualTo(toPhones);
		assertThat(lags).as("a card waits for the phones' interval, and its lag says so")
			.anyMatch(lag -> lag >= Duration.ofMillis(150).toNanos())
			.allMatch(lag -> lag < Duration.ofMillis(1_500).toNanos());
	}

	@Test
	void phonesAreWokenInRoundsWithAtMostOneWaitingAndEachWritesWhatWasPublishedUntilItsTurnInOneWrite() throws Exception {
		Feed feed = new Feed(UUID.randomUUID(), 10, publisher);
		List<Long> lags = new CopyOnWriteArrayList<>();
		feed.onLag(lags::add);
		Queue<Runnable> waker = new ConcurrentLinkedQueue<>();
		feed.onWake(waker::add);
		List<WritingPhone> phones = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			WritingPhone phone = new WritingPhone(feed, 10);
			phones.add(phone);
			feed.follow(LiveStream.Audience.PARTICIPANTS, phone);
		}
		long interval = feed.phoneInterval() / 1_000_000 + 20;

		feed.append(List.of(idea(11, "i11")), System.nanoTime());
		assertThat(waker).as("one round waits for the waker").hasSize(1);
		FeedTest.runAll(waker);
		assertThat(phones).allMatch(phone -> phone.wakes == 1 && phone.writes.size() == 1 && phone.seq == 11);
		assertThat(lags).as("the round woke every phone: the publication's lag").hasSize(1);

		Thread.sleep(interval);
		feed.append(List.of(idea(12, "i12")), System.nanoTime());
		assertThat(waker).hasSize(1);
		Thread.sleep(interval);
		feed.append(List.of(idea(13, "i13")), System.nanoTime());
		assertThat(feed.publishedToPhones()).as("made on time: nothing waits for the phones").isEqualTo(13);
		assertThat(waker).as("the round that waits takes it along: no second one").hasSize(1);
		FeedTest.runAll(waker);
		assertThat(phones).as("each phone woken once more, and it wrote both publications in one write")
			.allSatisfy(phone -> {
				assertThat(phone.wakes).isEqualTo(2);
				assertThat(phone.writes).hasSize(2);
				assertThat(phone.writes.get(1)).contains("\"id\":\"i12\"", "\"id\":\"i13\"");
				assertThat(phone.seq).isEqualTo(13);
			});
		assertThat(lags).as("the lag of each publication the round took along, once").hasSize(3);

		// a round under way: its first phones were woken, the others wait for the waker
		Thread.sleep(interval);
		feed.append(List.of(idea(14, "i14")), System.nanoTime());
		assertThat(waker).hasSize(1);
		waker.poll().run();
		// the round's first batch
		waker.poll().run();
		List<WritingPhone> early = phones.stream().filter(phone -> phone.wakes == 3).toList();
		List<WritingPhone> later = phones.stream().filter(phone -> phone.wakes == 2).toList();
		assertThat(early).as("the round's first batch woke its phones").hasSize(Feed.WAKE_BATCH);
		assertThat(later).hasSize(phones.size() - Feed.WAKE_BATCH);
		Thread.sleep(interval);
		feed.append(List.of(idea(15, "i15")), System.nanoTime());
		assertThat(feed.publishedToPhones()).isEqualTo(15);
		assertThat(lags).as("not reported before the round has woken every phone").hasSize(3);
		assertThat(waker).as("the round's two other batches, and a round for 15").hasSize(3);
		waker.poll().run();
		waker.poll().run();
		assertThat(lags).as("the round is done: it reports what was published to phones when it started, 14, not 15")
			.hasSize(4);
		FeedTest.runAll(waker);
		assertThat(early).as("woken before 15 was made, and again by a round of its own")
			.allSatisfy(phone -> {
				assertThat(phone.wakes).isEqualTo(4);
				assertThat(phone.writes).hasSize(4);
				assertThat(phone.writes.get(2)).contains("\"id\":\"i14\"").doesNotContain("\"id\":\"i15\"");
				assertThat(phone.writes.get(3)).contains("\"id\":\"i15\"").doesNotContain("\"id\":\"i14\"");
			});
		assertThat(later).as("their turn came after 15 was made: both in one"
				+ " write, and the round of 15 found nothing new")
			.allSatisfy(phone -> {
				assertThat(phone.wakes).isEqualTo(4);
				assertThat(phone.writes).hasSize(3);
				assertThat(phone.writes.get(2)).contains("\"id\":\"i14\"", "\"id\":\"i15\"");
			});
		assertThat(phones).allMatch(phone -> phone.seq == 15);
		assertThat(lags).as("each publication's lag once, when a round that took it along is done").hasSize(5)
			.allMatch(lag -> lag >= 0 && lag < Duration.ofSeconds(5).toNanos());
	}

	/**
	 * A phone's stream as {@code LiveStream} writes it, at once when woken: the publications to phones after the one
	 * it wrote last, joined in one write.
	 */
	static final class WritingPhone implements Feed.Follower {

		private final Feed feed;
		private Feed.@org.jspecify.annotations.Nullable Publication current;
		volatile long seq;
		private long resumeAt;
		volatile int wakes;
		final List<String> writes = new CopyOnWriteArrayList<>();

		WritingPhone(Feed feed, long from) {
			this.feed = feed;
			this.seq = from;
			this.resumeAt = from;
		}

		@Override
		public synchronized void wake() {
			wakes++;
			Feed.Publication following = current == null ? null : current.next(LiveStream.Audience.PARTICIPANTS);
			Feed.Publication publication = following != null ? following
					: feed.newest(seq, resumeAt, LiveStream.Audience.PARTICIPANTS);
			if (publication == null) {
				return;
			}
			assertThat(publication.covers(seq, resumeAt)).as("it has the one before").isTrue();
			Feed.Joined joined = publication.joined(LiveStream.Audience.PARTICIPANTS);
			publication.writtenThrough(joined.through(), LiveStream.Audience.PARTICIPANTS);
			writes.add(text(joined.message()));
			current = joined.through();
			seq = current.to();
			resumeAt = current.resumeAt();
		}
	}

	private static void awaitPublishedToPhones(Feed feed, long number, Duration within) throws InterruptedException {
		long ends = System.nanoTime() + within.toNanos();
		while (feed.publishedToPhones() < number) {
			assertThat(System.nanoTime()).as("published %d to phones within %s", number, within).isLessThan(ends);
			Thread.sleep(2);
		}
	}

	@Test
	void aFeedWithoutPublisherPublishesScoresToPhonesAtOnce() throws InterruptedException {
		Feed feed = new Feed(UUID.randomUUID(), 0);
		feed.append(List.of(score(1, "a", 1)));
		feed.append(List.of(score(2, "a", 2)));
		assertThat(feed.publishedToPhones()).isEqualTo(2);
		assertThat(feed.newest(1, LiveStream.Audience.PARTICIPANTS).to()).isEqualTo(2);
	}

	/**
	 * A phone that got the score of {@code first} (11) at once, after which the {@code waiting} scores were
	 * published: they wait for the phones' score interval.
	 */
	private static Client phoneWithWaitingScores(Feed feed, String first, Feed.Entry... waiting) throws InterruptedException {
		Client phone = Client.follow(feed, 10, LiveStream.Audience.PARTICIPANTS);
		feed.append(List.of(score(11, first, 1)));
		phone.awaitNumber(11, Duration.ofSeconds(2));
		Thread.sleep(150);
		feed.append(List.of(waiting));
		Thread.sleep(150);
		return phone;
	}

	/** A stream that follows the feed and is only counted (a new one each time: a lambda without state may be one). */
	private static Feed.Follower quietFollower() {
		return new Feed.Follower() {
			@Override
			public void wake() {
			}
		};
	}

	private static Feed.Entry score(long seq, String idea, int score) {
		String json = "{\"t\":\"score\",\"id\":\"" + idea + "\",\"score\":" + score + "}";
		return Feed.Entry.score(seq, idea, idea, score, null, json);
	}

	private static Feed.Entry idea(long seq, String idea) {
		String json = "{\"t\":\"idea\",\"id\":\"" + idea + "\",\"score\":0}";
		return Feed.Entry.of(seq, "idea:" + idea, json, json);
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/** Neither number of the ids goes back, and every id differs from the one before. */
	static void assertGrowing(List<Feed.Position> ids) {
		assertThat(ids).as("ids").doesNotHaveDuplicates();
		assertThat(ids.stream().map(Feed.Position::seq).toList()).as("the cards' numbers").isSorted();
		assertThat(ids.stream().map(Feed.Position::resumeAt).toList()).as("the numbers of every change").isSorted();
	}

	/** {@code id}: where the client is after the message, as its id says. */
	record Message(Feed.Position id, String data) {
	}

	/** Follows a feed as {@code LiveStream} does: woken by publications, the shared message when up to date, else the catch-up. */
	static final class Client {

		final List<Message> messages = new CopyOnWriteArrayList<>();
		private final Thread thread;
		private volatile long seq;
		private volatile long resumeAt;

		private Client(Feed feed, Feed.Position from, LiveStream.Audience audience) {
			this.seq = from.seq();
			this.resumeAt = from.resumeAt();
			this.thread = Thread.ofVirtual().start(() -> {
				while (!Thread.currentThread().isInterrupted() && !feed.closed()) {
					Feed.Publication publication = FeedTest.awaitNewest(feed, seq, resumeAt, audience);
					if (publication == null) {
						continue;
					}
					if (publication.covers(seq, resumeAt)) {
						// as a stream notes its write of a shared publication, before the client moves on
						publication.written();
						add(publication.message(audience), new Feed.Position(publication.resumeAt(), publication.to()));
					}
					else {
						Feed.CatchUp missed = feed.catchUp(new Feed.Position(resumeAt, seq), audience);
						if (missed == null) {
							return;
						}
						if (missed.isEmpty()) {
							seq = missed.to().seq();
							resumeAt = missed.to().resumeAt();
						}
						else {
							add(missed.message(audience), missed.to());
						}
					}
				}
			});
		}

		static Client follow(Feed feed, long from, LiveStream.Audience audience) {
			return new Client(feed, Feed.Position.at(from), audience);
		}

		static Client follow(Feed feed, Feed.Position from, LiveStream.Audience audience) {
			return new Client(feed, from, audience);
		}

		/** Notes a message as a browser's EventSource does, with its id: where the client is after it. */
		private void add(byte[] message, Feed.Position to) {
			String text = text(message);
			assertThat(text).startsWith("id: " + to.id() + "\ndata: ");
			assertThat(to.seq()).as("the cards' number does not go back").isGreaterThanOrEqualTo(seq);
			assertThat(to.resumeAt()).as("the number of every change does not go back").isGreaterThanOrEqualTo(resumeAt);
			assertThat(to).as("the id moves on").isNotEqualTo(new Feed.Position(resumeAt, seq));
			messages.add(new Message(to, text.substring(text.indexOf("data: ") + 6).strip()));
			resumeAt = to.resumeAt();
			seq = to.seq();
		}

		List<String> ids() {
			return messages.stream().map(message -> message.id().id()).toList();
		}

		void assertGrowingIds() {
			assertGrowing(messages.stream().map(Message::id).toList());
		}

		void awaitNumber(long number, Duration within) throws InterruptedException {
			long ends = System.nanoTime() + within.toNanos();
			while (seq < number) {
				assertThat(System.nanoTime()).as("number %d within %s (at %d)", number, within, seq).isLessThan(ends);
				Thread.sleep(5);
			}
		}

		void awaitResumeAt(long number, Duration within) throws InterruptedException {
			long ends = System.nanoTime() + within.toNanos();
			while (resumeAt < number) {
				assertThat(System.nanoTime()).as("id %d within %s (at %d)", number, within, resumeAt).isLessThan(ends);
				Thread.sleep(5);
			}
		}

		void stop() throws InterruptedException {
			thread.interrupt();
			thread.join(2_000);
		}
	}
}
