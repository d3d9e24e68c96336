package org.werkstatt.cooperation.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.werkstatt.FullStackTest;

/** The access log keeps every entry in a chain the database refuses to change, and a changed row is found. */
class AccessLogTests extends FullStackTest {

	@Autowired
	AccessLog accessLog;

	@Autowired
	AccessLogChain chain;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LogSearch search;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DataSource dataSource;

	@Test
	void anEntryIsNumberedChainedAndIndexedByParticipant() {
		UUID person = UUID.randomUUID();
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		accessLog.record(AccessEntry.granted(person, UUID.randomUUID(), "PROVIDER_STAFF", AccessKind.LIST,
				List.of(a, b), "/work/coop/{agreementId}/participants", "care"));
		accessLog.record(AccessEntry.refused(person, null, null, AccessKind.READ, List.of(a),
				"/work/coop/{agreementId}/participants/{id}", "care", "NOT_ASSIGNED"));

		List<Long> ids = jdbc.sql("select id from access_log where person_id = ? order by id").param(person)
			.query(Long.class).list();
		assertThat(ids).hasSize(2);
		assertThat(ids.get(1)).isGreaterThan(ids.get(0));
		byte[] firstHash = jdbc.sql("select hash from access_log where id = ?").param(ids.get(0))
			.query(byte[].class).single();
		byte[] linked = jdbc.sql("select previous_hash from access_log where id = ?").param(ids.get(0) + 1)
			.query(byte[].class).single();
		assertThat(linked).isEqualTo(firstHash);
		assertThat(jdbc.sql("select count(*) from access_log_participant where participant_id = ?").param(a)
			.query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select reason from access_log where id = ?").param(ids.get(1)).query(String.class)
			.single()).isEqualTo("NOT_ASSIGNED");
		assertThat(chain.verify().whole()).isTrue();
	}

	@Test
	void anEntryIsWrittenEvenWhenTheCallersTransactionRollsBack() {
		UUID person = UUID.randomUUID();
		transactions.executeWithoutResult(status -> {
			accessLog.record(AccessEntry.refused(person, null, null, AccessKind.READ, List.of(UUID.randomUUID()),
					"/work/coop/{agreementId}/participants/{id}", "care", "OTHER_ORGANISATION"));
			status.setRollbackOnly();
		});
		assertThat(jdbc.sql("select count(*) from access_log where person_id = ?").param(person).query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesUpdateDeleteAndTruncate() {
		accessLog.record(AccessEntry.granted(null, null, null, AccessKind.READ, List.of(UUID.randomUUID()),
				"/test", "test"));
		assertThatThrownBy(() -> jdbc.sql("update access_log set purpose = 'x'").update())
			.isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from access_log").update())
			.isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate access_log cascade").update())
			.isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from access_log_participant").update())
			.isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
	}

	@Test
	void aRowChangedBehindTheTriggersBackIsFound() {
		UUID person = UUID.randomUUID();
		accessLog.record(AccessEntry.granted(person, null, "CASEWORKER", AccessKind.READ,
				List.of(UUID.randomUUID()), "/work/coop/{agreementId}/participants/{id}", "care"));
		accessLog.record(AccessEntry.granted(null, null, null, AccessKind.READ, List.of(), "/test", "after"));
		long id = jdbc.sql("select id from access_log where person_id = ?").param(person).query(Long.class).single();
		assertThat(chain.verify().whole()).isTrue();

		// a superuser switches the triggers off for the session and changes who read
		superuser("update access_log set person_id = null where id = " + id);
		try {
			AccessLogChain.Verification verdict = chain.verify();
			assertThat(verdict.whole()).isFalse();
			assertThat(verdict.firstBrokenId()).isEqualTo(id);
			assertThat(verdict.problem()).isEqualTo(AccessLogChain.Problem.CONTENT_CHANGED);
		}
		finally {
			superuser("update access_log set person_id = '" + person + "' where id = " + id);
		}
		assertThat(chain.verify().whole()).isTrue();
	}

	/** The side table has no foreign key (V8): a row added by hand must not attach an entry to another participant. */
	@Test
	void aSideTableRowAddedByHandAttachesNoEntryToAnotherParticipant() {
		UUID named = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		UUID person = UUID.randomUUID();
		accessLog.record(AccessEntry.granted(person, null, "CASEWORKER", AccessKind.READ, List.of(named),
				"/work/coop/{agreementId}/participants/{id}", "care"));
		long id = jdbc.sql("select id from access_log where person_id = ?").param(person).query(Long.class).single();
		jdbc.sql("insert into access_log_participant (participant_id, at, entry_id) select ?, at, id from access_log where id = ?")
			.params(other, id).update();
		jdbc.sql("insert into access_log_participant (participant_id, at, entry_id) values (?, now(), ?)")
			.params(other, Long.MAX_VALUE).update();

		assertThat(search.ofParticipant(named, 10)).extracting(LogSearch.Entry::id).containsExactly(id);
		assertThat(search.ofParticipant(other, 10)).isEmpty();
		assertThat(search.search(List.of(), new LogSearch.Filter(other, null, null, null, null, null), 1).entries()).isEmpty();
		assertThat(search.search(List.of(), new LogSearch.Filter(named, null, null, null, null, null), 1).entries())
			.extracting(LogSearch.Entry::id).containsExactly(id);
	}

	@Test
	void entriesRecordedAtOnceAreAllWrittenChainedAndInEachCallersOrder() throws Exception {
		UUID person = UUID.randomUUID();
		int callers = 16;
		int each = 20;
		List<UUID> participants = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			participants.add(UUID.randomUUID());
		}
		atOnce(callers, caller -> {
			for (int i = 0; i < each; i++) {
				accessLog.record(AccessEntry.granted(person, null, "CASEWORKER", AccessKind.READ,
						List.of(participants.get(caller)), "/test/" + caller, String.valueOf(i)));
			}
		}).forEach(failure -> assertThat(failure).isNull());

		assertThat(jdbc.sql("select count(*) from access_log where person_id = ?").param(person).query(Long.class)
			.single()).isEqualTo(callers * each);
		// each entry's previous hash is the hash of the entry numbered just before it, whoever wrote that one
		assertThat(jdbc.sql("""
				select count(*) from access_log e join access_log p on p.id = e.id - 1
				 where e.person_id = ? and e.previous_hash = p.hash""").param(person).query(Long.class).single())
			.isEqualTo(callers * each);
		for (int caller = 0; caller < callers; caller++) {
			List<String> order = jdbc.sql("select purpose from access_log where person_id = ? and route = ? order by id")
				.param(person).param("/test/" + caller).query(String.class).list();
			assertThat(order).containsExactlyElementsOf(
					java.util.stream.IntStream.range(0, each).mapToObj(String::valueOf).toList());
			assertThat(jdbc.sql("select count(*) from access_log_participant where participant_id = ?")
				.param(participants.get(caller)).query(Long.class).single()).isEqualTo(each);
		}
	}

	@Test
	void anEntryTheDatabaseRefusesFailsAloneAndTheEntriesWrittenWithItStand() throws Exception {
		UUID person = UUID.randomUUID();
		int callers = 12;
		// a stream of entries from all callers, so that the refused one is most likely written in a batch
		List<Throwable> failures = atOnce(callers, caller -> {
			for (int i = 0; i < 5; i++) {
				accessLog.record(AccessEntry.granted(person, null, null, AccessKind.READ, List.of(UUID.randomUUID()),
						caller == 0 && i == 2 ? "/test/\0" : "/test/" + caller, "care"));
			}
		});

		assertThat(failures.getFirst()).isNotNull();
		assertThat(failures.subList(1, callers)).containsOnlyNulls();
		assertThat(jdbc.sql("select count(*) from access_log where person_id = ?").param(person).query(Long.class)
			.single()).isEqualTo((callers - 1) * 5 + 2);
	}

	@Test
	void anEntryRefusedAtCommitFailsAloneAndTheOthersAreWrittenOnce() throws Exception {
		// a deferred check refuses one entry only when its batch commits: the server answers, so nothing was committed
		// and the others are written again one by one, each exactly once
		jdbc.sql("""
				create function test_refuse_at_commit() returns trigger language plpgsql as $$
				begin
				    if new.route = '/test/refused-at-commit' then raise exception 'refused at commit'; end if;
				    return null;
				end $$""").update();
		jdbc.sql("""
				create constraint trigger test_refuse_at_commit after insert on access_log deferrable initially deferred
				 for each row execute function test_refuse_at_commit()""").update();
		try {
			UUID person = UUID.randomUUID();
			int callers = 12;
			List<Throwable> failures = atOnce(callers, caller -> {
				for (int i = 0; i < 5; i++) {
					accessLog.record(AccessEntry.granted(person, null, null, AccessKind.READ, List.of(UUID.randomUUID()),
							caller == 0 && i == 2 ? "/test/refused-at-commit" : "/test/" + caller, "care"));
				}
			});

			assertThat(failures.getFirst()).isNotNull();
			assertThat(failures.subList(1, callers)).containsOnlyNulls();
			assertThat(jdbc.sql("select count(*) from access_log where person_id = ?").param(person).query(Long.class)
				.single()).isEqualTo((callers - 1) * 5 + 2);
		}
		finally {
			jdbc.sql("drop trigger test_refuse_at_commit on access_log").update();
			jdbc.sql("drop function test_refuse_at_commit()").update();
		}
	}

	@Test
	void aWriterThatIsNotRunningLeavesTheEntryToTheCaller() {
		UUID person = UUID.randomUUID();
		AccessEntry entry = AccessEntry.granted(person, null, null, AccessKind.READ, List.of(), "/test", "care");
		AccessLogWriter writer = new AccessLogWriter(dataSource, 10);
		assertThat(writer.write(entry)).isEmpty();
		writer.start();
		try {
			assertThat(writer.write(entry)).isPresent();
		}
		finally {
			writer.stop();
		}
		assertThat(writer.write(entry)).isEmpty();
		assertThat(jdbc.sql("select count(*) from access_log where person_id = ?").param(person).query(Long.class)
			.single()).isEqualTo(1);
	}

	/** Runs the work of each caller in a thread of its own, all released at once; each caller's failure or null. */
	private static List<Throwable> atOnce(int callers, java.util.function.IntConsumer work) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService threads = Executors.newFixedThreadPool(callers)) {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				int caller = i;
				running.add(threads.submit(() -> {
					start.await();
					work.accept(caller);
					return null;
				}));
			}
			start.countDown();
			List<Throwable> failures = new ArrayList<>();
			for (Future<?> each : running) {
				try {
					each.get(60, TimeUnit.SECONDS);
					failures.add(null);
				}
				catch (ExecutionException e) {
					failures.add(e.getCause());
				}
			}
			return failures;
		}
	}

	private void superuser(String statement) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql(statement).update();
		});
	}
}
