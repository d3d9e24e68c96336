package org.werkstatt.workshop.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.werkstatt.platform.web.SessionlessCalls;

/**
 * The participants' script calls are timed as {@code werkstatt.live.write} only; every other request keeps its
 * {@code http.server.requests} observation. (Checked here rather than by counting the meters: the registry makes
 * series for at most 100 {@code uri} tags ({@code management.metrics.web.server.max-uri-tags}), and a count taken
 * late in the full test run did not grow even for a form's dot.)
 */
class LiveObservationsTest {

	private final ObservationPredicate predicate = new LiveObservations().liveScriptCallsTimedOnce();

	@Test
	void aScriptsCallIsLeftOutOfTheRequestObservationAndEverythingElseIsKept() {
		assertThat(observed(scriptCall("/live/DEMO/ideas/" + java.util.UUID.randomUUID() + "/dot"))).isFalse();
		assertThat(observed(scriptCall("/live/DEMO/ideas"))).as("a posted idea").isFalse();

		MockHttpServletRequest form = scriptCall("/live/DEMO/ideas/" + java.util.UUID.randomUUID() + "/dot");
		form.removeHeader(SessionlessCalls.HEADER);
		assertThat(observed(form)).as("the same dot as a form, without the script").isTrue();
		MockHttpServletRequest page = new MockHttpServletRequest("GET", "/live/DEMO");
		assertThat(observed(page)).as("a page").isTrue();
		MockHttpServletRequest elsewhere = scriptCall("/logout");
		assertThat(observed(elsewhere)).as("the header outside /live/").isTrue();
		assertThat(predicate.test("some.other.observation", new Observation.Context())).isTrue();
	}

	private boolean observed(MockHttpServletRequest request) {
		return predicate.test("http.server.requests", new ServerRequestObservationContext(request, new MockHttpServletResponse()));
	}

	private static MockHttpServletRequest scriptCall(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.addHeader(SessionlessCalls.HEADER, "live");
		request.addHeader("Accept", "application/json");
		return request;
	}
}
