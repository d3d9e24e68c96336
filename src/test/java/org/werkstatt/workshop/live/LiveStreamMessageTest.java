package org.werkstatt.workshop.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The bytes a stream writes are the message, each subject once with its newest state, in order. */
class LiveStreamMessageTest {

	@Test
	void writesTheSameMessageFromTheEntriesBytes() throws IOException {
		List<Feed.Entry> entries = List.of(new Feed.Entry(4, "idea:a", "{\"score\":1}", "{\"score\":1,\"m\":1}"),
				new Feed.Entry(5, "idea:b", "{\"t\":\"für\"}", "{\"t\":\"für\"}"),
				new Feed.Entry(6, "idea:a", "{\"score\":2}", "{\"score\":2,\"m\":1}"), new Feed.Entry(7, "session", "{}", "{}"));
		for (LiveStream.Audience audience : LiveStream.Audience.values()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			LiveStream.write(out, 7, entries, audience);
			assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(LiveStream.message(7, entries, audience));
		}
		assertThat(LiveStream.message(7, entries, LiveStream.Audience.PARTICIPANTS))
			.isEqualTo("id: 7\ndata: [{\"t\":\"für\"},{\"score\":2},{}]\n\n");
		assertThat(new Feed.Entry(4, "idea:a", "{}", "{}")).isEqualTo(new Feed.Entry(4, "idea:a", "{}", "{}"))
			.hasSameHashCodeAs(new Feed.Entry(4, "idea:a", "{}", "{}"));
	}
}
