package org.werkstatt.workshop.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.werkstatt.platform.database.OwnConnection;

/**
 * Puts and takes back the participants' dots of this node in batches: one thread with its own database
 * connection takes every dot that waits, applies them in the order they came with one call of
 * {@code live_dots} (migration V7, DotRules' rules) and one commit, and only then answers each of them. A dot
 * used to be a transaction of its own, and every one of them queued for the event's session row and
 * PostgreSQL's notification lock held through the WAL flush; now a batch pays that once. No dot waits for a
 * batch to fill: the batch is whatever came while the previous one committed (at most {@value #BATCH}).
 *
 * <p>Counts stay exact: an answer says what is committed. When the queue is full a dot is refused at once
 * ({@link #BUSY}, HTTP 503 with "try again") instead of waiting. A waiting dot holds a request thread, so the
 * queue ({@code werkstatt.live.write.queue}, by default {@value #QUEUE}) is kept below Tomcat's 200 threads:
 * a writer that falls behind never takes every thread from the posts and pages. If a batch fails as a whole
 * (a deadlock with a moderator's merge, a lost connection), its dots are applied again one by one.
 */
@Component
class LiveWriter implements SmartLifecycle {

	static final int BATCH = 500;
	static final int QUEUE = 150;
	/** The message key of a dot refused because the queue is full. */
	static final String BUSY = "live.write.busy";
	private static final long ANSWER_TIMEOUT_SECONDS = 30;
	private static final String CALL = "select item, refusal, used, on_idea from live_dots(?, ?, ?, ?) order by item";
	private static final Logger log = LoggerFactory.getLogger(LiveWriter.class);

	/** What became of one dot: refused (why), or applied; the participant's dots after it, -1 when unknown. */
	record Applied(DotRules.@Nullable Refusal refusal, int used, int onIdea) {

		boolean known() {
			return used >= 0;
		}
	}

	private record Item(UUID event, UUID participant, UUID idea, int delta, CompletableFuture<Applied> answer) {
	}

	private final LiveMetrics metrics;
	private final BlockingQueue<Item> queue;
	private volatile boolean running;
	private @Nullable Thread thread;
	private final OwnConnection connection;

	LiveWriter(DataSource dataSource, LiveMetrics metrics,
			@org.springframework.beans.factory.annotation.Value("${werkstatt.live.write.queue:" + QUEUE + "}") int capacity) {
		this.connection = new OwnConnection(dataSource, false);
		this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
		this.metrics = metrics;
		metrics.writeQueue(queue::size);
	}

	/**
	 * Puts ({@code delta} 1) or takes back ({@code delta} -1) one dot and waits until it is committed; empty
	 * when the queue is full.
	 */
	@Nullable
	Applied apply(UUID event, UUID participant, UUID idea, int delta) {
		Item item = new Item(event, participant, idea, delta, new CompletableFuture<>());
		if (!running || !queue.offer(item)) {
			metrics.writeRefused();
			return null;
		}
		try {
			return item.answer().get(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the dot was written", e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("the dot could not be written", e.getCause());
		}
		catch (TimeoutException e) {
			throw new IllegalStateException("the dot was not written within " + ANSWER_TIMEOUT_SECONDS + " s", e);
		}
	}

	// the writing thread

	private void run() {
		List<Item> batch = new ArrayList<>(BATCH);
		while (running || !queue.isEmpty()) {
			try {
				Item first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, BATCH - 1);
				long started = System.nanoTime();
				write(batch);
				metrics.writeBatch(batch.size(), System.nanoTime() - started);
			}
			catch (InterruptedException e) {
				if (!running) {
					// stopping: what is still queued is written below, then the thread ends
					Thread.interrupted();
				}
			}
			catch (RuntimeException e) {
				log.error("The live writer failed a batch of {} dots", batch.size(), e);
				batch.forEach(item -> item.answer().completeExceptionally(e));
			}
			finally {
				batch.clear();
			}
		}
		connection.close();
	}

	private void write(List<Item> batch) {
		try {
			List<Applied> applied = call(batch);
			for (int i = 0; i < batch.size(); i++) {
				batch.get(i).answer().complete(applied.get(i));
			}
			return;
		}
		catch (SQLException e) {
			connection.rollbackOrReconnect();
			if (batch.size() == 1) {
				batch.getFirst().answer().completeExceptionally(e);
				return;
			}
			log.warn("A batch of {} dots failed ({}); writing them one by one", batch.size(), e.getMessage());
		}
		for (Item item : batch) {
			try {
				item.answer().complete(call(List.of(item)).getFirst());
			}
			catch (SQLException e) {
				connection.rollbackOrReconnect();
				item.answer().completeExceptionally(e);
			}
		}
	}

	/** One call of live_dots for the items and one commit; what became of each item, in their order. */
	private List<Applied> call(List<Item> items) throws SQLException {
		Connection db = connection.get();
		UUID[] events = new UUID[items.size()];
		UUID[] participants = new UUID[items.size()];
		UUID[] ideas = new UUID[items.size()];
		Integer[] deltas = new Integer[items.size()];
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			events[i] = item.event();
			participants[i] = item.participant();
			ideas[i] = item.idea();
			deltas[i] = item.delta();
		}
		List<Applied> applied = new ArrayList<>(items.size());
		try (PreparedStatement call = db.prepareStatement(CALL)) {
			call.setArray(1, db.createArrayOf("uuid", events));
			call.setArray(2, db.createArrayOf("uuid", participants));
			call.setArray(3, db.createArrayOf("uuid", ideas));
			call.setArray(4, db.createArrayOf("int4", deltas));
			try (ResultSet rows = call.executeQuery()) {
				while (rows.next()) {
					String refusal = rows.getString("refusal");
					Integer used = rows.getObject("used", Integer.class);
					Integer onIdea = rows.getObject("on_idea", Integer.class);
					applied.add(new Applied(refusal == null ? null : DotRules.Refusal.valueOf(refusal),
							used == null ? -1 : used, onIdea == null ? -1 : onIdea));
				}
			}
		}
		db.commit();
		if (applied.size() != items.size()) {
			throw new IllegalStateException("live_dots answered " + applied.size() + " of " + items.size() + " dots");
		}
		return applied;
	}

	// lifecycle: starts before the web server takes requests and stops after it stopped taking them

	@Override
	public void start() {
		running = true;
		Thread writer = Thread.ofPlatform().name("live-writer").daemon().unstarted(this::run);
		thread = writer;
		writer.start();
	}

	@Override
	public void stop() {
		running = false;
		Thread writer = thread;
		if (writer != null) {
			writer.interrupt();
			try {
				writer.join(10_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 2048;
	}
}
