package org.werkstatt.workshop.live;

import io.micrometer.observation.ObservationPredicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.werkstatt.platform.web.SessionlessCalls;

/**
 * The participants' script calls (ideas and dots, {@link SessionlessCalls}) are timed once, as
 * {@code werkstatt.live.write} ({@link LiveWriteTiming}, a histogram per action), and not again as
 * {@code http.server.requests}: that observation took about a ninth of a dot's processor time in the live benchmark.
 */
@Configuration(proxyBeanMethods = false)
class LiveObservations {

	@Bean
	ObservationPredicate liveScriptCallsTimedOnce() {
		return (name, context) -> !(context instanceof ServerRequestObservationContext request
				&& SessionlessCalls.MATCHER.matches(request.getCarrier()));
	}
}
