package org.werkstatt.workshop.live;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;

import org.jspecify.annotations.Nullable;

/**
 * The recent changes of one event on this node, already turned into what clients receive, so that
 * a change is loaded and rendered once however many clients follow the event. Clients follow it
 * ({@link Follower}) and are woken when changes after the last number they have are published.
 * <p>
 * Changes reach the clients in publications at least {@link #COALESCE} apart: a burst of dots reaches a
 * projector as one update, not as flicker, and every client that was up to date gets the same message,
 * encoded once ({@link Publication}). The first change after a quiet spell is published at once.
 * <p>
 * Phones follow a slower track of their own ({@link LiveStream.Audience#PARTICIPANTS}): scores reach them at
 * most once every {@link #phoneScoreInterval}, together, with the newest score of every idea dotted since; cards,
 * walls and the session go at once, without the scores that wait. In a room of more than 4,000 phones their
 * publications are further apart ({@link #phoneInterval}). Phones are woken in rounds, at most one waiting
 * ({@link #wakePhones}), and a phone writes, when its turn comes, all that was published to phones until then, in
 * one write ({@link Publication#joined}). A phone's message carries where it is after it
 * ({@link Position}: every change up to one number, the cards up to another), so the ids a phone sees keep
 * growing and a phone that comes back with one gets exactly what it missed. The projector and moderators get
 * every publication.
 */
final class Feed {

	/**
	 * One change as clients receive it: UTF-8 JSON for participants (and the projector) and for moderators,
	 * encoded once here rather than once per client and message. The two are the same array when the
	 * renderings agree. {@code participantScore}: for a score that participants see, the same score as a
	 * member of the participants' score list ({@code "key":score} with the idea's short key, {@link LiveStream#message}),
	 * else {@code null}.
	 */
	record Entry(long seq, String key, byte[] forParticipants, byte[] forModerators, byte @Nullable [] participantScore) {

		Entry(long seq, String key, byte[] forParticipants, byte[] forModerators) {
			this(seq, key, forParticipants, forModerators, null);
		}

		/**
		 * An idea's score: the participants get the score under the idea's short key ({@link Idea#key}, which its
		 * card brought them), or {@code forParticipants} when they do not see the idea (it went).
		 */
		static Entry score(long seq, String ideaId, String ideaKey, int score, @Nullable String forParticipants,
				String forModerators) {
			byte[] moderators = forModerators.getBytes(StandardCharsets.UTF_8);
			if (forParticipants != null) {
				return new Entry(seq, scoreKey(ideaId), forParticipants.getBytes(StandardCharsets.UTF_8), moderators);
			}
			byte[] member = ("\"" + ideaKey + "\":" + score).getBytes(StandardCharsets.US_ASCII);
			return new Entry(seq, scoreKey(ideaId), moderators, moderators, member);
		}

		/** The key of the card of the idea whose score this entry is ({@link #scoreOnly}). */
		String cardKey() {
			return CARD + key.substring(SCORE.length());
		}

		private static final String CARD = "idea:";

		/** The key of an entry that changes only an idea's score. */
		static String scoreKey(String ideaId) {
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

	/**
	 * Publications to phones that change only scores are at least this far apart, and further in a room of more
	 * than {@link #PHONES_PER_SCORE_SECOND} phones ({@link #phoneScoreInterval}).
	 */
	static final Duration SCORES_TO_PHONES = Duration.ofSeconds(1);

	/**
	 * Scores reach phones a second later per this many phones, up to {@link #SCORES_TO_PHONES_AT_MOST}: once a
	 * second up to 2,000 phones, every 5 s at 10,000. Scores are two thirds of a phone's bytes in a room that
	 * dots (measured, docs/performance.md), and every phone gets every score: 10,000 phones at one score update a
	 * second would take some 120 MB/s of scores alone. A phone's own dot shows at once on its page (the dot's
	 * answer, "your dots"); the others' dots are the same for all and only later. The peers are slower still:
	 * adhocracy+ polls every 5 s.
	 */
	static final int PHONES_PER_SCORE_SECOND = 2_000;

	static final Duration SCORES_TO_PHONES_AT_MOST = Duration.ofSeconds(5);

	/**
	 * The messages a second that the phones of one event get together, at most: beyond 4,000 phones their
	 * publications are further apart than {@link #COALESCE} ({@link #phoneInterval}). Each message is a write and
	 * a flush on the stream's connection, unless a phone writes several at its turn ({@link Publication#joined}).
	 * Chosen, not measured: 10,000 phones get a publication every 250 ms, half the 500 ms a big room may take. A
	 * node that cannot write them that fast (on two cores shared with the live benchmark's load generator, its phones
	 * got 23,000 to 40,000 messages a second, docs/performance.md) is held to its own pace by the rounds of wake-ups
	 * ({@link #wakePhones}): its phones then get fewer, larger writes.
	 */
	static final int PHONE_MESSAGES_PER_SECOND = 40_000;

	/**
	 * Where a client is, as the id of its last message says: it has every change up to {@code resumeAt}, and every
	 * card, wall and session change up to {@code seq}. The two differ for phones while scores wait for the phones'
	 * score interval ({@link #phoneScoreInterval}): their cards go ahead. The id is {@code "resumeAt"} when they
	 * are the same (always for the projector and moderators), else {@code "resumeAt.seq"}: a phone that comes back
	 * with it ({@code Last-Event-ID}) is sent the scores it misses, not the cards of the last seconds again.
	 */
	record Position(long resumeAt, long seq) {

		Position {
			if (resumeAt < 0 || seq < resumeAt) {
				throw new IllegalArgumentException("not a position: " + resumeAt + "." + seq);
			}
		}

		/** Every change up to {@code seq}. */
		static Position at(long seq) {
			return new Position(seq, seq);
		}

		String id() {
			return resumeAt == seq ? Long.toString(resumeAt) : resumeAt + "." + seq;
		}

		/**
		 * The position an id names ({@link #id}), {@code null} if it is none: not one or two numbers of at most 18
		 * digits. An id whose second number is smaller than its first says no more than the first.
		 */
		static @Nullable Position parse(String id) {
			String text = id.strip();
			int dot = text.indexOf('.');
			long resumeAt = number(dot < 0 ? text : text.substring(0, dot));
			long seq = dot < 0 ? resumeAt : number(text.substring(dot + 1));
			return resumeAt < 0 || seq < 0 ? null : new Position(resumeAt, Math.max(resumeAt, seq));
		}

		private static long number(String digits) {
			if (digits.isEmpty() || digits.length() > 18) {
				return -1;
			}
			for (int i = 0; i < digits.length(); i++) {
				if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
					return -1;
				}
			}
			return Long.parseLong(digits);
		}
	}

	/**
	 * One publication: the changes after {@code from} up to {@code to}, as the message each audience gets,
	 * encoded once for every client that had {@code from}. {@code resumeAt}: the number a client that wrote it
	 * has every change up to: {@code to}, except for a publication to phones that brings cards while older
	 * scores wait ({@link #phoneScoreInterval}). The message's id is both ({@link Position}). {@code fromResumeAt}:
	 * the same before it; a publication to phones that brings only the scores that waited has {@code from == to}
	 * and moves only this number on.
	 */
	record Publication(long from, long to, long fromResumeAt, long resumeAt, byte[] forParticipants,
			byte[] forModerators, long noticedAt, AtomicLong lastWrite, long madeAt, Links links) {

		Publication(long from, long to, byte[] forParticipants, byte[] forModerators) {
			this(from, to, from, to, forParticipants, forModerators, 0, new AtomicLong());
		}

		Publication(long from, long to, long fromResumeAt, long resumeAt, byte[] forParticipants, byte[] forModerators,
				long noticedAt, AtomicLong lastWrite) {
			this(from, to, fromResumeAt, resumeAt, forParticipants, forModerators, noticedAt, lastWrite, System.nanoTime(),
					new Links());
		}

		/** It brings a client that has the cards up to {@code seq} and every change up to {@code resumeAt} something. */
		boolean beyond(long seq, long resumeAt) {
			return to > seq || this.resumeAt > resumeAt;
		}

		/**
		 * Such a client gets everything it misses from this message, as it is, and neither of the numbers of its id
		 * ({@link Position}) goes back: it has {@code from} and every change up to {@code fromResumeAt}, and is not
		 * further on than the message's id. A client further on than {@code from} gets some cards again, with the
		 * scores they were encoded with: only from a message that holds every change up to {@code to}, whose newer
		 * scores follow them.
		 */
		boolean covers(long seq, long resumeAt) {
			return from <= seq && seq <= to && fromResumeAt <= resumeAt && resumeAt <= this.resumeAt
					&& (from == seq || this.resumeAt == to) && beyond(seq, resumeAt);
		}

		/**
		 * The publication after this one for the audience, once there is one: a client that wrote this one and was not
		 * woken for the next (its connection was full, or its turn in a round came later) writes the next ones as they
		 * are, shared and joined ({@link #joined}), instead of a catch-up made for it.
		 */
		@Nullable
		Publication next(LiveStream.Audience audience) {
			return (audience == LiveStream.Audience.PARTICIPANTS ? links.nextToPhones : links.next).get();
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

		/**
		 * What a client this publication {@link #covers} gets when its turn comes: this publication and each one after
		 * it for the audience, as far as the next covers where the one before leaves the client, as one message (the
		 * messages one after the other, each with its id). A stream whose phone was not woken for the publications
		 * after the one it wrote (a round of wake-ups still under way, or its connection was full) writes them in one
		 * write instead of one write each. Made once for every client at the same place and shared while no newer
		 * publication follows.
		 */
		Joined joined(LiveStream.Audience audience) {
			Publication through = this;
			int messages = 1;
			for (Publication after = next(audience); after != null && after.covers(through.to, through.resumeAt);
					after = after.next(audience)) {
				through = after;
				messages++;
			}
			Joined known = links.joined.get(audience.ordinal());
			if (known != null && known.through() == through) {
				return known;
			}
			byte[] bytes = message(audience);
			if (through != this) {
				java.io.ByteArrayOutputStream message = new java.io.ByteArrayOutputStream();
				for (Publication each = this;; each = each.next(audience)) {
					message.writeBytes(each.message(audience));
					if (each == through) {
						break;
					}
				}
				bytes = message.toByteArray();
			}
			// two clients may both make it: the same bytes, and one of them is kept
			Joined made = new Joined(through, bytes, messages);
			links.joined.set(audience.ordinal(), made);
			return made;
		}

		/** Notes the write of every publication from this one through {@code through} (a {@link #joined} message). */
		void writtenThrough(Publication through, LiveStream.Audience audience) {
			for (Publication each = this; each != null; each = each.next(audience)) {
				each.written();
				if (each == through) {
					return;
				}
			}
		}
	}

	/**
	 * Publications one after the other as one message ({@link Publication#joined}), from one through {@code
	 * through}: {@code messages} of them.
	 */
	record Joined(Publication through, byte[] message, int messages) {
	}

	/**
	 * The publications after one, in the order of all publications and of those to phones, and the messages made
	 * of it and those after it ({@link Publication#joined}).
	 */
	static final class Links {

		final AtomicReference<@Nullable Publication> next = new AtomicReference<>();
		final AtomicReference<@Nullable Publication> nextToPhones = new AtomicReference<>();
		/** Per audience ({@link LiveStream.Audience#ordinal}): the newest joined message that starts here. */
		final AtomicReferenceArray<@Nullable Joined> joined = new AtomicReferenceArray<>(LiveStream.Audience.values().length);
		/** Its lag was reported (the feed's lock is held): once, also when a late write sets a time again. */
		boolean lagReported;
	}

	/**
	 * A client that follows this feed without a thread of its own (a stream, {@code LiveStream}): woken after each
	 * publication for its audience (phones: by a round that takes the publication along, {@link #wakePhones}), it
	 * takes what it misses with {@link #newest}, {@link Publication#joined} and {@link #catchUp}.
	 */
	interface Follower {

		/**
		 * Something was published for this follower's audience, or the feed closed. Runs on the waker's threads,
		 * which wake the next followers after it: it must not block (a stream writes without blocking).
		 */
		void wake();
	}

	/** Followers woken by one task of the {@link #onWake waker}. */
	static final int WAKE_BATCH = 128;

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
	/**
	 * The same entries in the order of their numbers: what a client missed is a tail of it, found without going
	 * through every idea of the event for every client that comes back.
	 */
	private final NavigableSet<Entry> newestInOrder = new TreeSet<>(IN_ORDER);

	private static final Comparator<Entry> IN_ORDER = Comparator.comparingLong(Entry::seq).thenComparing(Entry::key);
	/** Catch-ups of the projector and moderators per client number, for the current publication (many share one). */
	private final Map<Position, CatchUp> catchUps = new ConcurrentHashMap<>();
	/** Catch-ups of phones per client position, for the current publications (after a Wi-Fi drop, many share one). */
	private final Map<Position, CatchUp> phoneCatchUps = new ConcurrentHashMap<>();
	private volatile @Nullable Publication last;
	/** Cards, walls and the session published but not yet to phones, in order. */
	private List<Entry> cardsForPhones = new ArrayList<>();
	/** Scores published but not yet to phones, in order (at most {@link #phoneScoreInterval} of them). */
	private List<Entry> scoresForPhones = new ArrayList<>();
	/** The number phones have every change up to ({@link Publication#resumeAt}), at most {@link #publishedToPhones}. */
	private long phonesResumeAt;
	private volatile @Nullable Publication lastToPhones;
	/**
	 * The oldest publication to phones whose lag is still to be reported, if any (the lock is held): the next round to
	 * finish reports it and the ones after it that the round took along ({@link #roundDone}).
	 */
	private @Nullable Publication lagFrom;
	/** The round of wake-ups of the phones that waits for the wakers and has not started ({@link #wakePhones}). */
	private final AtomicReference<@Nullable Round> roundWaiting = new AtomicReference<>();
	/** The newest change phones may see; phones have every change up to it but the {@link #scoresForPhones}. */
	private volatile long publishedToPhones;
	/** When phones last got scores ({@link System#nanoTime}). */
	private long phonesScoredAt = System.nanoTime() - SCORES_TO_PHONES.toNanos();
	/** When phones last got a publication ({@link System#nanoTime}). */
	private long phonesPublishedAt = System.nanoTime() - SCORES_TO_PHONES.toNanos();
	/** A publication to phones is scheduled, for {@link #phonesDueAt}. */
	private boolean phonesDue;
	private long phonesDueAt;
	/** The projectors' and moderators' streams; every publication wakes them. */
	private final Set<Follower> followers = ConcurrentHashMap.newKeySet();
	/** The phones' streams; only a publication to phones wakes them. */
	private final Set<Follower> phoneFollowers = ConcurrentHashMap.newKeySet();
	/** Runs the wake-ups of the followers, in batches, away from the publishing thread and its lock. */
	private volatile Executor waker = Runnable::run;
	/** The newest change appended. */
	private volatile long latest;
	/** The newest change clients may see. */
	private volatile long published;
	private long publishedAt = System.nanoTime() - COALESCE.toNanos();
	private boolean publicationDue;
	/** When this node heard of the oldest change not yet published ({@link System#nanoTime}; 0: unknown). */
	private long pendingNoticedAt;
	/** When this node heard of the oldest card, wall or session change not yet published ({@link System#nanoTime}; 0: unknown). */
	private long pendingCardsNoticedAt;
	/** When this node heard of the oldest of the {@link #cardsForPhones} ({@link System#nanoTime}; 0: unknown). */
	private long phonesNoticedAt;
	/** Gets the lag of each publication, from the notification of its changes to its last write here. */
	private volatile LongConsumer lagSink = lag -> {
	};
	/** When a client last followed or asked here ({@link System#nanoTime}); feeds nobody follows are dropped. */
	private volatile long lastUsed = System.nanoTime();
	/** Set when the application stops: the followers are woken and end, so shutdown need not wait for them. */
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
		this.phonesResumeAt = latest;
		this.publisher = publisher;
		if (snapshot == null) {
			this.floor = latest;
		}
		else {
			this.floor = 0;
			snapshot.forEach(this::keepNewest);
		}
	}

	void onLag(LongConsumer sink) {
		this.lagSink = sink;
	}

	/** Where the followers' wake-ups run (at once on the publishing thread unless set). */
	void onWake(Executor waker) {
		this.waker = waker;
	}

	/**
	 * The follower is woken after every publication for its audience from now on (a phone by a round that takes it
	 * along, {@link #wakePhones}), until {@link #unfollow}.
	 */
	void follow(LiveStream.Audience audience, Follower follower) {
		(audience == LiveStream.Audience.PARTICIPANTS ? phoneFollowers : followers).add(follower);
		lastUsed = System.nanoTime();
	}

	void unfollow(LiveStream.Audience audience, Follower follower) {
		(audience == LiveStream.Audience.PARTICIPANTS ? phoneFollowers : followers).remove(follower);
		lastUsed = System.nanoTime();
	}

	/** Wakes the followers, {@link #WAKE_BATCH} to a task of the waker. */
	private void wake(Set<Follower> woken) {
		wake(woken, () -> {
		});
	}

	/** Wakes the followers as {@link #wake(Set)}, and runs {@code done} once all are woken (at once if there are none). */
	private void wake(Set<Follower> woken, Runnable done) {
		Follower[] all = woken.toArray(Follower[]::new);
		if (all.length == 0) {
			done.run();
			return;
		}
		AtomicInteger tasksLeft = new AtomicInteger((all.length + WAKE_BATCH - 1) / WAKE_BATCH);
		for (int start = 0; start < all.length; start += WAKE_BATCH) {
			int from = start;
			int to = Math.min(all.length, start + WAKE_BATCH);
			waker.execute(() -> {
				try {
					for (int i = from; i < to; i++) {
						all[i].wake();
					}
				}
				finally {
					if (tasksLeft.decrementAndGet() == 0) {
						done.run();
					}
				}
			});
		}
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

	/** Somebody is about to follow or ask this feed: it is not dropped as unused now. */
	void used() {
		lastUsed = System.nanoTime();
	}

	boolean unusedFor(long nanos) {
		return followers.isEmpty() && phoneFollowers.isEmpty() && System.nanoTime() - lastUsed > nanos;
	}

	boolean closed() {
		return closed;
	}

	/** Wakes every follower, which then ends ({@link #closed}). */
	void close() {
		lock.lock();
		try {
			closed = true;
		}
		finally {
			lock.unlock();
		}
		wake(followers);
		wake(phoneFollowers);
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
			pendingNoticedAt = earlier(pendingNoticedAt, noticedAt);
			for (Entry entry : added) {
				if (entry.seq() <= latest) {
					continue;
				}
				pending.add(entry);
				latest = entry.seq();
				if (!entry.scoreOnly()) {
					pendingCardsNoticedAt = earlier(pendingCardsNoticedAt, noticedAt);
				}
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

	/** The earlier of two moments ({@link System#nanoTime}), either of them 0 (unknown). */
	private static long earlier(long known, long noticedAt) {
		return noticedAt != 0 && (known == 0 || noticedAt - known < 0) ? noticedAt : known;
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
		added.forEach(this::keepNewest);
		// phones' catch-ups lead to the last publication to phones, and hold until the next one
		catchUps.clear();
		reportLastLag();
		Publication publication = new Publication(published, latest, published, latest,
				LiveStream.message(latest, added, LiveStream.Audience.PARTICIPANTS),
				LiveStream.message(latest, added, LiveStream.Audience.MODERATORS), pendingNoticedAt, new AtomicLong());
		Publication previous = last;
		last = publication;
		if (previous != null) {
			previous.links().next.set(publication);
		}
		pendingNoticedAt = 0;
		phonesNoticedAt = earlier(phonesNoticedAt, pendingCardsNoticedAt);
		pendingCardsNoticedAt = 0;
		published = latest;
		publishedAt = System.nanoTime();
		wake(followers);
		for (Entry entry : added) {
			(entry.scoreOnly() ? scoresForPhones : cardsForPhones).add(entry);
		}
		offerToPhonesLocked(publication);
	}

	/**
	 * Publishes to phones what they do not have yet, once it is due: cards, walls and the session
	 * {@link #phoneInterval} after the last publication to phones (at once after a quiet spell), scores not before
	 * {@link #phoneScoreInterval} has passed since phones last got scores: until then, cards go without the
	 * scores that wait. Scheduled for then if not due yet. The lock is held. {@code publication}: the publication
	 * just made ({@code null} when a scheduled one runs); phones share its message when it holds exactly what they
	 * miss, and its lag counts their writes.
	 */
	private void offerToPhonesLocked(@Nullable Publication publication) {
		if (cardsForPhones.isEmpty() && scoresForPhones.isEmpty()) {
			return;
		}
		long now = System.nanoTime();
		long cardsDue = phonesPublishedAt + phoneInterval();
		long scoresDue = phonesScoredAt + phoneScoreInterval();
		if (scoresDue - cardsDue < 0) {
			scoresDue = cardsDue;
		}
		long due = cardsForPhones.isEmpty() ? scoresDue : cardsDue;
		if (publisher == null || due - now <= 0) {
			publishToPhonesLocked(publication, publisher == null || scoresDue - now <= 0);
			if (!scoresForPhones.isEmpty()) {
				// the scores that wait go at their time
				offerToPhonesLocked(null);
			}
		}
		else if (!phonesDue || due - phonesDueAt < 0) {
			// a card that came while scores waited goes out at its own, earlier time
			phonesDue = true;
			phonesDueAt = due;
			publisher.schedule(this::publishToPhones, due - now, TimeUnit.NANOSECONDS);
		}
	}

	/**
	 * How far apart publications to phones are: {@link #COALESCE}, and more once the event's phones would get
	 * more than {@link #PHONE_MESSAGES_PER_SECOND} messages a second together (a quarter of a second for 10,000).
	 */
	long phoneInterval() {
		return Math.max(COALESCE.toNanos(), phoneFollowers.size() * (1_000_000_000L / PHONE_MESSAGES_PER_SECOND));
	}

	/**
	 * How far apart publications to phones that change only scores are: {@link #SCORES_TO_PHONES}, a second per
	 * {@link #PHONES_PER_SCORE_SECOND} phones beyond, at most {@link #SCORES_TO_PHONES_AT_MOST}.
	 */
	long phoneScoreInterval() {
		long perPhones = phoneFollowers.size() * (1_000_000_000L / PHONES_PER_SCORE_SECOND);
		return Math.min(SCORES_TO_PHONES_AT_MOST.toNanos(), Math.max(SCORES_TO_PHONES.toNanos(), perPhones));
	}

	/** What is due for phones, if it still waits (an earlier publication may have taken it along). */
	private void publishToPhones() {
		lock.lock();
		try {
			if (System.nanoTime() - phonesDueAt >= 0) {
				phonesDue = false;
			}
			offerToPhonesLocked(null);
		}
		finally {
			lock.unlock();
		}
	}

	private void publishToPhonesLocked(@Nullable Publication publication, boolean withScores) {
		List<Entry> added = cardsForPhones;
		cardsForPhones = new ArrayList<>();
		// the lag of a publication to phones runs from the notice of its oldest card; scores that waited on purpose are no lag
		long noticedAt = added.isEmpty() ? 0 : phonesNoticedAt;
		phonesNoticedAt = 0;
		phonesPublishedAt = System.nanoTime();
		if (withScores) {
			if (!scoresForPhones.isEmpty()) {
				phonesScoredAt = phonesPublishedAt;
				added.addAll(scoresForPhones);
				added.sort(IN_ORDER);
				scoresForPhones = new ArrayList<>();
			}
		}
		else {
			// a card brings its idea's score: a score that waits from before it would put an older one back
			Map<String, Long> cards = new HashMap<>();
			added.forEach(card -> cards.put(card.key(), card.seq()));
			scoresForPhones.removeIf(score -> cards.getOrDefault(score.cardKey(), Long.MIN_VALUE) > score.seq());
		}
		long resumeAt = scoresForPhones.isEmpty() ? published : scoresForPhones.getFirst().seq() - 1;
		Publication made;
		if (publication != null && publication.from() == publishedToPhones && phonesResumeAt == publishedToPhones
				&& resumeAt == published && added.stream().allMatch(entry -> entry.seq() > publication.from())) {
			// phones had everything before this publication, and get all of it: its message is theirs
			made = publication;
		}
		else {
			// its id has both numbers while scores wait: phones have every change up to resumeAt, and the cards
			byte[] message = LiveStream.message(new Position(resumeAt, published), added, LiveStream.Audience.PARTICIPANTS);
			made = new Publication(publishedToPhones, published, phonesResumeAt, resumeAt, message, NO_BYTES, noticedAt,
					new AtomicLong());
		}
		Publication previousToPhones = lastToPhones;
		lastToPhones = made;
		if (previousToPhones != null) {
			previousToPhones.links().nextToPhones.set(made);
		}
		publishedToPhones = published;
		phonesResumeAt = resumeAt;
		phoneCatchUps.clear();
		if (lagFrom == null) {
			lagFrom = made;
		}
		if (phoneFollowers.isEmpty()) {
			// nobody to wake: done at once, so that nothing holds on to the publications after it (a phone that
			// follows from now on writes the newest when it starts)
			roundDone(made);
		}
		else {
			wakePhones();
		}
	}

	/**
	 * Wakes the phones in a round: one task of the {@link #onWake waker} takes the phones that follow when it
	 * starts and wakes them, {@link #WAKE_BATCH} to a task. Besides the rounds under way, at most one waits for the
	 * waker: a publication to phones made while one waits is written by that round, as each phone writes, when its
	 * turn comes, everything published to phones until then ({@link Publication#joined}, in one write). A phone is
	 * woken again only once the rounds that woke it have started, so a node that writes slower than its phones'
	 * interval ({@link #phoneInterval}) writes each phone once a round, at the pace it can, and no wake-ups pile up
	 * behind it. A phone that follows after the round took the phones writes the newest publication when it starts.
	 */
	private void wakePhones() {
		if (roundWaiting.get() != null) {
			return;
		}
		Round round = new Round();
		if (roundWaiting.compareAndSet(null, round)) {
			try {
				waker.execute(round::start);
			}
			catch (RuntimeException e) {
				// not taken (the application stops): the next publication tries again
				roundWaiting.compareAndSet(round, null);
				throw e;
			}
		}
	}

	/** One round of wake-ups of the phones ({@link #wakePhones}). */
	private final class Round {

		void start() {
			// before any phone of the round is woken: a publication made from now on wakes a round of its own
			roundWaiting.compareAndSet(this, null);
			// every phone woken below writes this one at least (or is still writing, its connection full)
			Publication covers = lastToPhones;
			wake(phoneFollowers, () -> roundDone(covers));
		}
	}

	/**
	 * A round has woken every phone it took: the publications to phones up to {@code covers}, the newest when it
	 * started, have been written to every phone whose connection took them, and their lags are reported, each once:
	 * to the last write that was out by now (one that no phone wrote by now is not reported). Rounds under way at the
	 * same time may finish in either order: one does not report beyond its own. The lock is taken.
	 */
	private void roundDone(@Nullable Publication covers) {
		if (covers == null) {
			return;
		}
		lock.lock();
		try {
			Publication next = lagFrom;
			// up to covers, whose numbers neither publication to phones after it takes back: not beyond it
			while (next != null && !next.beyond(covers.to(), covers.resumeAt())) {
				reportLag(next);
				next = next.links().nextToPhones.get();
			}
			lagFrom = next;
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Reports the newest publication's lag (the lock is held), unless phones share it and a round of theirs is still to
	 * report it ({@link #roundDone}; none without phones).
	 */
	private void reportLastLag() {
		if (last != lastToPhones || lagFrom == null) {
			reportLag(last);
		}
	}

	/**
	 * Reports the lag of a publication once, if it was noticed and written (the lock is held): the newest one when the
	 * next comes or on a quiet second, one to phones when a round of wake-ups that took it along has woken every phone
	 * ({@link #roundDone}). A publication whose message phones share is reported as theirs.
	 */
	private void reportLag(@Nullable Publication previous) {
		if (previous != null && previous.noticedAt() != 0 && !previous.links().lagReported) {
			long written = previous.lastWrite().get();
			if (written > 0) {
				// -1: later writes leave the time alone (a write under way may still set one, hence the flag)
				previous.lastWrite().set(-1);
				previous.links().lagReported = true;
				lagSink.accept(written - previous.noticedAt());
			}
		}
	}

	/**
	 * Reports the lag of the newest publication now (on a quiet second, before a next publication would), unless
	 * phones share it and a round of theirs is still to report it ({@link #roundDone}).
	 */
	void reportQuietLag() {
		lock.lock();
		try {
			reportLastLag();
		}
		finally {
			lock.unlock();
		}
	}

	/** {@link #newest(long, long, LiveStream.Audience)} for a client that has every change up to {@code seq}. */
	@Nullable
	Publication newest(long seq, LiveStream.Audience audience) {
		return newest(seq, seq, audience);
	}

	/**
	 * The newest publication for the audience if it goes beyond {@code seq} (a publication's {@code to}) or
	 * {@code resumeAt} (the client has every change up to it), else {@code null}, without waiting (a
	 * {@link Follower} asks when woken). Phones ({@code PARTICIPANTS}) get the publications to phones, everybody
	 * else every publication. A client it {@link Publication#covers} writes its message as it is; one further
	 * behind asks {@link #catchUp} for what it missed.
	 */
	@Nullable
	Publication newest(long seq, long resumeAt, LiveStream.Audience audience) {
		boolean phone = audience == LiveStream.Audience.PARTICIPANTS;
		// the number first: the publication is set before it, so it is at least as new
		long upTo = phone ? publishedToPhones : published;
		Publication newest = phone ? lastToPhones : last;
		if (newest != null && newest.beyond(seq, resumeAt)) {
			return newest;
		}
		// before this node's first publication (a feed started after the client's number): behind
		return upTo > seq ? new Publication(upTo, upTo, NO_BYTES, NO_BYTES) : null;
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

	/**
	 * What a client behind the newest publication missed, as one message: encoded for an audience when the first
	 * client of that audience asks (phones and the projector share one encoding, moderators have their own).
	 * After a Wi-Fi drop in a room of thousands, only phones come back: encoding the moderators' copy as well
	 * doubled the bytes made and held for every number. {@code to}: where the client is after it.
	 */
	static final class CatchUp {

		private final Position to;
		private final List<Entry> missed;
		private volatile byte @Nullable [] forParticipants;
		private volatile byte @Nullable [] forModerators;

		CatchUp(Position to, List<Entry> missed) {
			this.to = to;
			this.missed = missed;
		}

		Position to() {
			return to;
		}

		byte[] message(LiveStream.Audience audience) {
			boolean moderators = audience == LiveStream.Audience.MODERATORS;
			byte[] made = moderators ? forModerators : forParticipants;
			if (made == null) {
				// two clients may both make it: the same bytes, and one of them is kept
				made = missed.isEmpty() ? new byte[0] : LiveStream.message(to, missed, audience);
				if (moderators) {
					forModerators = made;
				}
				else {
					forParticipants = made;
				}
			}
			return made;
		}

		boolean isEmpty() {
			return missed.isEmpty();
		}
	}

	/**
	 * What a client with every change up to {@code seq} missed (the projector, a moderator), as the message it
	 * gets: made once per number and publication, as after a Wi-Fi drop many come back with the same number.
	 * {@code null} if {@code seq} is older than the feed; empty if nothing it missed is left to show.
	 */
	@Nullable
	CatchUp catchUp(long seq) {
		return catchUp(Position.at(seq), LiveStream.Audience.MODERATORS);
	}

	/**
	 * What a client at {@code at} missed, as the message it gets, made once per position and publication. The
	 * projector and moderators catch up with every change after it. A phone catches up to where the phones'
	 * publications are ({@link #publishedToPhones}, and the scores up to {@link Publication#resumeAt} of the last;
	 * not the scores that wait for the phones' score interval): it gets the cards after its own and the changes
	 * after its id, and then the next publication to phones, shared, as every other phone. Caught up with every
	 * change instead, a phone was ahead of the phones' publications and took a catch-up of its own at every one of
	 * them, until the scores came (measured: a reconnect storm of 5,000 phones, docs/performance.md). A phone
	 * further on than those publications (a page loaded while scores waited) keeps its numbers.
	 */
	@Nullable
	CatchUp catchUp(Position at, LiveStream.Audience audience) {
		lastUsed = System.nanoTime();
		boolean phone = audience == LiveStream.Audience.PARTICIPANTS;
		Map<Position, CatchUp> made = phone ? phoneCatchUps : catchUps;
		CatchUp known = made.get(at);
		if (known != null) {
			return known;
		}
		lock.lock();
		try {
			if (at.resumeAt() < floor) {
				return null;
			}
			known = made.get(at);
			if (known != null) {
				return known;
			}
			long seq = at.seq();
			List<Entry> missed = newestAfter(at.resumeAt());
			// what it has: the cards, and the scores whose card came later (that card has the newer score)
			missed.removeIf(entry -> entry.seq() <= seq && (!entry.scoreOnly() || laterCard(entry)));
			Position to;
			if (phone) {
				to = new Position(Math.max(at.resumeAt(), phonesResumeAt), Math.max(seq, publishedToPhones));
				// what the other phones do not have yet either: it follows in the publications to phones
				missed.removeIf(entry -> entry.seq() > to.seq() || entry.scoreOnly() && entry.seq() > to.resumeAt());
			}
			else {
				to = Position.at(Math.max(seq, missed.isEmpty() ? published : missed.getLast().seq()));
			}
			CatchUp catchUp = new CatchUp(to, missed);
			if (made.size() < CATCH_UPS_KEPT) {
				made.put(at, catchUp);
			}
			return catchUp;
		}
		finally {
			lock.unlock();
		}
	}

	/** The score's idea has a later card (the lock is held). */
	private boolean laterCard(Entry score) {
		Entry card = newest.get(score.cardKey());
		return card != null && card.seq() > score.seq();
	}

	/** At most this many catch-up messages are kept per publication. */
	static final int CATCH_UPS_KEPT = 256;

	/** Keeps the entry as its subject's newest unless a newer one is kept; the lock is held (or the feed is new). */
	private void keepNewest(Entry entry) {
		Entry was = newest.get(entry.key());
		if (was != null) {
			if (was.seq() >= entry.seq()) {
				return;
			}
			newestInOrder.remove(was);
		}
		newest.put(entry.key(), entry);
		newestInOrder.add(entry);
	}

	/** The newest published entries after {@code seq}, in number order; the lock is held. */
	private List<Entry> newestAfter(long seq) {
		return new ArrayList<>(newestInOrder.tailSet(new Entry(seq, "\uffff", NO_BYTES, NO_BYTES), false));
	}

	private static final byte[] NO_BYTES = new byte[0];
}
