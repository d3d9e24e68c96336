package org.werkstatt.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.werkstatt.FullStackTest;

import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.MeterRegistry;

/** The log events are counted by level, without a turbo filter on every logger's level check. */
class LogEventMetricsTests extends FullStackTest {

	private static final Logger log = LoggerFactory.getLogger(LogEventMetricsTests.class);

	@Autowired
	MeterRegistry registry;

	@Test
	void warningsAndErrorsAreCountedByAnAppenderAndNoTurboFilterRunsAtEveryLevelCheck() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		assertThat(context.getTurboFilterList()).as("nothing runs at every isDebugEnabled()").isEmpty();
		double warnings = count("warn");
		double errors = count("error");
		double debug = count("debug");
		log.warn("counted as a warning");
		log.error("counted as an error");
		log.debug("below this logger's level: not logged, not counted");
		assertThat(count("warn")).isEqualTo(warnings + 1);
		assertThat(count("error")).isEqualTo(errors + 1);
		assertThat(count("debug")).isEqualTo(debug);
	}

	private double count(String level) {
		return registry.get("logback.events").tag("level", level).counter().count();
	}
}
