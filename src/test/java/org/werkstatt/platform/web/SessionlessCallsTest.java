package org.werkstatt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which requests go past the HTTP session: the participants' script calls and the phones' streams, nothing else. */
class SessionlessCallsTest {

	@Test
	void thePhonesStreamsOfACodeAndNoOtherAddress() {
		assertThat(SessionlessCalls.STREAMS.matches(get("/live/DEMO/stream"))).isTrue();
		assertThat(SessionlessCalls.STREAMS.matches(get("/live/ab-12/stream"))).isTrue();
		assertThat(SessionlessCalls.STREAMS.matches(get("/live/stream"))).as("the wall of a code 'stream'").isFalse();
		assertThat(SessionlessCalls.STREAMS.matches(get("/live/DEMO"))).isFalse();
		assertThat(SessionlessCalls.STREAMS.matches(get("/live/DEMO/stream/x"))).isFalse();
		assertThat(SessionlessCalls.STREAMS.matches(get("/live/../manage/jc/events/1/live/stream"))).isFalse();
		assertThat(SessionlessCalls.STREAMS.matches(get("/manage/jc/events/1/live/stream"))).as("the console's").isFalse();
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/live/DEMO/stream");
		assertThat(SessionlessCalls.STREAMS.matches(post)).isFalse();
	}

	private static MockHttpServletRequest get(String path) {
		return new MockHttpServletRequest("GET", path);
	}
}
