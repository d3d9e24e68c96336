package org.werkstatt.workshop.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The bytes a stream writes are the message, each subject once with its newest state, in order. */
class LiveStreamMessageTest {

	@Test
	void writesEachSubjectOnceWithItsNewestStateForEachAudience() {
		List<Feed.Entry> entries = List.of(Feed.Entry.of(4, "idea:a", "{\"score\":1}", "{\"score\":1,\"m\":1}"),
				Feed.Entry.of(5, "idea:b", "{\"t\":\"für\"}", "{\"t\":\"für\"}"),
				Feed.Entry.of(6, "idea:a", "{\"score\":2}", "{\"score\":2,\"m\":1}"), Feed.Entry.of(7, "session", "{}", "{}"));
		assertThat(written(entries, LiveStream.Audience.PARTICIPANTS))
			.isEqualTo("id: 7\ndata: [{\"t\":\"für\"},{\"score\":2},{}]\n\n");
		assertThat(written(entries, LiveStream.Audience.MODERATORS))
			.isEqualTo("id: 7\ndata: [{\"t\":\"für\"},{\"score\":2,\"m\":1},{}]\n\n");
		Feed.Entry same = Feed.Entry.of(4, "wall:w", "{}", "{}");
		assertThat(same.forModerators()).as("one encoding when both renderings agree").isSameAs(same.forParticipants());
	}

	private static String written(List<Feed.Entry> entries, LiveStream.Audience audience) {
		return new String(LiveStream.message(7, entries, audience), StandardCharsets.UTF_8);
	}
}
