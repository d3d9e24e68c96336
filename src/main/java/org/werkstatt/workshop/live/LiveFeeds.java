package org.werkstatt.workshop.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.werkstatt.platform.database.OwnConnection;

import tools.jackson.databind.json.JsonMapper;

/**
 * The live feeds of the events that clients on this node follow. Every node listens on PostgreSQL's
 * {@code werkstatt_live} channel; a notification carries only the event and the change's number, and
 * the node then loads what changed since the last number it has, renders it once, and wakes the clients
 * of that event. A node that lost its connection catches up from the {@code live_change} table.
 */
@Component
class LiveFeeds implements SmartLifecycle, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LiveFeeds.class);
	/** At most this many changes are loaded at once when a feed refreshes (the rest come with the next round). */
	static final int CATCH_UP_LIMIT = 5_000;
	/** A feed that nobody has followed or asked for this long is dropped (a followed feed is never dropped). */
	static final java.time.Duration IDLE = java.time.Duration.ofMinutes(2);

	private final DataSource dataSource;
	private final LiveStore store;
	private final JsonMapper json;
	private final Map<UUID, Feed> feeds = new ConcurrentHashMap<>();
	/** Publishes the feeds' changes that waited for the coalescing interval ({@link Feed#COALESCE}). */
	private final ScheduledExecutorService publisher = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("live-publisher").daemon().factory());
	/**
	 * Wakes the streams after a publication ({@link Feed.Follower}), a batch of them per task: one platform thread
	 * per processor, as the streams' writes never block.
	 */
	private final ExecutorService waker = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
			Thread.ofPlatform().name("live-waker-", 0).daemon().factory());
	private volatile boolean running;
	private @Nullable Thread listener;
	/**
	 * Session codes the phones' streams came with, and their events, each for {@link #CODE_KEPT} after it was
	 * read: after a Wi-Fi drop thousands of phones come back within seconds, and each asked the database.
	 */
	private final Map<String, KnownCode> codes = new ConcurrentHashMap<>();

	static final java.time.Duration CODE_KEPT = java.time.Duration.ofSeconds(5);

	/** A code's event as it is being read or was read at {@code readAt} ({@link System#nanoTime}). */
	private record KnownCode(CompletableFuture<Optional<UUID>> eventId, long readAt) {
	}

	/**
	 * The event of a live session's code ({@link Live#normaliseCode normalised}), read at most once every
	 * {@link #CODE_KEPT} (an unknown code every time, and not kept: the map holds only codes that exist, so trying
	 * codes does not grow it). The phones that ask while it is read wait for that reading, which runs outside the
	 * map's locks.
	 */
	Optional<UUID> eventOfCode(String code) {
		long now = System.nanoTime();
		KnownCode mine = new KnownCode(new CompletableFuture<>(), now);
		KnownCode known = codes.compute(code,
				(key, was) -> was != null && now - was.readAt() < CODE_KEPT.toNanos() ? was : mine);
		if (known == mine) {
			try {
				mine.eventId().complete(store.sessionByCode(code).map(LiveSession::eventId));
			}
			catch (RuntimeException e) {
				codes.remove(code, mine);
				mine.eventId().completeExceptionally(e);
				throw e;
			}
		}
		Optional<UUID> eventId;
		try {
			eventId = known.eventId().join();
		}
		catch (CompletionException e) {
			throw e.getCause() instanceof RuntimeException cause ? cause : e;
		}
		if (eventId.isEmpty()) {
			// not kept: a session started a moment later has this code
			codes.remove(code, known);
		}
		return eventId;
	}

	private final LiveMetrics metrics;

	LiveFeeds(DataSource dataSource, LiveStore store, JsonMapper json, LiveMetrics metrics) {
		this.dataSource = dataSource;
		this.store = store;
		this.json = json;
		this.metrics = metrics;
	}

	/**
	 * The feed of an event, started with the event's current change number. It is marked as used before it is
	 * given out: a feed dropped by the listener's clean-up in between would be followed by a stream that never
	 * hears of a change again.
	 */
	Feed feed(UUID eventId) {
		while (true) {
			Feed feed = feeds.get(eventId);
			if (feed != null && feed.unusedFor(IDLE.toNanos())) {
				// it may be dropped any moment; a fresh one starts from the database
				feeds.remove(eventId, feed);
				feed = null;
			}
			if (feed == null) {
				feed = feeds.computeIfAbsent(eventId, id -> {
					long latest = store.lastSeq(id);
					Feed created = new Feed(id, latest, publisher, snapshot(id, latest));
					created.onLag(metrics::lag);
					created.onWake(waker);
					return created;
				});
				// a change committed between reading the number and registering the feed was announced to nobody
				refresh(feed);
			}
			feed.used();
			if (feeds.get(eventId) == feed) {
				return feed;
			}
		}
	}

	/**
	 * The newest state of every subject of the event up to {@code latest}, each under the number of its last
	 * change: loaded once when a feed starts, so that any client, however far behind, catches up from the
	 * feed without a query of its own.
	 */
	private List<Feed.Entry> snapshot(UUID eventId, long latest) {
		List<Change> changes = JdbcClient.create(dataSource).sql("""
				select seq, kind, subject_id from (
				    select distinct on (kind, subject_id) seq, kind, subject_id from live_change
				    where event_id = ? and seq <= ? order by kind, subject_id, seq desc) newest
				order by seq""")
			.params(eventId, latest)
			.query((rs, row) -> new Change(rs.getLong(1), ChangeKind.valueOf(rs.getString(2)), rs.getObject(3, UUID.class)))
			.list();
		return render(eventId, changes);
	}

	/** Loads and renders the changes the feed does not have yet. */
	void refresh(Feed feed) {
		refresh(feed, store);
	}

	private void refresh(Feed feed, LiveStore source) {
		refresh(feed, source, 0);
	}

	/** {@code noticedAt}: when this node heard of the changes ({@link System#nanoTime}; 0: unknown). */
	private void refresh(Feed feed, LiveStore source, long noticedAt) {
		synchronized (feed) {
			List<Change> changes = source.changesAfter(feed.eventId(), feed.latest(), CATCH_UP_LIMIT);
			feed.append(render(feed.eventId(), changes, source), noticedAt);
		}
	}

	/**
	 * Renders changes, each subject once with its current state (under the number of its last change):
	 * a burst of dots on one idea becomes one message.
	 */
	List<Feed.Entry> render(UUID eventId, List<Change> changes) {
		return render(eventId, changes, store);
	}

	private List<Feed.Entry> render(UUID eventId, List<Change> changes, LiveStore store) {
		if (changes.isEmpty()) {
			return List.of();
		}
		Map<String, Change> last = new LinkedHashMap<>();
		for (Change change : changes) {
			String key = change.kind() + ":" + change.subjectId();
			last.remove(key);
			last.put(key, change);
		}
		Set<UUID> ideaIds = new LinkedHashSet<>();
		boolean walls = false;
		boolean session = false;
		for (Change change : last.values()) {
			switch (change.kind()) {
				case IDEA, DOTS -> ideaIds.add(change.subjectId());
				case WALL -> walls = true;
				case SESSION -> session = true;
			}
		}
		Map<UUID, Idea> ideas = store.ideas(eventId, ideaIds)
			.stream()
			.collect(Collectors.toMap(Idea::id, Function.identity()));
		Map<UUID, Wall> wallsById = walls ? store.walls(eventId).stream().collect(Collectors.toMap(Wall::id, Function.identity()))
				: Map.of();
		LiveSession current = session ? store.session(eventId).orElse(null) : null;
		List<Feed.Entry> entries = new ArrayList<>();
		for (var item : last.entrySet()) {
			Change change = item.getValue();
			Feed.Entry entry = switch (change.kind()) {
				case IDEA -> ideaEntry(change, ideas.get(change.subjectId()));
				case DOTS -> scoreEntry(change, ideas.get(change.subjectId()));
				case WALL -> wallEntry(change, wallsById.get(change.subjectId()));
				case SESSION -> current == null ? null : sessionEntry(change, current);
			};
			if (entry != null) {
				entries.add(entry);
			}
		}
		entries.sort(java.util.Comparator.comparingLong(Feed.Entry::seq));
		return entries;
	}

	private Feed.@Nullable Entry ideaEntry(Change change, @Nullable Idea idea) {
		if (idea == null) {
			return null;
		}
		Map<String, Object> moderators = ideaJson(idea);
		moderators.put("status", idea.status().name());
		moderators.put("reason", idea.hiddenReason());
		String forParticipants = idea.isPublished() ? write(participantJson(idea))
				: write(Map.of("t", "gone", "id", idea.id().toString()));
		return Feed.Entry.of(change.seq(), "idea:" + idea.id(), forParticipants, write(moderators));
	}

	/**
	 * The score alone, under a key of its own: when a message also carries the whole card, the card comes
	 * first (it was rendered with the score of its own time) or later (with a newer one), in change order.
	 */
	private Feed.@Nullable Entry scoreEntry(Change change, @Nullable Idea idea) {
		if (idea == null) {
			return null;
		}
		Map<String, Object> score = new LinkedHashMap<>();
		score.put("t", "score");
		score.put("id", idea.id().toString());
		score.put("score", idea.score());
		String gone = idea.isPublished() ? null : write(Map.of("t", "gone", "id", idea.id().toString()));
		return Feed.Entry.score(change.seq(), idea.id().toString(), idea.key(), idea.score(), gone, write(score));
	}

	static Map<String, Object> ideaJson(Idea idea) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("t", "idea");
		map.put("id", idea.id().toString());
		map.put("wall", idea.wallId().toString());
		map.put("text", idea.text());
		map.put("nick", idea.nickname());
		map.put("score", idea.score());
		map.put("pinned", idea.pinned());
		map.put("merged", idea.mergedInto() == null ? null : idea.mergedInto().toString());
		map.put("edited", idea.authorEdited());
		map.put("original", idea.originalText());
		map.put("at", idea.createdAt().toString());
		return map;
	}

	/**
	 * A published card as participants and the projector get it: what their pages show, without the fields
	 * they would read as absent anyway (not pinned, not merged, not edited, no nickname, no original text) and without the time.
	 * Every phone gets every card, so a card's bytes count ten-thousandfold in a big room. The card brings the idea's
	 * short key ({@code "k"}, {@link Idea#key}), by which the phones' scores name it, and names its wall by the wall's
	 * short key ({@link Wall#key}, the {@code data-wall-key} of the page's wall).
	 */
	static Map<String, Object> participantJson(Idea idea) {
		Map<String, Object> map = new LinkedHashMap<>();
		// the key right after the id (a map keeps the place of a name that is put again, with the same value)
		map.put("t", "idea");
		map.put("id", idea.id().toString());
		map.put("k", idea.key());
		map.putAll(ideaJson(idea));
		map.put("wall", idea.wallKey());
		map.remove("at");
		map.values().removeIf(value -> value == null || Boolean.FALSE.equals(value));
		return map;
	}

	private Feed.@Nullable Entry wallEntry(Change change, @Nullable Wall wall) {
		if (wall == null) {
			// the wall was removed (its ideas were moved first, each with a change of its own)
			if (change.subjectId() == null) {
				return null;
			}
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("t", "wallGone");
			map.put("id", change.subjectId().toString());
			String gone = write(map);
			return Feed.Entry.of(change.seq(), "wall:" + change.subjectId(), gone, gone);
		}
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("t", "wall");
		map.put("id", wall.id().toString());
		map.put("position", wall.position());
		map.put("title", wall.title());
		map.put("question", wall.question());
		map.put("target", wall.targetGroup());
		map.put("open", wall.open());
		String text = write(map);
		return Feed.Entry.of(change.seq(), "wall:" + wall.id(), text, text);
	}

	private Feed.Entry sessionEntry(Change change, LiveSession session) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("t", "session");
		map.put("state", session.state().name());
		map.put("voting", session.votingOpen());
		map.put("budget", session.dotBudget());
		map.put("perIdea", session.maxDotsPerIdea());
		String text = write(map);
		return Feed.Entry.of(change.seq(), "session", text, text);
	}

	private String write(Object value) {
		return json.writeValueAsString(value);
	}

	// listening

	@Override
	public void start() {
		running = true;
		Thread thread = Thread.ofPlatform().name("live-listener").daemon().unstarted(this::listen);
		listener = thread;
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
		Thread thread = listener;
		if (thread != null) {
			thread.interrupt();
		}
		// the open streams end now (browsers reconnect elsewhere), instead of holding the graceful shutdown
		feeds.values().forEach(Feed::close);
		feeds.clear();
	}

	@Override
	public void destroy() {
		publisher.shutdownNow();
		waker.shutdownNow();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void listen() {
		while (running) {
			try (Connection connection = listeningConnection()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + LiveStore.NOTIFY_CHANNEL);
				}
				if (!connection.getAutoCommit()) {
					connection.commit();
				}
				PGConnection postgres = connection.unwrap(PGConnection.class);
				// what changed is loaded on this connection: from the pool it waited behind every request
				// (under load, for seconds), and every live client with it
				LiveStore own = store.on(connection);
				feeds.values().forEach(feed -> refreshQuietly(feed, own));
				while (running) {
					PGNotification[] notifications = postgres.getNotifications(1_000);
					if (notifications == null || notifications.length == 0) {
						// quiet second: drop feeds nobody follows, look once whether anything was missed
						feeds.values().removeIf(feed -> feed.unusedFor(IDLE.toNanos()));
						feeds.values().forEach(feed -> refreshQuietly(feed, own));
						feeds.values().forEach(Feed::reportQuietLag);
						continue;
					}
					long noticedAt = System.nanoTime();
					Set<UUID> events = new LinkedHashSet<>();
					for (PGNotification notification : notifications) {
						String payload = notification.getParameter();
						int colon = payload.indexOf(':');
						events.add(UUID.fromString(colon < 0 ? payload : payload.substring(0, colon)));
					}
					for (UUID event : events) {
						Feed feed = feeds.get(event);
						if (feed != null) {
							refreshQuietly(feed, own, noticedAt);
						}
					}
				}
			}
			catch (SQLException | RuntimeException e) {
				if (running) {
					log.warn("Live updates lost their database connection; reconnecting in a second: {}", e.getMessage());
					sleep();
				}
			}
		}
	}

	/**
	 * A connection of its own for listening, outside the pool: it is held as long as the application runs
	 * and would otherwise take a pooled connection away from the requests for good.
	 */
	private Connection listeningConnection() throws SQLException {
		return OwnConnection.open(dataSource);
	}

	private void refreshQuietly(Feed feed, LiveStore source) {
		refreshQuietly(feed, source, 0);
	}

	private void refreshQuietly(Feed feed, LiveStore source, long noticedAt) {
		try {
			refresh(feed, source, noticedAt);
		}
		catch (RuntimeException e) {
			log.warn("Could not load the live changes of event {}: {}", feed.eventId(), e.getMessage());
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(1_000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
