package org.werkstatt.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/**
 * A group commit: one thread with a connection of its own takes every item that waits, writes them in the order
 * they came in one transaction ({@link #writeAll}), commits once, and only then answers each caller. No item waits
 * for a batch to fill: the batch is whatever came while the previous one committed (at most {@code batch}).
 * Requests that each wrote in a transaction of their own queued for the same row lock, held through the flush to
 * disk and through every wait for a processor; the writer takes it once per batch.
 * <p>
 * What is kept whatever fails:
 * <ul>
 * <li>An answer says what is committed. When the writer is not running (before the start, after the stop) or its
 * queue is full, {@link #write} answers empty at once and the caller decides (write it itself, or refuse).</li>
 * <li>A batch the database refuses as a whole (a deadlock, one bad item) is rolled back and written again item by
 * item, each in its own transaction, so a bad item fails alone.</li>
 * <li>A commit that got no answer (the connection broke: it may have happened) is not written again, since the
 * items could then stand twice; its callers fail.</li>
 * <li>A caller that gave up waiting ({@value #ANSWER_TIMEOUT_SECONDS} s) fails, and its item is still written when
 * the writer gets to it.</li>
 * <li>Items still queued at the stop are written before the stop returns, on a connection of their own when the
 * writer thread is stuck. An {@link Error} ends the writer; callers are answered empty from then on.</li>
 * <li>The connection gives up on a database that stops answering after {@value #NETWORK_TIMEOUT_MS} ms, so a
 * half-open connection does not hold the writer.</li>
 * </ul>
 * Logs name the batch's size and the SQL state only: a server's message can quote a row.
 *
 * @param <I> an item to write
 * @param <R> what became of it
 */
public abstract class BatchWriter<I, R> implements SmartLifecycle {

	static final long ANSWER_TIMEOUT_SECONDS = 30;
	static final int NETWORK_TIMEOUT_MS = 20_000;
	private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);

	private record Pending<I, R>(I item, CompletableFuture<R> answer) {
	}

	private final String name;
	private final DataSource dataSource;
	private final OwnConnection connection;
	private final BlockingQueue<Pending<I, R>> queue;
	private final int batch;
	private final int networkTimeoutMs;
	private volatile boolean running;
	private @Nullable Thread thread;

	/**
	 * @param name what the items are, for the thread's name and the log ("access-log entries")
	 * @param capacity how many items wait at most
	 * @param batch how many items go in one transaction at most
	 */
	protected BatchWriter(String name, DataSource dataSource, int capacity, int batch) {
		this(name, dataSource, capacity, batch, NETWORK_TIMEOUT_MS);
	}

	BatchWriter(String name, DataSource dataSource, int capacity, int batch, int networkTimeoutMs) {
		this.networkTimeoutMs = networkTimeoutMs;
		this.name = name;
		this.dataSource = dataSource;
		this.connection = new OwnConnection(dataSource, false);
		this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
		this.batch = Math.max(1, batch);
	}

	/**
	 * Writes the items in their order on the connection, without committing (the writer commits).
	 *
	 * @return what became of each item, in their order
	 */
	protected abstract List<R> writeAll(Connection db, List<I> items) throws SQLException;

	/** After each batch the writer committed (or failed): its size and the time it took. */
	protected void batchWritten(int size, long nanos) {
	}

	/** The items waiting now. */
	public final int queued() {
		return queue.size();
	}

	/**
	 * Writes the item and waits until it is committed; empty, without writing it, when the writer does not take it
	 * (not running, or its queue is full).
	 *
	 * @throws IllegalStateException when the item could not be written, or its commit got no answer
	 */
	public final Optional<R> write(I item) {
		Pending<I, R> pending = new Pending<>(item, new CompletableFuture<>());
		if (!running || !queue.offer(pending)) {
			return Optional.empty();
		}
		if (!running && queue.remove(pending)) {
			// stopped while this item was offered: the writer may have ended before it
			return Optional.empty();
		}
		try {
			return Optional.of(pending.answer().get(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while one of the " + name + " was written", e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("one of the " + name + " could not be written", e.getCause());
		}
		catch (TimeoutException e) {
			throw new IllegalStateException("one of the " + name + " was not written within " + ANSWER_TIMEOUT_SECONDS
					+ " s", e);
		}
	}

	// the writing thread

	private void run() {
		List<Pending<I, R>> taken = new ArrayList<>(batch);
		while (running || !queue.isEmpty()) {
			try {
				Pending<I, R> first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				taken.add(first);
				queue.drainTo(taken, batch - 1);
				long started = System.nanoTime();
				write(taken, connection);
				batchWritten(taken.size(), System.nanoTime() - started);
			}
			catch (InterruptedException e) {
				if (!running) {
					// stopping: what is still queued is written in the loop, then the thread ends
					Thread.interrupted();
				}
			}
			catch (RuntimeException e) {
				log.error("The writer of {} failed a batch of {} ({})", name, taken.size(), e.getClass().getName());
				taken.forEach(pending -> pending.answer().completeExceptionally(e));
			}
			catch (Error e) {
				running = false;
				taken.forEach(pending -> pending.answer().completeExceptionally(e));
				throw e;
			}
			finally {
				taken.clear();
			}
		}
		connection.close();
	}

	private void write(List<Pending<I, R>> taken, OwnConnection db) {
		try {
			answer(taken, commit(taken, db));
			return;
		}
		catch (OutcomeUnknown e) {
			db.rollbackOrReconnect();
			log.warn("The commit of a batch of {} {} got no answer (SQL state {}); not written again", taken.size(), name,
					e.getCause().getSQLState());
			taken.forEach(pending -> pending.answer().completeExceptionally(e.getCause()));
			return;
		}
		catch (SQLException e) {
			db.rollbackOrReconnect();
			if (taken.size() == 1) {
				taken.getFirst().answer().completeExceptionally(e);
				return;
			}
			log.warn("A batch of {} {} failed (SQL state {}); writing them one by one", taken.size(), name,
					e.getSQLState());
		}
		for (Pending<I, R> pending : taken) {
			try {
				answer(List.of(pending), commit(List.of(pending), db));
			}
			catch (OutcomeUnknown e) {
				db.rollbackOrReconnect();
				pending.answer().completeExceptionally(e.getCause());
			}
			catch (SQLException e) {
				db.rollbackOrReconnect();
				pending.answer().completeExceptionally(e);
			}
		}
	}

	private void answer(List<Pending<I, R>> taken, List<R> results) {
		for (int i = 0; i < taken.size(); i++) {
			taken.get(i).answer().complete(results.get(i));
		}
	}

	/**
	 * Writes the items and commits.
	 *
	 * @throws SQLException nothing was committed (the batch failed, or the server refused the commit)
	 * @throws OutcomeUnknown the commit got no answer (the connection broke): it may have happened
	 */
	private List<R> commit(List<Pending<I, R>> taken, OwnConnection connection) throws SQLException, OutcomeUnknown {
		Connection db = connection.get();
		if (db.getNetworkTimeout() != networkTimeoutMs) {
			db.setNetworkTimeout(Runnable::run, networkTimeoutMs);
		}
		List<R> results = writeAll(db, taken.stream().map(Pending::item).toList());
		if (results.size() != taken.size()) {
			throw new SQLException("the writer of " + name + " answered " + results.size() + " of " + taken.size()
					+ " items", "XX000");
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
		return results;
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
		Thread writer = Thread.ofPlatform().name("writer of " + name).daemon().unstarted(this::run);
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
		// what is left (offered just before the writer ended, or the writer is stuck) is written here, on a
		// connection of its own when the writer has not ended
		List<Pending<I, R>> left = new ArrayList<>();
		queue.drainTo(left);
		if (left.isEmpty()) {
			return;
		}
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
