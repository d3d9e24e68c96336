package org.werkstatt.platform.logging;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Counts the log events by level as {@code logback.events} (Prometheus: {@code logback_events_total{level}}), the
 * meter Micrometer's {@code LogbackMetrics} gives, which Spring Boot would install and which is left out
 * ({@code spring.autoconfigure.exclude}). That one counts in a logback turbo filter, and a turbo filter runs at
 * every {@code isDebugEnabled()} of every logger: Jetty asks several times for each write of each live stream, and
 * with 10,000 phones the filter took 7.6 % of the server's Java samples (docs/performance.md). This counts in an
 * appender on the root logger, which sees only the events that are logged: those of every logger that passes its
 * events on to the root (all of this application's; a logger configured with {@code additivity="false"} would not
 * be counted).
 * <p>
 * Logback loses its appenders when it is configured again (Spring Boot does so when another application starts in
 * the same process, as in the tests); the appender is put back whenever the counts are read, so it misses at most
 * what was logged in between.
 */
@Component
class LogEventMetrics implements MeterBinder, DisposableBean {

	enum Counted {
		ERROR, WARN, INFO, DEBUG, TRACE
	}

	private final Map<Counted, LongAdder> counts = new EnumMap<>(Counted.class);
	private final Counting appender = new Counting();
	private final @Nullable Logger root;
	/** Destroyed: the appender stays off. */
	private boolean closed;

	LogEventMetrics() {
		this(LoggerFactory.getILoggerFactory() instanceof LoggerContext context ? context : null);
	}

	/** Counting the events of {@code context} (tests: a context of their own); none outside logback. */
	LogEventMetrics(@Nullable LoggerContext context) {
		for (Counted level : Counted.values()) {
			counts.put(level, new LongAdder());
		}
		if (context == null) {
			root = null;
			return;
		}
		appender.setContext(context);
		appender.setName("werkstatt-log-event-metrics");
		root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		attached();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (Counted level : Counted.values()) {
			FunctionCounter.builder("logback.events", this, metrics -> metrics.count(level))
				.tag("level", level.name().toLowerCase())
				.description("Number of log events that were enabled by the effective log level")
				.baseUnit("events")
				.register(registry);
		}
	}

	/** The events of that level logged so far (while the appender was on the root logger). */
	double count(Counted level) {
		attached();
		return counts.get(level).doubleValue();
	}

	/** Puts the appender (back) on the root logger if it is not there. */
	private synchronized void attached() {
		Logger attachedTo = root;
		if (attachedTo == null || closed || attachedTo.isAttached(appender)) {
			return;
		}
		if (!appender.isStarted()) {
			appender.start();
		}
		attachedTo.addAppender(appender);
	}

	@Override
	public synchronized void destroy() {
		closed = true;
		Logger attachedTo = root;
		if (attachedTo != null) {
			attachedTo.detachAppender(appender);
			appender.stop();
		}
	}

	private final class Counting extends UnsynchronizedAppenderBase<ILoggingEvent> {

		@Override
		protected void append(ILoggingEvent event) {
			counts.get(switch (event.getLevel().toInt()) {
				case Level.ERROR_INT -> Counted.ERROR;
				case Level.WARN_INT -> Counted.WARN;
				case Level.INFO_INT -> Counted.INFO;
				case Level.DEBUG_INT -> Counted.DEBUG;
				default -> Counted.TRACE;
			}).increment();
		}
	}
}
