package org.werkstatt.workshop.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing of join codes: after {@link #LIMIT} wrong codes from one client address within
 * {@link #WINDOW}, further tries are refused until the window has passed. Kept in memory only, for the
 * window's length; no address is written anywhere.
 */
@Component
class JoinThrottle {

	static final int LIMIT = 10;
	static final Duration WINDOW = Duration.ofMinutes(10);
	private static final int MAX_CLIENTS = 100_000;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
	private final Clock clock;

	JoinThrottle() {
		this(Clock.systemUTC());
	}

	JoinThrottle(Clock clock) {
		this.clock = clock;
	}

	boolean blocked(String client) {
		Deque<Instant> recent = failures.get(client);
		if (recent == null) {
			return false;
		}
		synchronized (recent) {
			prune(recent);
			return recent.size() >= LIMIT;
		}
	}

	void failed(String client) {
		if (failures.size() > MAX_CLIENTS) {
			failures.clear();
		}
		Deque<Instant> recent = failures.computeIfAbsent(client, key -> new ArrayDeque<>());
		synchronized (recent) {
			prune(recent);
			recent.addLast(clock.instant());
		}
	}

	/** Forgets every failure (tests, which all come from one address). */
	void clear() {
		failures.clear();
	}

	private void prune(Deque<Instant> recent) {
		Instant cutoff = clock.instant().minus(WINDOW);
		while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
			recent.removeFirst();
		}
	}
}
