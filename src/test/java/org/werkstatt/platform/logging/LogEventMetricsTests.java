package org.werkstatt.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.werkstatt.FullStackTest;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The log events are counted by level, without a turbo filter on every logger's level check. */
class LogEventMetricsTests extends FullStackTest {

	@Autowired
	MeterRegistry registry;

	@Test
	void theApplicationCountsWarningsAndErrorsWithoutATurboFilterAtEveryLevelCheck() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		assertThat(context.getTurboFilterList()).as("nothing runs at every isDebugEnabled()").isEmpty();
		org.slf4j.Logger log = LoggerFactory.getLogger(LogEventMetricsTests.class);
		double warnings = count(registry, "warn");
		double errors = count(registry, "error");
		log.warn("counted as a warning");
		log.error("counted as an error");
		assertThat(count(registry, "warn")).isEqualTo(warnings + 1);
		assertThat(count(registry, "error")).isEqualTo(errors + 1);
	}

	@Test
	void eventsAreCountedByLevelOnlyWhenLoggedAndAgainAfterLogbackLostItsAppenders() {
		LoggerContext context = new LoggerContext();
		context.start();
		Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.setLevel(Level.INFO);
		LogEventMetrics metrics = new LogEventMetrics(context);
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		metrics.bindTo(meters);
		Logger log = context.getLogger("werkstatt.test");
		log.info("one");
		log.warn("two");
		log.debug("below the level: not logged, not counted");
		assertThat(count(meters, "info")).isEqualTo(1);
		assertThat(count(meters, "warn")).isEqualTo(1);
		assertThat(count(meters, "debug")).isZero();

		// as when Spring Boot configures logback again for another application in the same process
		context.reset();
		root.setLevel(Level.INFO);
		assertThat(count(meters, "warn")).as("reading the counts puts the appender back").isEqualTo(1);
		log.warn("three");
		assertThat(count(meters, "warn")).isEqualTo(2);
		metrics.destroy();
		log.warn("after the end: not counted");
		assertThat(metrics.count(LogEventMetrics.Counted.WARN)).isEqualTo(2);
		log.warn("nor after the counts were read once more: the appender stays off");
		assertThat(metrics.count(LogEventMetrics.Counted.WARN)).isEqualTo(2);
	}

	private static double count(MeterRegistry registry, String level) {
		return registry.get("logback.events").tag("level", level).functionCounter().count();
	}
}
