package org.werkstatt.workshop.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A feed publishes changes at most every {@link Feed#COALESCE} and encodes each publication once. */
class FeedTest {

	private final ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor();

	@AfterEach
	void stop() {
		publisher.shutdownNow();
	}

	@Test
	void publishesTheFirstChangeAtOnceAndBurstsAfterTheInterval() throws InterruptedException {
		Feed feed = new Feed(UUID.randomUUID(), 10, publisher);
		feed.append(List.of(entry(11, "idea:a")));
		assertThat(feed.after(10)).extracting(Feed.Entry::seq).containsExactly(11L);

		long appended = System.nanoTime();
		feed.append(List.of(entry(12, "idea:a"), entry(13, "idea:b")));
		feed.append(List.of(entry(14, "idea:a")));
		assertThat(feed.after(11)).as("a burst right after a publication waits").isEmpty();

		Feed.Publication burst = awaitNewest(feed, 11, LiveStream.Audience.MODERATORS);
		long waited = System.nanoTime() - appended;
		assertThat(burst.from()).isEqualTo(11);
		assertThat(burst.to()).isEqualTo(14);
		assertThat(feed.after(11)).as("each subject once, with its newest state").extracting(Feed.Entry::seq).containsExactly(13L, 14L);
		assertThat(waited).isLessThan(Feed.COALESCE.toNanos() + 500_000_000L);
		assertThat(feed.published()).isEqualTo(14);
	}

	@Test
	void clientsThatWereUpToDateShareOnePublicationEncodedOnce() throws InterruptedException {
		Feed feed = new Feed(UUID.randomUUID(), 0);
		feed.append(List.of(entry(1, "idea:a"), entry(2, "idea:b"), entry(3, "idea:a")));

		Feed.Publication first = feed.newest(0, LiveStream.Audience.MODERATORS);
		assertThat(feed.newest(0, LiveStream.Audience.MODERATORS)).isSameAs(first);
		assertThat(first.from()).isZero();
		assertThat(first.to()).isEqualTo(3);
		assertThat(new String(first.message(LiveStream.Audience.PARTICIPANTS), java.nio.charset.StandardCharsets.UTF_8))
			.isEqualTo("id: 3\ndata: [{\"k\":\"idea:b\"},{\"k\":\"idea:a\"}]\n\n");
		assertThat(feed.newest(3, LiveStream.Audience.MODERATORS)).as("nothing newer").isNull();
		assertThat(feed.after(1)).as("a client further behind gets what it missed")
			.extracting(Feed.Entry::seq)
			.containsExactly(2L, 3L);
	}

	@Test
	void followersAreWokenOnTheWakersThreadsByPublicationsOfTheirAudienceAndWhenTheFeedCloses() {
		Feed feed = new Feed(UUID.randomUUID(), 5, publisher);
		java.util.Queue<Runnable> tasks = new java.util.ArrayDeque<>();
		feed.onWake(tasks::add);
		java.util.concurrent.atomic.AtomicInteger screen = new java.util.concurrent.atomic.AtomicInteger();
		java.util.concurrent.atomic.AtomicInteger phone = new java.util.concurrent.atomic.AtomicInteger();
		Feed.Follower projector = screen::incrementAndGet;
		feed.follow(LiveStream.Audience.PROJECTOR, projector);
		feed.follow(LiveStream.Audience.PARTICIPANTS, phone::incrementAndGet);
		assertThat(feed.unusedFor(0)).as("followed").isFalse();
		Feed asked = new Feed(UUID.randomUUID(), 5);
		asked.used();
		assertThat(asked.unusedFor(java.time.Duration.ofMinutes(1).toNanos())).as("just given out").isFalse();
		assertThat(asked.unusedFor(-1)).as("nobody follows it").isTrue();

		feed.append(List.of(entry(6, "idea:a")));
		assertThat(screen.get()).as("woken on the waker, not on the publishing thread").isZero();
		runAll(tasks);
		assertThat(screen.get()).isEqualTo(1);
		assertThat(phone.get()).as("the first card after a quiet spell reaches phones at once").isEqualTo(1);
		assertThat(feed.newest(5, LiveStream.Audience.PROJECTOR).to()).isEqualTo(6);

		feed.unfollow(LiveStream.Audience.PROJECTOR, projector);
		feed.close();
		runAll(tasks);
		assertThat(screen.get()).as("no longer following").isEqualTo(1);
		assertThat(phone.get()).isEqualTo(2);
		assertThat(feed.closed()).isTrue();
	}

	@Test
	void aThousandFollowersAreWokenInBatches() {
		Feed feed = new Feed(UUID.randomUUID(), 0);
		List<Runnable> tasks = new java.util.ArrayList<>();
		feed.onWake(tasks::add);
		java.util.concurrent.atomic.AtomicInteger woken = new java.util.concurrent.atomic.AtomicInteger();
		for (int i = 0; i < 1_000; i++) {
			feed.follow(LiveStream.Audience.MODERATORS, woken::incrementAndGet);
		}
		feed.append(List.of(entry(1, "idea:a")));
		assertThat(tasks).hasSize((1_000 + Feed.WAKE_BATCH - 1) / Feed.WAKE_BATCH);
		tasks.forEach(Runnable::run);
		assertThat(woken.get()).isEqualTo(1_000);
	}

	@Test
	void aClientThatWasAwayGetsTheNewestStateOfWhatChangedSinceItsNumberOnceAndShared() {
		Feed feed = new Feed(UUID.randomUUID(), 0);
		feed.append(List.of(entry(1, "idea:a"), entry(2, "idea:b"), entry(3, "idea:a"), entry(4, "wall:w")));
		feed.append(List.of(entry(5, "idea:b"), entry(6, "score:a")));

		Feed.CatchUp fromTwo = feed.catchUp(2);
		assertThat(fromTwo.to()).isEqualTo(Feed.Position.at(6));
		assertThat(new String(fromTwo.message(LiveStream.Audience.PARTICIPANTS), java.nio.charset.StandardCharsets.UTF_8))
			.as("a, w, b and the score, each once, in the order of their numbers; nothing it had")
			.isEqualTo("id: 6\ndata: [{\"k\":\"idea:a\"},{\"k\":\"wall:w\"},{\"k\":\"idea:b\"},{\"k\":\"score:a\"}]\n\n");
		assertThat(feed.catchUp(2)).as("made once for every client with that number").isSameAs(fromTwo);
		assertThat(fromTwo.message(LiveStream.Audience.PROJECTOR)).as("encoded once for phones and the projector")
			.isSameAs(fromTwo.message(LiveStream.Audience.PARTICIPANTS));
		assertThat(feed.catchUp(5).to()).isEqualTo(Feed.Position.at(6));
		assertThat(feed.after(5)).extracting(Feed.Entry::key).containsExactly("score:a");
		assertThat(feed.catchUp(6).isEmpty()).isTrue();

		feed.append(List.of(entry(7, "idea:a")));
		assertThat(feed.catchUp(2)).as("a new publication, a new message").isNotSameAs(fromTwo);
		assertThat(feed.after(2)).extracting(Feed.Entry::seq).containsExactly(4L, 5L, 6L, 7L);
	}

	@Test
	void eachPublicationLeadsToTheNextSoThatAClientThatMissedOneWritesTheSharedMessagesInTurn() {
		Feed feed = new Feed(UUID.randomUUID(), 0);
		feed.append(List.of(entry(1, "idea:a")));
		Feed.Publication first = feed.newest(0, LiveStream.Audience.MODERATORS);
		assertThat(first.next(LiveStream.Audience.MODERATORS)).as("nothing after it yet").isNull();
		feed.append(List.of(entry(2, "idea:b")));
		feed.append(List.of(entry(3, "idea:c")));

		Feed.Publication second = first.next(LiveStream.Audience.MODERATORS);
		Feed.Publication third = second.next(LiveStream.Audience.MODERATORS);
		assertThat(List.of(second.from(), second.to(), third.from(), third.to())).containsExactly(1L, 2L, 2L, 3L);
		assertThat(third.next(LiveStream.Audience.MODERATORS)).isNull();
		assertThat(feed.newest(1, LiveStream.Audience.MODERATORS)).isSameAs(third);
		assertThat(second.covers(1, 1)).isTrue();
		assertThat(third.covers(1, 1)).as("a client that missed the second does not get the third alone").isFalse();
		assertThat(third.covers(2, 2)).isTrue();
		assertThat(third.beyond(3, 3)).as("nothing new for a client that has 3").isFalse();
		assertThat(first.next(LiveStream.Audience.PARTICIPANTS)).as("phones' publications are linked in their own order")
			.isSameAs(second);
	}

	@Test
	void aClientBehindByPublicationsWritesThemAsOneMessageMadeOnceForEveryClientAtItsPlace() {
		Feed feed = new Feed(UUID.randomUUID(), 0);
		feed.append(List.of(entry(1, "idea:a")));
		Feed.Publication first = feed.newest(0, LiveStream.Audience.MODERATORS);
		Feed.Joined alone = first.joined(LiveStream.Audience.MODERATORS);
		assertThat(alone.through()).isSameAs(first);
		assertThat(alone.messages()).isEqualTo(1);
		assertThat(alone.message()).as("nothing after it: its own message")
			.isSameAs(first.message(LiveStream.Audience.MODERATORS));

		feed.append(List.of(entry(2, "idea:b")));
		feed.append(List.of(entry(3, "idea:c")));
		Feed.Publication second = first.next(LiveStream.Audience.MODERATORS);
		Feed.Publication third = second.next(LiveStream.Audience.MODERATORS);
		for (LiveStream.Audience audience : LiveStream.Audience.values()) {
			Feed.Joined joined = first.joined(audience);
			assertThat(joined.through()).as(audience.name()).isSameAs(third);
			assertThat(joined.messages()).isEqualTo(3);
			assertThat(text(joined.message())).as("the messages one after the other, each with its id")
				.isEqualTo(text(first.message(audience)) + text(second.message(audience)) + text(third.message(audience)))
				.contains("id: 1\n", "id: 2\n", "id: 3\n");
			assertThat(first.joined(audience)).as("made once for every client at that place").isSameAs(joined);
		}
		assertThat(text(first.joined(LiveStream.Audience.PROJECTOR).message())).as("the projector's are the phones' bytes")
			.isEqualTo(text(first.joined(LiveStream.Audience.PARTICIPANTS).message()));

		first.writtenThrough(third, LiveStream.Audience.MODERATORS);
		assertThat(List.of(first, second, third)).as("each of them written, for its lag")
			.allMatch(publication -> publication.lastWrite().get() > 0);

		feed.append(List.of(entry(4, "idea:d")));
		Feed.Joined longer = first.joined(LiveStream.Audience.MODERATORS);
		assertThat(longer.messages()).as("a newer publication: a new message").isEqualTo(4);
		assertThat(longer.through().to()).isEqualTo(4);
		assertThat(second.joined(LiveStream.Audience.MODERATORS).messages()).as("from a later place").isEqualTo(3);
	}

	@Test
	void withoutPhonesThePublicationsThePhonesWouldShareReportTheirLagOnce() {
		Feed feed = new Feed(UUID.randomUUID(), 0);
		List<Long> lags = new java.util.ArrayList<>();
		feed.onLag(lags::add);
		java.util.Queue<Runnable> waker = new java.util.ArrayDeque<>();
		feed.onWake(waker::add);
		Feed.Follower projector = new Feed.Follower() {
			long seq;

			@Override
			public void wake() {
				Feed.Publication publication = feed.newest(seq, LiveStream.Audience.PROJECTOR);
				if (publication != null) {
					publication.written();
					seq = publication.to();
				}
			}
		};
		feed.follow(LiveStream.Audience.PROJECTOR, projector);
		feed.append(List.of(entry(1, "idea:a")), System.nanoTime());
		assertThat(feed.newest(0, LiveStream.Audience.PARTICIPANTS)).as("the phones' publication, which no phone writes")
			.isSameAs(feed.newest(0, LiveStream.Audience.PROJECTOR));
		runAll(waker);
		feed.reportQuietLag();
		assertThat(lags).as("no round of phones reports it: the quiet second does").hasSize(1);
		feed.reportQuietLag();
		feed.append(List.of(entry(2, "idea:b")), System.nanoTime());
		runAll(waker);
		assertThat(lags).as("each once").hasSize(1);
		feed.append(List.of(entry(3, "idea:c")), System.nanoTime());
		assertThat(lags).as("the one before, when the next is made").hasSize(2);
	}

	@Test
	void aPublicationCoversAClientThatHasItsStartAndDoesNotTakeEitherNumberOfItsIdBack() {
		byte[] none = new byte[0];
		// cards 6 to 8 while scores after 4 wait: the id 4.8
		Feed.Publication cards = new Feed.Publication(5, 8, 4, 4, none, none, 0, new java.util.concurrent.atomic.AtomicLong());
		assertThat(cards.covers(5, 4)).isTrue();
		assertThat(cards.covers(6, 4)).as("further on: card 6 again, and not the newer score it may have had")
			.isFalse();
		assertThat(cards.covers(6, 5)).as("it has every change up to 5: the id's first number would go back").isFalse();
		assertThat(cards.covers(4, 4)).as("it misses card 5").isFalse();
		assertThat(cards.covers(5, 3)).as("it misses changes before 4").isFalse();
		// every change up to 8, with the id 8: a client further on gets cards 6 and 7 again, and their newer scores
		Feed.Publication all = new Feed.Publication(5, 8, 4, 8, none, none, 0, new java.util.concurrent.atomic.AtomicLong());
		assertThat(all.covers(6, 6)).isTrue();
		assertThat(all.covers(8, 7)).as("a newer score").isTrue();
		assertThat(all.covers(8, 8)).as("nothing new").isFalse();
		assertThat(all.covers(9, 9)).as("further on than its end: the id's numbers would go back").isFalse();
		// cards with the id 7.8 (the scores after 7 wait)
		Feed.Publication withId = new Feed.Publication(5, 8, 4, 7, none, none, 0, new java.util.concurrent.atomic.AtomicLong());
		assertThat(withId.covers(5, 6)).isTrue();
		assertThat(withId.covers(5, 7)).as("the cards' number moves on").isTrue();
		assertThat(withId.covers(6, 6)).as("further on, and not every change").isFalse();
	}

	@Test
	void anIdIsOneNumberOrTwoAndAnythingElseIsNone() {
		assertThat(Feed.Position.parse("6300")).isEqualTo(Feed.Position.at(6300));
		assertThat(Feed.Position.parse(" 6300.6320 ")).isEqualTo(new Feed.Position(6300, 6320));
		assertThat(new Feed.Position(6300, 6320).id()).isEqualTo("6300.6320");
		assertThat(Feed.Position.at(6300).id()).isEqualTo("6300");
		assertThat(Feed.Position.parse("6320.6300")).as("cards behind every change: no more than the first")
			.isEqualTo(Feed.Position.at(6320));
		for (String none : List.of("", "abc", "-1", "1.", ".1", "1.2.3", "1e3", "+5", "1234567890123456789", "1.x")) {
			assertThat(Feed.Position.parse(none)).as("'%s'", none).isNull();
		}
	}

	@Test
	void aFeedStartedFromASnapshotServesAnyNumberAndOneWithoutSendsOlderClientsToReload() {
		Feed started = new Feed(UUID.randomUUID(), 10, null,
				List.of(entry(3, "wall:w"), entry(8, "idea:a"), entry(10, "session")));
		assertThat(started.after(0)).extracting(Feed.Entry::seq).containsExactly(3L, 8L, 10L);
		assertThat(started.catchUp(5).to()).isEqualTo(Feed.Position.at(10));
		assertThat(started.after(9)).extracting(Feed.Entry::key).containsExactly("session");

		Feed bare = new Feed(UUID.randomUUID(), 10);
		assertThat(bare.catchUp(9)).isNull();
		assertThat(bare.after(9)).isNull();
		assertThat(bare.catchUp(10).isEmpty()).isTrue();
	}

	/**
	 * Follows the feed as a stream does until a publication beyond {@code seq} comes: {@code null} after 5 s or once
	 * the feed is closed.
	 */
	static Feed.@org.jspecify.annotations.Nullable Publication awaitNewest(Feed feed, long seq, LiveStream.Audience audience) {
		return awaitNewest(feed, seq, seq, audience);
	}

	/** The newest publication beyond {@code seq} or {@code resumeAt} ({@link Feed#newest(long, long, LiveStream.Audience)}). */
	static Feed.@org.jspecify.annotations.Nullable Publication awaitNewest(Feed feed, long seq, long resumeAt,
			LiveStream.Audience audience) {
		java.util.concurrent.Semaphore woken = new java.util.concurrent.Semaphore(0);
		Feed.Follower follower = woken::release;
		feed.follow(audience, follower);
		try {
			long deadline = System.nanoTime() + 5_000_000_000L;
			while (!feed.closed()) {
				Feed.Publication newest = feed.newest(seq, resumeAt, audience);
				if (newest != null) {
					return newest;
				}
				if (!woken.tryAcquire(deadline - System.nanoTime(), java.util.concurrent.TimeUnit.NANOSECONDS)) {
					return null;
				}
			}
			return null;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		finally {
			feed.unfollow(audience, follower);
		}
	}

	private static Feed.Entry entry(long seq, String key) {
		String json = "{\"k\":\"" + key + "\"}";
		return Feed.Entry.of(seq, key, json, json);
	}

	private static String text(byte[] bytes) {
		return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
	}

	/** Runs the waker's tasks, and those they give it (a round of phones wakes them in batches), until none is left. */
	static void runAll(java.util.Queue<Runnable> tasks) {
		for (Runnable task; (task = tasks.poll()) != null;) {
			task.run();
		}
	}
}
