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

		Feed.Publication burst = feed.next(11, 2_000, LiveStream.Audience.MODERATORS);
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

		Feed.Publication first = feed.next(0, 0, LiveStream.Audience.MODERATORS);
		assertThat(feed.next(0, 0, LiveStream.Audience.MODERATORS)).isSameAs(first);
		assertThat(first.from()).isZero();
		assertThat(first.to()).isEqualTo(3);
		assertThat(new String(first.message(LiveStream.Audience.PARTICIPANTS), java.nio.charset.StandardCharsets.UTF_8))
			.isEqualTo("id: 3\ndata: [{\"k\":\"idea:b\"},{\"k\":\"idea:a\"}]\n\n");
		assertThat(feed.next(3, 0, LiveStream.Audience.MODERATORS)).as("nothing newer").isSameAs(Feed.NOTHING);
		assertThat(feed.after(1)).as("a client further behind gets what it missed")
			.extracting(Feed.Entry::seq)
			.containsExactly(2L, 3L);
	}

	@Test
	void aWaitingClientWakesForThePublicationAndWhenTheFeedCloses() throws Exception {
		Feed feed = new Feed(UUID.randomUUID(), 5);
		var waiter = java.util.concurrent.CompletableFuture.supplyAsync(() -> next(feed, 5));
		Thread.sleep(50);
		feed.append(List.of(entry(6, "idea:a")));
		assertThat(waiter.get(2, java.util.concurrent.TimeUnit.SECONDS).to()).isEqualTo(6);

		var closing = java.util.concurrent.CompletableFuture.supplyAsync(() -> next(feed, 6));
		Thread.sleep(50);
		feed.close();
		assertThat(closing.get(2, java.util.concurrent.TimeUnit.SECONDS)).isNull();
	}

	@Test
	void aClientThatWasAwayGetsTheNewestStateOfWhatChangedSinceItsNumberOnceAndShared() {
		Feed feed = new Feed(UUID.randomUUID(), 0);
		feed.append(List.of(entry(1, "idea:a"), entry(2, "idea:b"), entry(3, "idea:a"), entry(4, "wall:w")));
		feed.append(List.of(entry(5, "idea:b"), entry(6, "score:a")));

		Feed.CatchUp fromTwo = feed.catchUp(2);
		assertThat(fromTwo.to()).isEqualTo(6);
		assertThat(new String(fromTwo.message(LiveStream.Audience.PARTICIPANTS), java.nio.charset.StandardCharsets.UTF_8))
			.as("a, w, b and the score, each once, in the order of their numbers; nothing it had")
			.isEqualTo("id: 6\ndata: [{\"k\":\"idea:a\"},{\"k\":\"wall:w\"},{\"k\":\"idea:b\"},{\"k\":\"score:a\"}]\n\n");
		assertThat(feed.catchUp(2)).as("made once for every client with that number").isSameAs(fromTwo);
		assertThat(fromTwo.message(LiveStream.Audience.PROJECTOR)).as("encoded once for phones and the projector")
			.isSameAs(fromTwo.message(LiveStream.Audience.PARTICIPANTS));
		assertThat(feed.catchUp(5).to()).isEqualTo(6);
		assertThat(feed.after(5)).extracting(Feed.Entry::key).containsExactly("score:a");
		assertThat(feed.catchUp(6).isEmpty()).isTrue();

		feed.append(List.of(entry(7, "idea:a")));
		assertThat(feed.catchUp(2)).as("a new publication, a new message").isNotSameAs(fromTwo);
		assertThat(feed.after(2)).extracting(Feed.Entry::seq).containsExactly(4L, 5L, 6L, 7L);
	}

	@Test
	void aFeedStartedFromASnapshotServesAnyNumberAndOneWithoutSendsOlderClientsToReload() {
		Feed started = new Feed(UUID.randomUUID(), 10, null,
				List.of(entry(3, "wall:w"), entry(8, "idea:a"), entry(10, "session")));
		assertThat(started.after(0)).extracting(Feed.Entry::seq).containsExactly(3L, 8L, 10L);
		assertThat(started.catchUp(5).to()).isEqualTo(10);
		assertThat(started.after(9)).extracting(Feed.Entry::key).containsExactly("session");

		Feed bare = new Feed(UUID.randomUUID(), 10);
		assertThat(bare.catchUp(9)).isNull();
		assertThat(bare.after(9)).isNull();
		assertThat(bare.catchUp(10).isEmpty()).isTrue();
	}

	private static Feed.Publication next(Feed feed, long seq) {
		try {
			return feed.next(seq, 5_000, LiveStream.Audience.MODERATORS);
		}
		catch (InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Feed.Entry entry(long seq, String key) {
		String json = "{\"k\":\"" + key + "\"}";
		return Feed.Entry.of(seq, key, json, json);
	}
}
