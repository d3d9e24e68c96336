package org.werkstatt.workshop.live;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The recent changes of one event on this node, already turned into what clients receive, so that
 * a change is loaded and rendered once however many clients follow the event. Clients wait here for
 * changes after the last number they have.
 */
final class Feed {

	/**
	 * One change as clients receive it: UTF-8 JSON for participants (and the projector) and for moderators,
	 * encoded once here rather than once per client and message. The two are the same array when the
	 * renderings agree.
	 */
	record Entry(long seq, String key, byte[] forParticipants, byte[] forModerators) {

		static Entry of(long seq, String key, String forParticipants, String forModerators) {
			byte[] participants = forParticipants.getBytes(StandardCharsets.UTF_8);
			return new Entry(seq, key, participants,
					forParticipants.equals(forModerators) ? participants : forModerators.getBytes(StandardCharsets.UTF_8));
		}
	}

	static final int CAPACITY = 20_000;

	private final UUID eventId;
	private final ReentrantLock lock = new ReentrantLock();
	private final Condition changed = lock.newCondition();
	private final Deque<Entry> entries = new ArrayDeque<>();
	private volatile long latest;
	/** When a client last waited here ({@link System#nanoTime}); feeds nobody follows are dropped. */
	private volatile long lastUsed = System.nanoTime();
	/** Set when the application stops: clients stop waiting, so their streams end and shutdown need not wait. */
	private volatile boolean closed;
	/** The number before the oldest entry kept: clients further behind must resync. */
	private long floor;

	Feed(UUID eventId, long latest) {
		this.eventId = eventId;
		this.latest = latest;
		this.floor = latest;
	}

	UUID eventId() {
		return eventId;
	}

	long latest() {
		return latest;
	}

	boolean unusedFor(long nanos) {
		return System.nanoTime() - lastUsed > nanos;
	}

	boolean closed() {
		return closed;
	}

	/** Wakes every client waiting here; from now on nobody waits. */
	void close() {
		lock.lock();
		try {
			closed = true;
			changed.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

	void append(List<Entry> added) {
		if (added.isEmpty()) {
			return;
		}
		lock.lock();
		try {
			for (Entry entry : added) {
				if (entry.seq() <= latest) {
					continue;
				}
				entries.addLast(entry);
				latest = entry.seq();
			}
			while (entries.size() > CAPACITY) {
				floor = entries.removeFirst().seq();
			}
			changed.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * The entries after {@code seq}, waiting up to the timeout for the first one. Empty if nothing came;
	 * {@code null} if {@code seq} is older than what this feed keeps.
	 */
	List<Entry> after(long seq, long timeoutMillis) throws InterruptedException {
		long nanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
		lastUsed = System.nanoTime();
		lock.lock();
		try {
			while (latest <= seq && nanos > 0 && !closed) {
				nanos = changed.awaitNanos(nanos);
			}
			if (seq < floor) {
				return null;
			}
			List<Entry> result = new ArrayList<>();
			for (var it = entries.descendingIterator(); it.hasNext();) {
				Entry entry = it.next();
				if (entry.seq() <= seq) {
					break;
				}
				result.add(entry);
			}
			java.util.Collections.reverse(result);
			return result;
		}
		finally {
			lock.unlock();
		}
	}
}
