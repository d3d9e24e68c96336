package org.werkstatt.identity.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Primary;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The sessions of signed-in people in the database (Spring Session JDBC), with what a page costs there cut to one
 * read and, at most once a minute, one write. Spring Session's filter is given this store instead of the JDBC one
 * ({@code @Primary}); the JDBC store still removes expired sessions.
 * <ul>
 * <li>The time of last access is written only when the stored one is at least {@link #ACCESS_GRANULARITY} old, so
 * a session expires at most that much earlier than its timeout says, never later. Before, every request wrote it.</li>
 * <li>A request that changes nothing saves nothing: no empty transaction.</li>
 * <li>Spring Session saves the session when a long page starts to go out and once more at the end of the request,
 * and reads it from the database again in between only to compare its id. The session this thread saved during the
 * request is given back for that read; {@link RequestEnd} forgets it when the request leaves, so no request ever
 * sees another request's copy.</li>
 * </ul>
 */
@Primary
@Component
class SessionStore implements FindByIndexNameSessionRepository<SessionStore.Kept> {

	/** How stale the stored time of last access may get before a request writes it. */
	static final Duration ACCESS_GRANULARITY = Duration.ofMinutes(1);

	private static final ThreadLocal<@Nullable Kept> SAVED_IN_THIS_REQUEST = new ThreadLocal<>();

	/** Set while this store reads one session: Spring Session's transaction for it is left out. */
	private static final ThreadLocal<@Nullable Boolean> READING = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<Session> jdbc;

	@Autowired
	@SuppressWarnings({ "unchecked", "rawtypes" })
	SessionStore(JdbcIndexedSessionRepository jdbc) {
		this((FindByIndexNameSessionRepository) jdbc);
	}

	SessionStore(FindByIndexNameSessionRepository<Session> jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Kept createSession() {
		return new Kept(jdbc.createSession(), true);
	}

	@Override
	public void save(Kept session) {
		if (session.unsaved) {
			jdbc.save(session.stored);
			session.unsaved = false;
		}
		SAVED_IN_THIS_REQUEST.set(session);
	}

	@Override
	public @Nullable Kept findById(String id) {
		Kept saved = SAVED_IN_THIS_REQUEST.get();
		if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
			return saved;
		}
		Session stored;
		READING.set(Boolean.TRUE);
		try {
			stored = jdbc.findById(id);
		}
		finally {
			READING.remove();
		}
		return stored == null ? null : new Kept(stored, false);
	}

	/**
	 * Spring Session's transactions for this store: a new one for each write, as Spring Session's own, and none
	 * while a session is read. That read is one statement (and, for an expired session, one delete), which needs
	 * no transaction around it; with one it cost a BEGIN and a COMMIT, two more round trips on every request of a
	 * signed-in person.
	 */
	static TransactionOperations transactions(TransactionOperations writes) {
		return new TransactionOperations() {

			@Override
			public <T extends @Nullable Object> T execute(TransactionCallback<T> action) {
				return READING.get() != null ? TransactionOperations.withoutTransaction().execute(action)
						: writes.execute(action);
			}
		};
	}

	@Override
	public void deleteById(String id) {
		Kept saved = SAVED_IN_THIS_REQUEST.get();
		if (saved != null && saved.getId().equals(id)) {
			SAVED_IN_THIS_REQUEST.remove();
		}
		jdbc.deleteById(id);
	}

	@Override
	public Map<String, Kept> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Kept> found = new LinkedHashMap<>();
		jdbc.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, s) -> found.put(id, new Kept(s, false)));
		return found;
	}

	/** Forgets the session saved during the request when the request leaves the server (registered around all). */
	static final class RequestEnd implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			try {
				chain.doFilter(request, response);
			}
			finally {
				forget();
			}
		}

		static void forget() {
			SAVED_IN_THIS_REQUEST.remove();
		}
	}

	/** A stored session that notes whether it has something to save. */
	static final class Kept implements Session {

		private final Session stored;
		private boolean unsaved;

		private Kept(Session stored, boolean unsaved) {
			this.stored = stored;
			this.unsaved = unsaved;
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			unsaved = true;
			return stored.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, @Nullable Object attributeValue) {
			unsaved = true;
			stored.setAttribute(attributeName, attributeValue);
		}

		/** Only an attribute the session holds is removed (asking by name does not deserialise its value). */
		@Override
		public void removeAttribute(String attributeName) {
			if (stored.getAttributeNames().contains(attributeName)) {
				unsaved = true;
				stored.removeAttribute(attributeName);
			}
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		/** Taken only when the stored time is {@link #ACCESS_GRANULARITY} old or more (and always for a new session). */
		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (unsaved || !lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(ACCESS_GRANULARITY))) {
				unsaved = true;
				stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			if (!interval.equals(stored.getMaxInactiveInterval())) {
				unsaved = true;
				stored.setMaxInactiveInterval(interval);
			}
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}
	}
}
