package org.werkstatt.workshop.live;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits live streams while this node has room for them, and refuses the rest with 503, a random
 * {@code Retry-After} of 5 to 30 seconds and {@code no-store}, before anything else runs (no session, no
 * SQL): a full node stays up for the phones it serves instead of taking more and running out of heap. The
 * page's script tries again later with back-off and jitter; its forms work without the stream.
 * <p>
 * The limit is {@code werkstatt.live.max-streams}, by default derived from the heap ({@link #RESERVE} for the
 * application, {@link #STREAM_BYTES} per stream), the file descriptors and Jetty's connections (less 2,000
 * for the phones' other requests). Participants' streams are also
 * refused while the old generation is still above 85 % after a collection. The console's and projector's
 * streams are counted but never refused: a room needs its screen more than one more phone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LiveAdmission extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(LiveAdmission.class);
	/** Heap kept for the application itself (pages, the feeds, caches, garbage between collections). */
	static final long RESERVE = 160L * 1024 * 1024;
	/**
	 * Heap one open stream holds (Jetty's connection, the request and response, the stream's state): about 9–12 KB
	 * measured idle (scripts/measure-live-memory.sh), more for the messages on their way.
	 */
	static final long STREAM_BYTES = 32L * 1024;
	/** Share of the old generation above which, after a collection, no further phone is admitted. */
	static final double OLD_GENERATION_FULL = 0.85;

	private final LiveMetrics metrics;
	private final AtomicInteger open = new AtomicInteger();
	private final @Nullable MemoryPoolMXBean oldGeneration;
	private volatile int limit;

	LiveAdmission(LiveMetrics metrics, @Value("${werkstatt.live.max-streams:0}") int maxStreams,
			@Value("${server.jetty.max-connections:12000}") int maxConnections) {
		this.metrics = metrics;
		// the requests of the phones (posts, dots, pages) need connections too
		this.limit = maxStreams > 0 ? maxStreams : Math.min(derivedLimit(), Math.max(100, maxConnections - 2_000));
		this.oldGeneration = oldGeneration();
		metrics.limit(() -> limit);
		log.info("Live streams: this node takes up to {}{}", limit, maxStreams > 0 ? " (werkstatt.live.max-streams)"
				: " (derived from the heap and the file descriptors; set werkstatt.live.max-streams to change it)");
	}

	/** (heap − reserve) / bytes per stream, at most the file descriptors less 1,000, at least 100. */
	static int derivedLimit() {
		long byHeap = (Runtime.getRuntime().maxMemory() - RESERVE) / STREAM_BYTES;
		long byFiles = Long.MAX_VALUE;
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
			byFiles = unix.getMaxFileDescriptorCount() - 1_000;
		}
		return (int) Math.max(100, Math.min(Integer.MAX_VALUE, Math.min(byHeap, byFiles)));
	}

	private static @Nullable MemoryPoolMXBean oldGeneration() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			String name = pool.getName();
			if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
					&& (name.contains("Old") || name.contains("Tenured")) && pool.getUsage().getMax() > 0) {
				pool.setCollectionUsageThreshold((long) (pool.getUsage().getMax() * OLD_GENERATION_FULL));
				return pool;
			}
		}
		return null;
	}

	int limit() {
		return limit;
	}

	/** Changes the limit while running (tests). */
	void limit(int limit) {
		this.limit = limit;
	}

	int open() {
		return open.get();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !"GET".equals(request.getMethod()) || !path.endsWith("/stream")
				|| !(path.startsWith("/live/") || path.startsWith("/manage/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean phone = request.getRequestURI().startsWith("/live/");
		if (!admit(phone)) {
			metrics.refused();
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ThreadLocalRandom.current().nextInt(5, 31)));
			response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
			response.setContentLength(0);
			return;
		}
		Release release = new Release();
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (!request.isAsyncStarted()) {
				release.run();
			}
			else {
				// the stream goes on after this thread: its slot is free when it completes, fails or times out
				try {
					request.getAsyncContext().addListener(release);
				}
				catch (IllegalStateException completedMeanwhile) {
					release.run();
				}
			}
		}
	}

	private boolean admit(boolean phone) {
		if (!phone) {
			open.incrementAndGet();
			return true;
		}
		MemoryPoolMXBean old = oldGeneration;
		if (old != null && old.isCollectionUsageThresholdExceeded()) {
			return false;
		}
		while (true) {
			int now = open.get();
			if (now >= limit) {
				return false;
			}
			if (open.compareAndSet(now, now + 1)) {
				return true;
			}
		}
	}

	/**
	 * A phone's slot for a stream served ahead of the servlet filters ({@link PhoneStreams}): what frees it, once,
	 * or {@code null} if the node is full (the request then goes on to this filter, which asks again: it refuses,
	 * unless a slot was freed in between).
	 */
	@Nullable Runnable admitPhone() {
		return admit(true) ? new Release() : null;
	}

	/** Frees the stream's slot once. */
	private final class Release implements AsyncListener, Runnable {

		private final AtomicBoolean released = new AtomicBoolean();

		@Override
		public void run() {
			if (released.compareAndSet(false, true)) {
				open.decrementAndGet();
			}
		}

		@Override
		public void onComplete(AsyncEvent event) {
			run();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			run();
		}

		@Override
		public void onError(AsyncEvent event) {
			run();
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			// the same request once more: keep the slot
			event.getAsyncContext().addListener(this);
		}
	}
}
