package org.werkstatt.cooperation.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.werkstatt.platform.database.OwnConnection;

/**
 * Writes this node's access-log entries in batches (a group commit): one thread with a connection of its own
 * takes every entry that waits, inserts them in the order they came in one round trip and one transaction,
 * commits once, and only then lets each caller go on. No entry waits for a batch to fill: the batch is whatever
 * came while the previous one committed (at most {@value #BATCH}).
 * <p>
 * An entry holds the chain's head row from its insert to its commit. With a transaction per entry, the requests
 * of a busy node queued for that lock, and the holder kept it through the flush to disk and through every wait
 * for a processor (on two cores about half of the list page's database time went to waiting for it). One writer
 * takes the lock once per batch and never waits for it.
 * <p>
 * When the writer is not running (before the start, after the stop) or its queue ({@code
 * werkstatt.access-log.queue}, by default {@value #QUEUE}) is full, {@link #write} answers false and the caller
 * inserts the entry itself, as one transaction: an entry is never dropped or refused. If a batch fails as a whole
 * (a lost connection), its entries are written again one by one, each in its own transaction; a commit that got no
 * answer is not written again (it may have happened) and its callers fail. A caller that gave up waiting (30 s)
 * fails, and its entry is still written when the writer gets to it: the log may name an access that was not served,
 * never the other way round. The writer's connection gives up on a database that stops answering after
 * {@value #NETWORK_TIMEOUT_MS} ms, so a half-open connection does not hold the writer.
 */
@Component
class AccessLogWriter implements SmartLifecycle {

	static final int BATCH = 200;
	static final int QUEUE = 1000;
	private static final long ANSWER_TIMEOUT_SECONDS = 30;
	static final int NETWORK_TIMEOUT_MS = 20_000;
	private static final Logger log = LoggerFactory.getLogger(AccessLogWriter.class);

	private record Pending(AccessEntry entry, CompletableFuture<Void> written) {
	}

	private final DataSource dataSource;
	private final OwnConnection connection;
	private final BlockingQueue<Pending> queue;
	private volatile boolean running;
	private @Nullable Thread thread;

	AccessLogWriter(DataSource dataSource, @Value("${werkstatt.access-log.queue:" + QUEUE + "}") int capacity) {
		this.dataSource = dataSource;
		this.connection = new OwnConnection(dataSource, false);
		this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
	}

	/**
	 * Writes the entry and waits until it is committed; false, without writing it, when the writer does not take
	 * it (not running, or its queue is full).
	 *
	 * @throws IllegalStateException when the entry could not be written
	 */
	boolean write(AccessEntry entry) {
		Pending pending = new Pending(entry, new CompletableFuture<>());
		if (!running || !queue.offer(pending)) {
			return false;
		}
		if (!running && queue.remove(pending)) {
			// stopped while this entry was offered: the writer may have ended before it
			return false;
		}
		try {
			pending.written().get(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the access-log entry was written", e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("the access-log entry could not be written", e.getCause());
		}
		catch (TimeoutException e) {
			throw new IllegalStateException("the access-log entry was not written within " + ANSWER_TIMEOUT_SECONDS
					+ " s", e);
		}
	}

	// the writing thread

	private void run() {
		List<Pending> batch = new ArrayList<>(BATCH);
		while (running || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, BATCH - 1);
				write(batch, connection);
			}
			catch (InterruptedException e) {
				if (!running) {
					// stopping: what is still queued is written below, then the thread ends
					Thread.interrupted();
				}
			}
			catch (RuntimeException e) {
				log.error("The access-log writer failed a batch of {} entries ({})", batch.size(), e.getClass().getName());
				batch.forEach(pending -> pending.written().completeExceptionally(e));
			}
			catch (Error e) {
				// the writer ends: callers write their entries themselves from now on
				running = false;
				batch.forEach(pending -> pending.written().completeExceptionally(e));
				throw e;
			}
			finally {
				batch.clear();
			}
		}
		connection.close();
	}

	private void write(List<Pending> batch, OwnConnection db) {
		try {
			insert(batch, db);
			batch.forEach(pending -> pending.written().complete(null));
			return;
		}
		catch (OutcomeUnknown e) {
			// the commit may have happened: written again, the entries could stand twice
			db.rollbackOrReconnect();
			log.warn("The commit of {} access-log entries was not answered (SQL state {})", batch.size(),
					e.getCause().getSQLState());
			batch.forEach(pending -> pending.written().completeExceptionally(e.getCause()));
			return;
		}
		catch (SQLException e) {
			db.rollbackOrReconnect();
			if (batch.size() == 1) {
				batch.getFirst().written().completeExceptionally(e);
				return;
			}
			// the state only: the server's message can quote the row, and the log takes no participant data
			log.warn("A batch of {} access-log entries failed (SQL state {}); writing them one by one", batch.size(),
					e.getSQLState());
		}
		for (Pending pending : batch) {
			try {
				insert(List.of(pending), db);
				pending.written().complete(null);
			}
			catch (OutcomeUnknown e) {
				db.rollbackOrReconnect();
				pending.written().completeExceptionally(e.getCause());
			}
			catch (SQLException e) {
				db.rollbackOrReconnect();
				pending.written().completeExceptionally(e);
			}
		}
	}

	/**
	 * Inserts the entries in their order, in one round trip, and commits.
	 *
	 * @throws SQLException nothing was committed (the batch failed, or the server refused the commit)
	 * @throws OutcomeUnknown the commit got no answer (the connection broke): it may have happened
	 */
	private void insert(List<Pending> entries, OwnConnection connection) throws SQLException, OutcomeUnknown {
		Connection db = connection.get();
		if (db.getNetworkTimeout() != NETWORK_TIMEOUT_MS) {
			db.setNetworkTimeout(Runnable::run, NETWORK_TIMEOUT_MS);
		}
		try (PreparedStatement insert = db.prepareStatement(AccessLog.INSERT)) {
			for (Pending pending : entries) {
				AccessLog.bind(insert, db, pending.entry());
				insert.addBatch();
			}
			insert.executeBatch();
		}
		try {
			db.commit();
		}
		catch (SQLException e) {
			String state = e.getSQLState();
			if (state == null || state.startsWith("08")) { // connection exception: no answer to the commit
				throw new OutcomeUnknown(e);
			}
			throw e;
		}
	}

	/** A commit without an answer. */
	private static final class OutcomeUnknown extends Exception {

		OutcomeUnknown(SQLException cause) {
			super(cause);
		}

		@Override
		public synchronized SQLException getCause() {
			return (SQLException) super.getCause();
		}
	}

	// lifecycle: starts before the web server takes requests and stops after it stopped taking them

	@Override
	public void start() {
		running = true;
		Thread writer = Thread.ofPlatform().name("access-log-writer").daemon().unstarted(this::run);
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
		// what is left in the queue (offered just before the writer ended, or the writer is stuck) is written here,
		// on a connection of its own when the writer has not ended
		List<Pending> left = new ArrayList<>();
		queue.drainTo(left);
		if (!left.isEmpty()) {
			if (writer == null || !writer.isAlive()) {
				write(left, connection);
				connection.close();
			}
			else {
				try (OwnConnection own = new OwnConnection(dataSource, false)) {
					write(left, own);
				}
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		// before the web server starts (its phase is DEFAULT_PHASE - 2048) and after it stopped taking requests
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}
}
