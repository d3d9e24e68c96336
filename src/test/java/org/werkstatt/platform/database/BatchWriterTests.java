package org.werkstatt.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;

/**
 * The group commit under the faults a batch meets: a commit that got no answer is not written again (its items
 * could stand twice), a batch the server refuses is written again item by item, and what is queued at the stop is
 * written.
 */
class BatchWriterTests extends FullStackTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

	/** Writes values into the test table; a batch with "hold" waits for the gate before it writes. */
	static final class Values extends BatchWriter<String, String> {

		final CountDownLatch holding = new CountDownLatch(1);
		final CountDownLatch gate = new CountDownLatch(1);

		Values(DataSource dataSource, int networkTimeoutMs) {
			super("test values", dataSource, 100, 50, networkTimeoutMs);
		}

		@Override
		protected List<String> writeAll(Connection db, List<String> values) throws SQLException {
			if (values.contains("hold")) {
				holding.countDown();
				try {
					gate.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			try (PreparedStatement insert = db.prepareStatement("insert into test_batch_writer (value) values (?)")) {
				for (String value : values) {
					insert.setString(1, value);
					insert.addBatch();
				}
				insert.executeBatch();
			}
			return values;
		}
	}

	@BeforeEach
	void table() {
		jdbc.sql("create table test_batch_writer (value text not null)").update();
		jdbc.sql("create sequence test_batch_writer_commits").update();
	}

	@AfterEach
	void drop() {
		callers.close();
		jdbc.sql("drop table test_batch_writer").update();
		jdbc.sql("drop sequence test_batch_writer_commits").update();
		jdbc.sql("drop function if exists test_batch_writer_check() cascade").update();
	}

	@Test
	void aCommitWithoutAnAnswerIsNotWrittenAgain() throws Exception {
		// the commit after the held one takes 3 s in the server, the writer waits 1 s for an answer: the commit happens, the
		// writer cannot know it; written again, both values would stand twice
		deferredCheck("if nextval('test_batch_writer_commits') = 2 then perform pg_sleep(3); end if;");
		Values writer = new Values(dataSource, 1_000);
		writer.start();
		try {
			CompletableFuture<Optional<String>> held = CompletableFuture.supplyAsync(() -> writer.write("hold"), callers);
			assertThat(writer.holding.await(10, TimeUnit.SECONDS)).isTrue();
			CompletableFuture<Optional<String>> a = CompletableFuture.supplyAsync(() -> writer.write("a"), callers);
			CompletableFuture<Optional<String>> b = CompletableFuture.supplyAsync(() -> writer.write("b"), callers);
			awaitQueued(writer, 2);
			writer.gate.countDown();

			assertThat(held.get(10, TimeUnit.SECONDS)).hasValue("hold");
			assertThatThrownBy(() -> a.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
			assertThatThrownBy(() -> b.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
			// the writer answers again on a new connection
			assertThat(writer.write("c")).hasValue("c");
		}
		finally {
			writer.stop();
		}
		Thread.sleep(3_500); // the server finishes the commit it was asked for
		assertThat(count("hold")).isEqualTo(1);
		assertThat(count("a")).isEqualTo(1);
		assertThat(count("b")).isEqualTo(1);
		assertThat(count("c")).isEqualTo(1);
	}

	@Test
	void aBatchRefusedAtCommitIsWrittenAgainItemByItem() throws Exception {
		deferredCheck("if new.value = 'bad' then raise exception 'refused at commit'; end if;");
		Values writer = new Values(dataSource, 20_000);
		writer.start();
		try {
			CompletableFuture<Optional<String>> held = CompletableFuture.supplyAsync(() -> writer.write("hold"), callers);
			assertThat(writer.holding.await(10, TimeUnit.SECONDS)).isTrue();
			CompletableFuture<Optional<String>> a = CompletableFuture.supplyAsync(() -> writer.write("a"), callers);
			CompletableFuture<Optional<String>> bad = CompletableFuture.supplyAsync(() -> writer.write("bad"), callers);
			CompletableFuture<Optional<String>> b = CompletableFuture.supplyAsync(() -> writer.write("b"), callers);
			awaitQueued(writer, 3);
			writer.gate.countDown();

			assertThat(held.get(10, TimeUnit.SECONDS)).hasValue("hold");
			assertThat(a.get(10, TimeUnit.SECONDS)).hasValue("a");
			assertThat(b.get(10, TimeUnit.SECONDS)).hasValue("b");
			assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
		}
		finally {
			writer.stop();
		}
		assertThat(count("a")).isEqualTo(1);
		assertThat(count("b")).isEqualTo(1);
		assertThat(count("bad")).isZero();
	}

	@Test
	void whatIsQueuedAtTheStopIsWrittenAndLaterItemsAreLeftToTheCaller() throws Exception {
		Values writer = new Values(dataSource, 20_000);
		assertThat(writer.write("before")).isEmpty();
		writer.start();
		CompletableFuture<Optional<String>> held = CompletableFuture.supplyAsync(() -> writer.write("hold"), callers);
		assertThat(writer.holding.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Optional<String>> a = CompletableFuture.supplyAsync(() -> writer.write("a"), callers);
		awaitQueued(writer, 1);
		CompletableFuture<Void> stopped = CompletableFuture.runAsync(writer::stop, callers);
		writer.gate.countDown();
		stopped.get(15, TimeUnit.SECONDS);

		assertThat(held.get(1, TimeUnit.SECONDS)).hasValue("hold");
		assertThat(a.get(1, TimeUnit.SECONDS)).hasValue("a");
		assertThat(writer.write("after")).isEmpty();
		assertThat(count("a")).isEqualTo(1);
		assertThat(count("before") + count("after")).isZero();
	}

	private void deferredCheck(String body) {
		jdbc.sql("create function test_batch_writer_check() returns trigger language plpgsql as $$ begin " + body
				+ " return null; end $$").update();
		jdbc.sql("""
				create constraint trigger test_batch_writer_check after insert on test_batch_writer
				 deferrable initially deferred for each row execute function test_batch_writer_check()""").update();
	}

	private static void awaitQueued(Values writer, int items) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (writer.queued() != items && System.nanoTime() < until) {
			Thread.sleep(10);
		}
		assertThat(writer.queued()).isEqualTo(items);
	}

	private long count(String value) {
		return jdbc.sql("select count(*) from test_batch_writer where value = ?").param(value).query(Long.class)
			.single();
	}
}
