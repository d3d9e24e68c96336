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
		assertThat(feed.after(10, 0)).extracting(Feed.Entry::seq).containsExactly(11L);

		long appended = System.nanoTime();
		feed.append(List.of(entry(12, "idea:a"), entry(13, "idea:b")));
		feed.append(List.of(entry(14, "idea:a")));
		assertThat(feed.after(11, 0)).as("a burst right after a publication waits").isEmpty();

		List<Feed.Entry> burst = feed.after(11, 2_000);
		long waited = System.nanoTime() - appended;
		assertThat(burst).extracting(Feed.Entry::seq).containsExactly(12L, 13L, 14L);
		assertThat(waited).isLessThan(Feed.COALESCE.toNanos() + 500_000_000L);
		assertThat(feed.published()).isEqualTo(14);
	}

	@Test
	void clientsThatWereUpToDateShareOneEncodedMessage() throws InterruptedException {
		Feed feed = new Feed(UUID.randomUUID(), 0);
		feed.append(List.of(entry(1, "idea:a"), entry(2, "idea:b"), entry(3, "idea:a")));

		byte[] first = feed.message(0, feed.after(0, 0), LiveStream.Audience.PARTICIPANTS);
		byte[] second = feed.message(0, feed.after(0, 0), LiveStream.Audience.PARTICIPANTS);
		byte[] behind = feed.message(1, feed.after(1, 0), LiveStream.Audience.PARTICIPANTS);

		assertThat(second).isSameAs(first);
		assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8))
			.isEqualTo("id: 3\ndata: [{\"k\":\"idea:b\"},{\"k\":\"idea:a\"}]\n\n");
		assertThat(behind).isNotSameAs(first).isEqualTo(first);
		assertThat(feed.message(0, feed.after(0, 0), LiveStream.Audience.MODERATORS)).isNotSameAs(first);
	}

	private static Feed.Entry entry(long seq, String key) {
		String json = "{\"k\":\"" + key + "\"}";
		return Feed.Entry.of(seq, key, json, json);
	}
}
