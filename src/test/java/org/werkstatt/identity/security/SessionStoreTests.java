package org.werkstatt.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.ServletException;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.identity.person.People;

/** The session store: one read per request, the time of last access written at most once a minute, nothing unchanged saved. */
class SessionStoreTests extends FullStackTest {

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SessionStore sessions;

	@Test
	void aRequestWithinAMinuteLeavesTheStoredAccessTimeAndAnOlderOneIsRenewed() {
		String email = "session-" + UUID.randomUUID() + "@example.org";
		people.create(email, "Sina Session", "de", passwordEncoder.encode("correct horse battery"), false);
		HttpSession visitor = new HttpSession(port);
		assertThat(visitor.signIn(email, "correct horse battery")).isTrue();
		long signedIn = lastAccess(email);

		assertThat(visitor.get("/account").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/my-work").statusCode()).isEqualTo(200);
		assertThat(lastAccess(email)).isEqualTo(signedIn);

		long twoMinutes = Duration.ofMinutes(2).toMillis();
		jdbc.sql("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ? where principal_name = ?")
			.params(twoMinutes, twoMinutes, email)
			.update();
		long before = System.currentTimeMillis();
		assertThat(visitor.get("/account").statusCode()).isEqualTo(200);
		assertThat(lastAccess(email)).isGreaterThanOrEqualTo(before);
		assertThat(jdbc.sql("select expiry_time - last_access_time from spring_session where principal_name = ?")
			.param(email).query(Long.class).single()).isEqualTo(Duration.ofHours(8).toMillis());
	}

	@Test
	void twoRequestsOfOneSessionAddTheSameAttributeAtOnce() {
		SessionStore.Kept created = sessions.createSession();
		sessions.save(created);
		SessionStore.RequestEnd.forget();
		SessionStore.Kept first = sessions.findById(created.getId());
		SessionStore.Kept second = sessions.findById(created.getId());
		assertThat(first).isNotNull().isNotSameAs(second);
		assertThat(second).isNotNull();
		first.setAttribute("token", "first");
		second.setAttribute("token", "second");
		sessions.save(first);
		sessions.save(second);
		SessionStore.RequestEnd.forget();
		assertThat(sessions.findById(created.getId()).<String>getAttribute("token")).isEqualTo("second");
		sessions.deleteById(created.getId());
	}

	@Test
	void theSessionSavedInARequestAnswersItsSecondReadAndIsForgottenWhenTheRequestEnds() throws IOException, ServletException {
		Counting stored = new Counting();
		SessionStore store = new SessionStore(stored);
		String id = stored.put(new MapSession());

		SessionStore.Kept session = store.findById(id);
		assertThat(session).isNotNull();
		store.save(session);
		assertThat(stored.saves).as("nothing changed, nothing saved").isZero();
		assertThat(store.findById(id)).isSameAs(session);
		assertThat(stored.reads).isEqualTo(1);

		new SessionStore.RequestEnd().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (q, r) -> {
		});
		assertThat(store.findById(id)).isNotSameAs(session);
		assertThat(stored.reads).as("the next request reads the store").isEqualTo(2);
	}

	@Test
	void changesAreSavedAndAnAccessWithinTheMinuteIsNot() {
		Counting stored = new Counting();
		SessionStore store = new SessionStore(stored);
		MapSession original = new MapSession();
		Instant written = Instant.now().minusSeconds(30);
		original.setLastAccessedTime(written);
		String id = stored.put(original);

		SessionStore.Kept session = store.findById(id);
		session.setLastAccessedTime(Instant.now());
		session.setMaxInactiveInterval(original.getMaxInactiveInterval());
		session.removeAttribute("not there");
		store.save(session);
		assertThat(stored.saves).isZero();
		assertThat(session.getLastAccessedTime()).isEqualTo(written);

		session.setAttribute("flash", "saved");
		store.save(session);
		assertThat(stored.saves).isEqualTo(1);
		assertThat(stored.sessions.get(id).<String>getAttribute("flash")).isEqualTo("saved");

		Instant aMinuteLater = written.plus(SessionStore.ACCESS_GRANULARITY);
		session.setLastAccessedTime(aMinuteLater);
		store.save(session);
		assertThat(stored.saves).isEqualTo(2);
		assertThat(stored.sessions.get(id).getLastAccessedTime()).isEqualTo(aMinuteLater);

		SessionStore.Kept created = store.createSession();
		store.save(created);
		assertThat(stored.saves).as("a new session is always saved").isEqualTo(3);
	}

	@Test
	void aSessionIsReadWithoutATransactionAndWrittenInOne(@Autowired JdbcIndexedSessionRepository jdbcStore,
			@Autowired @Qualifier("springSessionTransactionOperations") TransactionOperations given) {
		// Spring Session's JDBC store runs on the store's transactions
		assertThat(ReflectionTestUtils.getField(jdbcStore, "transactionOperations")).isSameAs(given);

		List<String> opened = new ArrayList<>();
		TransactionOperations transactions = SessionStore.transactions(new TransactionOperations() {

			@Override
			public <T extends @Nullable Object> T execute(TransactionCallback<T> action) {
				opened.add("transaction");
				return action.doInTransaction(new SimpleTransactionStatus(true));
			}
		});
		Counting stored = new Counting() {

			@Override
			public @Nullable Session findById(String id) {
				return transactions.execute(status -> super.findById(id));
			}

			@Override
			public void save(Session session) {
				transactions.executeWithoutResult(status -> super.save(session));
			}
		};
		SessionStore store = new SessionStore(stored);
		SessionStore.Kept session = store.createSession();
		session.setAttribute("a", "b");
		store.save(session);
		assertThat(opened).hasSize(1);
		SessionStore.RequestEnd.forget();

		assertThat(store.findById(session.getId())).isNotNull();
		assertThat(stored.reads).isEqualTo(1);
		assertThat(opened).hasSize(1);
		// outside the store's read, a transaction again
		transactions.executeWithoutResult(status -> {
		});
		assertThat(opened).hasSize(2);
	}

	private long lastAccess(String email) {
		return jdbc.sql("select last_access_time from spring_session where principal_name = ?").param(email)
			.query(Long.class).single();
	}

	/** A store in memory that counts its reads and saves. */
	private static class Counting implements FindByIndexNameSessionRepository<Session> {

		final Map<String, Session> sessions = new HashMap<>();
		int reads;
		int saves;

		String put(MapSession session) {
			sessions.put(session.getId(), session);
			return session.getId();
		}

		@Override
		public Session createSession() {
			return new MapSession();
		}

		@Override
		public void save(Session session) {
			saves++;
			sessions.put(session.getId(), session);
		}

		@Override
		public @Nullable Session findById(String id) {
			reads++;
			Session found = sessions.get(id);
			return found == null ? null : new MapSession(found);
		}

		@Override
		public void deleteById(String id) {
			sessions.remove(id);
		}

		@Override
		public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}
	}
}
