package org.werkstatt.workshop.live;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;

import org.jspecify.annotations.Nullable;

/**
 * The recent changes of one event on this node, already turned into what clients receive, so that
 * a change is loaded and rendered once however many clients follow the event. Clients wait here for
 * changes after the last number they have.
 * <p>
 * Changes reach the clients in publications at least {@link #COALESCE} apart: a burst of dots reaches a
 * projector as one update, not as flicker, and every client that was up to date gets the same message,
 * encoded once ({@link Publication}). The first change after a quiet spell is published at once.
 * <p>
 * Phones follow a slower track of their own ({@link LiveStream.Audience#PARTICIPANTS}): a publication that
 * changes only scores reaches them at most once every {@link #SCORES_TO_PHONES}, with the newest score of every
 * idea dotted since; cards, walls and the session reach them with the publication that brings them, together
 * with the scores that waited. With thousands of phones, the messages written per second, not their bytes,
 * take the processors: a room that is only dotting costs one message per phone and second instead of ten.
 * A phone's message carries the number of the newest change in it, as every message does, and holds every
 * change up to that number, so the numbers a phone sees keep growing and a phone that comes back with one
 * gets exactly what it missed. The projector and moderators get every publication.
 */
final class Feed {

	/**
	 * One change as clients receive it: UTF-8 JSON for participants (and the projector) and for moderators,
	 * encoded once here rather than once per client and message. The two are the same array when the
	 * renderings agree.
	 */
	record Entry(long seq, String key, byte[] forParticipants, byte[] forModerators) {

		/** The key of an entry that changes only an idea's score. */
		static String scoreKey(java.util.UUID ideaId) {
			return SCORE + ideaId;
		}

		/** Only an idea's score changed ({@link #scoreKey}): phones may get it later. */
		boolean scoreOnly() {
			return key.startsWith(SCORE);
		}

		private static final String SCORE = "score:";

		static Entry of(long seq, String key, String forParticipants, String forModerators) {
			byte[] participants = forParticipants.getBytes(StandardCharsets.UTF_8);
			return new Entry(seq, key, participants,
					forParticipants.equals(forModerators) ? participants : forModerators.getBytes(StandardCharsets.UTF_8));
		}
	}

	/** Publications of one feed are at least this far apart. */
	static final Duration COALESCE = Duration.ofMillis(100);

	/** Publications to phones that change only scores are at least this far apart. */
	static final Duration SCORES_TO_PHONES = Duration.ofSeconds(1);

	/**
	 * One publication: the changes after {@code from} up to {@code to}, as the message each audience gets,
	 * encoded once for every client that had {@code from}.
	 */
	record Publication(long from, long to, byte[] forParticipants, byte[] forModerators, long noticedAt,
			AtomicLong lastWrite) {

		Publication(long from, long to, byte[] forParticipants, byte[] forModerators) {
			this(from, to, forParticipants, forModerators, 0, new AtomicLong());
		}

		byte[] message(LiveStream.Audience audience) {
			return audience == LiveStream.Audience.MODERATORS ? forModerators : forParticipants;
		}

		/** A client has written this publication now (for the publication lag). */
		void written() {
			if (lastWrite.getOpaque() >= 0) {
				lastWrite.setOpaque(System.nanoTime());
			}
		}
	}

	/** What {@link #next} gives when nothing was published before the timeout. */
	static final Publication NOTHING = new Publication(-1, -1, new byte[0], new byte[0]);

	private final UUID eventId;
	/** Runs the publications that wait for the coalescing interval; {@code null}: publish at once. */
	private final @Nullable ScheduledExecutorService publisher;
	private final ReentrantLock lock = new ReentrantLock();
	/** The changes appended but not yet published, in order. */
	private List<Entry> pending = new ArrayList<>();
	/**
	 * The newest published entry of every subject (idea, score, wall, session) since the feed's floor: a client
	 * that missed changes gets these with a newer number, however long it was away. About as many entries as
	 * the event has ideas and walls; a feed keeps no other history.
	 */
	private final Map<String, Entry> newest = new HashMap<>();
	/** Catch-up messages per client number and audience, for the current publication (many share a number). */
	private final Map<Long, CatchUp> catchUps = new ConcurrentHashMap<>();
	private volatile @Nullable Publication last;
	/** The projectors and moderators waiting in {@link #next}; a publication unparks them all. */
	private final Set<Thread> waiting = ConcurrentHashMap.newKeySet();
	/** The phones waiting in {@link #next}; only a publication to phones unparks them. */
	private final Set<Thread> waitingPhones = ConcurrentHashMap.newKeySet();
	/** What was published but not yet to phones, in order (at most {@link #SCORES_TO_PHONES} of scores). */
	private List<Entry> forPhones = new ArrayList<>();
	private volatile @Nullable Publication lastToPhones;
	/** The newest change phones may see; phones have every change up to it. */
	private volatile long publishedToPhones;
	/** When phones last got scores ({@link System#nanoTime}). */
	private long phonesScoredAt = System.nanoTime() - SCORES_TO_PHONES.toNanos();
	private boolean phonesDue;
	/** The newest change appended. */
	private volatile long latest;
	/** The newest change clients may see. */
	private volatile long published;
	private long publishedAt = System.nanoTime() - COALESCE.toNanos();
	private boolean publicationDue;
	/** When this node heard of the oldest change not yet published ({@link System#nanoTime}; 0: unknown). */
	private long pendingNoticedAt;
	/** Gets the lag of each publication, from the notification of its changes to its last write here. */
	private volatile LongConsumer lagSink = lag -> {
	};
	/** When a client last waited here ({@link System#nanoTime}); feeds nobody follows are dropped. */
	private volatile long lastUsed = System.nanoTime();
	/** Set when the application stops: clients stop waiting, so their streams end and shutdown need not wait. */
	private volatile boolean closed;
	/** Clients before this number must resync (the page reloads): the feed knows nothing of the time before. */
	private final long floor;

	/** A feed that publishes every change at once. */
	Feed(UUID eventId, long latest) {
		this(eventId, latest, null);
	}

	/** A feed that knows nothing before {@code latest}: clients with an older number resync. */
	Feed(UUID eventId, long latest, @Nullable ScheduledExecutorService publisher) {
		this(eventId, latest, publisher, null);
	}

	/**
	 * A feed started from a snapshot: the newest entry of every subject up to {@code latest} (each under the
	 * number of its last change), so that a client with any number, however old, gets what it missed.
	 */
	Feed(UUID eventId, long latest, @Nullable ScheduledExecutorService publisher, @Nullable List<Entry> snapshot) {
		this.eventId = eventId;
		this.latest = latest;
		this.published = latest;
		this.publishedToPhones = latest;
		this.publisher = publisher;
		if (snapshot == null) {
			this.floor = latest;
		}
		else {
			this.floor = 0;
			snapshot.forEach(entry -> newest.merge(entry.key(), entry, (was, now) -> now.seq() > was.seq() ? now : was));
		}
	}

	void onLag(LongConsumer sink) {
		this.lagSink = sink;
	}

	UUID eventId() {
		return eventId;
	}

	long latest() {
		return latest;
	}

	long published() {
		return published;
	}

	long publishedToPhones() {
		return publishedToPhones;
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
		}
		finally {
			lock.unlock();
		}
		waiting.forEach(LockSupport::unpark);
		waitingPhones.forEach(LockSupport::unpark);
	}

	void append(List<Entry> added) {
		append(added, 0);
	}

	/** Appends changes this node heard of at {@code noticedAt} ({@link System#nanoTime}; 0: unknown). */
	void append(List<Entry> added, long noticedAt) {
		if (added.isEmpty()) {
			return;
		}
		lock.lock();
		try {
			if (noticedAt != 0 && (pendingNoticedAt == 0 || noticedAt - pendingNoticedAt < 0)) {
				pendingNoticedAt = noticedAt;
			}
			for (Entry entry : added) {
				if (entry.seq() <= latest) {
					continue;
				}
				pending.add(entry);
				latest = entry.seq();
			}
			long sinceLast = System.nanoTime() - publishedAt;
			if (publisher == null || sinceLast >= COALESCE.toNanos()) {
				publishLocked();
			}
			else if (!publicationDue) {
				publicationDue = true;
				publisher.schedule(this::publish, COALESCE.toNanos() - sinceLast, TimeUnit.NANOSECONDS);
			}
		}
		finally {
			lock.unlock();
		}
	}

	private void publish() {
		lock.lock();
		try {
			publishLocked();
		}
		finally {
			lock.unlock();
		}
	}

	private void publishLocked() {
		publicationDue = false;
		if (published == latest) {
			return;
		}
		List<Entry> added = pending;
		pending = new ArrayList<>();
		for (Entry entry : added) {
			newest.put(entry.key(), entry);
		}
		catchUps.clear();
		reportLag();
		Publication publication = new Publication(published, latest,
				LiveStream.message(latest, added, LiveStream.Audience.PARTICIPANTS),
				LiveStream.message(latest, added, LiveStream.Audience.MODERATORS), pendingNoticedAt, new AtomicLong());
		last = publication;
		pendingNoticedAt = 0;
		published = latest;
		publishedAt = System.nanoTime();
		waiting.forEach(LockSupport::unpark);
		forPhones.addAll(added);
		offerToPhonesLocked(added.stream().allMatch(Entry::scoreOnly), publication);
	}

	/**
	 * Publishes to phones what they do not have yet: at once when it holds more than scores, else once
	 * {@link #SCORES_TO_PHONES} has passed since they last got scores (scheduled for then if not). The lock is
	 * held. {@code publication}: the publication just made ({@code null} for scores that waited); phones share
	 * its message when it holds exactly what they miss, and its lag counts their writes.
	 */
	private void offerToPhonesLocked(boolean scoresOnly, @Nullable Publication publication) {
		if (forPhones.isEmpty()) {
			return;
		}
		long wait = SCORES_TO_PHONES.toNanos() - (System.nanoTime() - phonesScoredAt);
		if (publisher == null || !scoresOnly || wait <= 0) {
			publishToPhonesLocked(publication);
		}
		else if (!phonesDue) {
			phonesDue = true;
			publisher.schedule(this::publishToPhones, wait, TimeUnit.NANOSECONDS);
		}
	}

	/** The scores that waited for phones, if they still wait (a card may have taken them along). */
	private void publishToPhones() {
		lock.lock();
		try {
			phonesDue = false;
			offerToPhonesLocked(true, null);
		}
		finally {
			lock.unlock();
		}
	}

	private void publishToPhonesLocked(@Nullable Publication publication) {
		List<Entry> added = forPhones;
		forPhones = new ArrayList<>();
		if (added.stream().anyMatch(Entry::scoreOnly)) {
			phonesScoredAt = System.nanoTime();
		}
		Publication made;
		if (publication != null && publication.from() == publishedToPhones) {
			// phones had everything before this publication: its message is theirs
			made = publication;
		}
		else {
			byte[] message = LiveStream.message(published, added, LiveStream.Audience.PARTICIPANTS);
			// scores that waited on purpose are no lag
			made = publication == null ? new Publication(publishedToPhones, published, message, NOTHING.forModerators())
					: new Publication(publishedToPhones, published, message, NOTHING.forModerators(), publication.noticedAt(),
							publication.lastWrite());
		}
		lastToPhones = made;
		publishedToPhones = published;
		waitingPhones.forEach(LockSupport::unpark);
	}

	/** Reports the lag of the newest publication once, if it was noticed and written (the lock is held). */
	private void reportLag() {
		Publication previous = last;
		if (previous != null && previous.noticedAt() != 0) {
			// -1: reported
			long written = previous.lastWrite().getAndSet(-1);
			if (written > 0) {
				lagSink.accept(written - previous.noticedAt());
			}
		}
	}

	/** Reports the newest publication's lag now (on a quiet second, before a next publication would). */
	void reportQuietLag() {
		lock.lock();
		try {
			reportLag();
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * The newest publication for the audience once it goes beyond {@code seq}, waiting up to the timeout for it:
	 * {@link #NOTHING} if none came, {@code null} once the feed is closed. Phones ({@code PARTICIPANTS}) get the
	 * publications to phones, everybody else every publication. A client that had the publication's {@code from}
	 * writes its message as it is; one further behind asks {@link #catchUp} for what it missed.
	 * <p>
	 * Clients wait without the lock and a publication wakes them all at once: taking the lock one after the
	 * other made the last of two thousand clients wait for the other 1,999 to be scheduled in turn. Streams
	 * run on virtual threads (see {@code LiveStreamThreads}), so however many are woken, they keep to the
	 * carrier threads and the requests' platform threads still get their share.
	 */
	@Nullable
	Publication next(long seq, long timeoutMillis, LiveStream.Audience audience) throws InterruptedException {
		lastUsed = System.nanoTime();
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
		Thread me = Thread.currentThread();
		boolean phone = audience == LiveStream.Audience.PARTICIPANTS;
		Set<Thread> waiters = phone ? waitingPhones : waiting;
		while (true) {
			if (closed) {
				return null;
			}
			long upTo = phone ? publishedToPhones : published;
			if (upTo > seq) {
				Publication newest = phone ? lastToPhones : last;
				// before this node's first publication (a feed started after the client's number): behind
				return newest != null && newest.to() > seq ? newest
						: new Publication(upTo, upTo, NOTHING.forParticipants(), NOTHING.forModerators());
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return NOTHING;
			}
			waiters.add(me);
			try {
				// looked at again after joining the waiters: a publication in between has unparked us already
				if ((phone ? publishedToPhones : published) <= seq && !closed) {
					LockSupport.parkNanos(this, left);
				}
			}
			finally {
				waiters.remove(me);
			}
			if (Thread.interrupted()) {
				throw new InterruptedException();
			}
		}
	}

	/**
	 * What a client with {@code seq} missed of what is published: the newest entry of each subject changed
	 * after {@code seq}, in the order of their numbers; {@code null} if {@code seq} is older than the feed.
	 */
	@Nullable
	List<Entry> after(long seq) {
		lastUsed = System.nanoTime();
		lock.lock();
		try {
			return seq < floor ? null : newestAfter(seq);
		}
		finally {
			lock.unlock();
		}
	}

	/** What a client behind the newest publication missed, as one message. */
	record CatchUp(long to, byte[] forParticipants, byte[] forModerators) {

		byte[] message(LiveStream.Audience audience) {
			return audience == LiveStream.Audience.MODERATORS ? forModerators : forParticipants;
		}

		boolean isEmpty() {
			return forParticipants.length == 0;
		}
	}

	/**
	 * What a client with {@code seq} missed, as the message it gets: made once per number and publication,
	 * as after a Wi-Fi drop thousands of phones come back with the same number. {@code null} if {@code seq}
	 * is older than the feed; empty if nothing it missed is left to show.
	 */
	@Nullable
	CatchUp catchUp(long seq) {
		lastUsed = System.nanoTime();
		CatchUp known = catchUps.get(seq);
		if (known != null) {
			return known;
		}
		lock.lock();
		try {
			if (seq < floor) {
				return null;
			}
			known = catchUps.get(seq);
			if (known != null) {
				return known;
			}
			List<Entry> missed = newestAfter(seq);
			CatchUp made = missed.isEmpty() ? new CatchUp(published, new byte[0], new byte[0])
					: new CatchUp(missed.getLast().seq(), LiveStream.message(missed.getLast().seq(), missed, LiveStream.Audience.PARTICIPANTS),
							LiveStream.message(missed.getLast().seq(), missed, LiveStream.Audience.MODERATORS));
			if (catchUps.size() < CATCH_UPS_KEPT) {
				catchUps.put(seq, made);
			}
			return made;
		}
		finally {
			lock.unlock();
		}
	}

	/** At most this many catch-up messages are kept per publication. */
	static final int CATCH_UPS_KEPT = 256;

	/** The newest published entries after {@code seq}, in number order; the lock is held. */
	private List<Entry> newestAfter(long seq) {
		List<Entry> result = new ArrayList<>();
		for (Entry entry : newest.values()) {
			if (entry.seq() > seq) {
				result.add(entry);
			}
		}
		result.sort(Comparator.comparingLong(Entry::seq));
		return result;
	}
}
