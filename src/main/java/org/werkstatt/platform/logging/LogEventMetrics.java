package org.werkstatt.platform.logging;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Counts the log events by level as {@code logback.events} (Prometheus: {@code logback_events_total{level}}), the
 * meter Micrometer's {@code LogbackMetrics} gives, which Spring Boot would install and which is left out
 * ({@code spring.autoconfigure.exclude}). That one counts in a logback turbo filter, and a turbo filter runs at
 * every {@code isDebugEnabled()} of every logger: Jetty asks several times for each write of each live stream, and
 * with 10,000 phones the filter took 7.6 % of the server's Java samples (docs/performance.md). This counts in an
 * appender on the root logger, which sees only the events that are logged.
 */
@Component
class LogEventMetrics implements MeterBinder, DisposableBean {

	enum Counted {
		ERROR, WARN, INFO, DEBUG, TRACE
	}

	private final Map<Counted, Counter> counters = new EnumMap<>(Counted.class);
	private final Counting appender = new Counting();
	private @Nullable Logger root;

	@Override
	public void bindTo(MeterRegistry registry) {
		for (Counted level : Counted.values()) {
			counters.put(level, Counter.builder("logback.events")
				.tag("level", level.name().toLowerCase())
				.description("Number of log events that were enabled by the effective log level")
				.baseUnit("events")
				.register(registry));
		}
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context && root == null) {
			appender.setContext(context);
			appender.setName("werkstatt-log-event-metrics");
			appender.start();
			root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
			root.addAppender(appender);
		}
	}

	@Override
	public void destroy() {
		Logger attached = root;
		if (attached != null) {
			attached.detachAppender(appender);
			appender.stop();
		}
	}

	private final class Counting extends AppenderBase<ILoggingEvent> {

		@Override
		protected void append(ILoggingEvent event) {
			Counter counter = counters.get(switch (event.getLevel().toInt()) {
				case Level.ERROR_INT -> Counted.ERROR;
				case Level.WARN_INT -> Counted.WARN;
				case Level.INFO_INT -> Counted.INFO;
				case Level.DEBUG_INT -> Counted.DEBUG;
				default -> Counted.TRACE;
			});
			if (counter != null) {
				counter.increment();
			}
		}
	}
}
