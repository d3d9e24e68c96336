package org.werkstatt.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a few requests work at once and queues the others in the order they came, instead of letting two hundred
 * threads share two cores. With every request working at once, each takes as long as all of them together need, and
 * a large page waits behind many small ones: on the catalog search (50 clients, 2 cores) p99 was 150–210 ms at
 * about 1,300 requests per second; with six at work and the rest in line it was about 50 ms at 1,600 (see
 * docs/performance.md). A request that waits longer than the queue's patience gets 503 with {@code Retry-After}
 * and the error page in the reader's language.
 * <p>
 * Not queued: the live walls ({@value #LIVE}: a participant's stream holds its connection for minutes and has its own
 * admission, {@code LiveAdmission}; dots wait for their batch in {@code LiveWriter}, which must not wait behind
 * pages), static files and the actuator. A streamed or asynchronous response (a moderator's live stream) leaves the
 * line as soon as its handler has started it.
 */
public final class RequestQueue extends OncePerRequestFilter {

	static final String LIVE = "/live/";
	private static final String[] PASS = { LIVE, "/css/", "/js/", "/vendor/", "/webjars/", "/open-data/", "/actuator/",
			"/favicon" };

	private final Semaphore working;
	private final long patienceNanos;
	private final long retryAfterSeconds;

	public RequestQueue(int atWork, Duration patience) {
		this.working = new Semaphore(atWork, true);
		this.patienceNanos = patience.toNanos();
		this.retryAfterSeconds = Math.max(1, patience.toSeconds() / 2);
	}

	/** How many requests wait for their turn now. */
	public int waiting() {
		return working.getQueueLength();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String pass : PASS) {
			if (path.startsWith(pass)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean turn;
		try {
			turn = working.tryAcquire(patienceNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			turn = false;
		}
		if (!turn) {
			response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			working.release();
		}
	}
}
