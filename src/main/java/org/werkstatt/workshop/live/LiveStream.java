package org.werkstatt.workshop.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.ee11.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes an event's live feed to one client as Server-Sent Events. Each message carries where the client is
 * after it as its id ({@link Feed.Position}), so a client that reconnects (the browser sends
 * {@code Last-Event-ID}) gets exactly what it missed. Messages to one client are at least {@link Feed#COALESCE}
 * apart: a burst of dots reaches a projector as one update, not as flicker. Phones get scores at most once every
 * {@link Feed#phoneScoreInterval}.
 */
@Component
class LiveStream implements DisposableBean {

	/**
	 * A quiet stream writes a comment this often: a write to a phone that is gone fails (reset, or after the
	 * {@link #WRITE_DEADLINE}), and the stream ends and frees its memory.
	 */
	static final Duration KEEP_ALIVE = Duration.ofSeconds(4);

	/**
	 * A stream that missed publications (its connection was full when they came, or its turn in a round of wake-ups
	 * came later) writes them one after the other, as they were encoded for everybody, in one write
	 * ({@link Feed.Publication#joined}), while the next one is at most this old; further behind, one catch-up made for
	 * its number is shorter.
	 */
	static final Duration CHAIN_LIMIT = Duration.ofSeconds(2);
	/**
	 * A stream whose connection has neither taken a byte nor sent one for this long ends: the phone stopped reading
	 * (gone, or half-open after a Wi-Fi drop) and its socket buffers are full. The stream's connection only; every
	 * other connection keeps {@code server.jetty.connection-idle-timeout} (a slow upload from a phone in a crowded
	 * hall may pause longer). Longer than {@link #KEEP_ALIVE}, so a quiet stream that is read never reaches it.
	 */
	static final Duration WRITE_DEADLINE = Duration.ofSeconds(6);
	/**
	 * The response buffer of a stream, held while it is open: a quarter of Jetty's default. A message to a phone
	 * is about 2 KB; with 512 bytes every message went past the buffer and a room of 2,000 phones took 62 % of
	 * the server's CPU instead of 36 % (docs/performance.md).
	 */
	static final int BUFFER = 8 * 1024;
	/**
	 * A stream ends after about this long (± 20 %, so that the phones of a room that connected together do
	 * not all come back together) and the browser reconnects, so dead connections do not pile up.
	 */
	static final Duration LIFETIME = Duration.ofMinutes(5);

	/** The container ends a stream after this long whatever happens: longer than the longest {@link #lifetimeNanos}. */
	static final Duration OUTER_LIMIT = LIFETIME.multipliedBy(6).dividedBy(5).plusMinutes(1);

	/** This stream's lifetime: {@link #LIFETIME} ± 20 %. */
	static long lifetimeNanos() {
		return (long) (LIFETIME.toNanos() * ThreadLocalRandom.current().nextDouble(0.8, 1.2));
	}

	/**
	 * How long the browser waits before it reconnects, 1 to 5 seconds at random: after a node restarts or a
	 * Wi-Fi drop, the phones do not all come back in the same instant.
	 */
	static int retryMillis() {
		return ThreadLocalRandom.current().nextInt(1_000, 5_001);
	}

	/** Who follows a stream: what it sees of a change, and how often. */
	enum Audience {
		/** Phones: published ideas only; scores at most once every {@link Feed#phoneScoreInterval}. */
		PARTICIPANTS,
		/** The projector: what phones see, but every publication. */
		PROJECTOR,
		/** Moderators: every idea with its status, every publication. */
		MODERATORS
	}

	/**
	 * A page's token ({@code ?page=}): random, made by the page's script once per page load and kept when it
	 * reconnects. A page's new stream ends the one it had ({@link Connection#replaced}).
	 */
	static final Pattern PAGE = Pattern.compile("[A-Za-z0-9_-]{16,64}");

	/**
	 * The participants' stream format that the page's script reads, which it sends as {@code ?format=}: 2 since cards
	 * and scores name ideas and walls by their short keys ({@link Idea#key}, {@link Wall#key}). A page with a token
	 * ({@code ?page=}) whose script sends no format or another one (a page left open across a deploy) gets
	 * {@code event: reset} and reloads. The script's address carries the format ({@code live.js?v=2}), so that no cache
	 * on the way can hand the reloaded page the old script (the server itself sends static files with {@code no-store}).
	 * {@code live.js} and {@code projector.html} repeat the number ({@code LiveStreamFormatTest}). Nodes of two
	 * versions must not serve one event side by side: a page from an old node would be reset by a new one again.
	 */
	static final String FORMAT = "2";

	private final LiveMetrics metrics;
	/** The open streams of this node. */
	private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
	/**
	 * The open stream of each page that sent its token. After a Wi-Fi drop a phone comes back while its old
	 * connection still looks open here (half-open: nothing tells the server it is gone); the old one would take
	 * messages, and memory, until its writes back up and the write deadline passes.
	 */
	private final Map<String, Connection> pages = new ConcurrentHashMap<>();
	/** Wakes the open streams for their keep-alives and the end of their lifetime ({@link #tick}). */
	private final ScheduledExecutorService ticker = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("live-ticker").daemon().factory());
	/** {@code werkstatt.live.write-deadline}, {@link #WRITE_DEADLINE} unless set. */
	private final Duration writeDeadline;

	LiveStream(LiveMetrics metrics, @Value("${werkstatt.live.write-deadline:6s}") Duration writeDeadline) {
		if (writeDeadline.compareTo(KEEP_ALIVE) <= 0) {
			// a quiet stream that is read would end before its next keep-alive
			throw new IllegalArgumentException("werkstatt.live.write-deadline must be longer than the keep-alive of "
					+ KEEP_ALIVE.toSeconds() + " s, not " + writeDeadline);
		}
		this.metrics = metrics;
		this.writeDeadline = writeDeadline;
		ticker.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
	}

	/**
	 * Starts a client's stream: the response is committed here, on the request's thread, and the stream goes on
	 * without a thread of its own ({@link Connection}). Committed later by another thread, its headers were being
	 * sent while the request's thread, leaving the security filter, still wrote headers on the same response (the
	 * server's header list is not made for two threads; under load a few streams failed at their start).
	 */
	void open(Feed feed, @Nullable String lastEventId, @Nullable String since, Audience audience, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Feed.Position resumeFrom = from(lastEventId, since, feed.latest());
		if (resumeFrom == null) {
			// ?since= is the page's (the script's) own: another one was typed or made up
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		EndPoint endPoint = endPoint(request);
		if (endPoint != null) {
			endPoint.setIdleTimeout(writeDeadline.toMillis());
		}
		// the response's buffer is held for as long as the stream is open (Jetty's default: 32 KB outside the heap)
		response.setBufferSize(BUFFER);
		response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		response.setHeader("X-Accel-Buffering", "no");
		response.flushBuffer();
		AsyncContext async = request.startAsync();
		// the stream ends itself (its lifetime, a gone phone, the feed closing); the container's timer is the outer
		// limit, should a stream ever stop being woken
		async.setTimeout(OUTER_LIMIT.toMillis());
		String page = request.getParameter("page");
		Connection connection = new Connection(feed, audience, resumeFrom, page, request.getParameter("format"), endPoint);
		ServletOutput output = new ServletOutput(connection, async, unwrapped(response).getOutputStream());
		async.addListener(output);
		connection.start(output);
		try {
			// the container calls onWritePossible once it may be written; until then this stream is busy
			output.out.setWriteListener(output);
		}
		catch (RuntimeException e) {
			// a container without non-blocking output (MockMvc's): no stream
			connection.finish();
		}
	}

	/**
	 * Starts a phone's stream on Jetty's own request, ahead of the servlet stack ({@link PhoneStreams}): the same
	 * stream as {@link #open}, but each message goes from here to the connection, past the servlet output, its
	 * filters' wrappers and their locks. {@code released} runs once when it ends (its admission slot).
	 */
	void open(Feed feed, Feed.Position resumeFrom, @Nullable String page, @Nullable String format, Request request,
			Response response, Callback callback, Runnable released) {
		EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
		endPoint.setIdleTimeout(writeDeadline.toMillis());
		response.setStatus(HttpStatus.OK_200);
		HttpFields.Mutable headers = response.getHeaders();
		headers.put(HttpHeader.CONTENT_TYPE, MediaType.TEXT_EVENT_STREAM_VALUE);
		headers.put(HttpHeader.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		headers.put("X-Accel-Buffering", "no");
		headers.put("X-Content-Type-Options", "nosniff");
		Connection connection = new Connection(feed, Audience.PARTICIPANTS, resumeFrom, page, format, endPoint);
		// beneath the wrappers of the handlers around this one (the server's statistics): they count bytes
		JettyOutput output = new JettyOutput(connection, Response.getOriginalResponse(response), callback, released);
		try {
			connection.start(output);
			// the connection failed (reset, or the write deadline passed while nothing was being written)
			request.addFailureListener(output::failed);
			// the opening and what the phone missed, from this thread: the stream is busy from its start
			connection.onWritePossible();
		}
		catch (RuntimeException e) {
			// the request is this stream's now: it fails, and frees its slot
			output.failed(e);
		}
	}

	/**
	 * The container's own response beneath the filters' wrappers. The headers are committed, and what follows is
	 * only the stream's bytes: through the wrappers every write and flush was checked for a content length that
	 * a stream never has, a quarter of the streams' processor time (docs/performance.md).
	 */
	private static ServletResponse unwrapped(ServletResponse response) {
		ServletResponse inner = response;
		while (inner instanceof ServletResponseWrapper wrapper) {
			inner = wrapper.getResponse();
		}
		return inner;
	}

	/** The stream's connection, for its write deadline and to end it ({@code null} outside Jetty). */
	private static @Nullable EndPoint endPoint(HttpServletRequest request) {
		try {
			ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
			return jetty == null ? null : jetty.getConnectionMetaData().getConnection().getEndPoint();
		}
		catch (IllegalStateException notJetty) {
			// MockMvc's request
			return null;
		}
	}

	/**
	 * Where a client starts: its browser's {@code Last-Event-ID} (the newest change if that is no id, as a browser
	 * would not make one up), else {@code ?since=} (the page's number, or the id the script had when it
	 * connects again itself), else the newest change; {@code null} if {@code since} is no id.
	 */
	static Feed.@Nullable Position from(@Nullable String lastEventId, @Nullable String since, long latest) {
		if (lastEventId != null && !lastEventId.isBlank()) {
			Feed.Position position = Feed.Position.parse(lastEventId);
			return position == null ? Feed.Position.at(latest) : position;
		}
		return since == null ? Feed.Position.at(latest) : Feed.Position.parse(since);
	}

	/** Wakes every open stream once a second, so that a quiet one writes its keep-alive and an old one ends. */
	private void tick() {
		for (Connection connection : connections) {
			try {
				connection.wake();
			}
			catch (RuntimeException e) {
				// one stream's failure must not end the ticker (a scheduled task that throws is not run again)
				connection.finish();
			}
		}
	}

	@Override
	public void destroy() {
		ticker.shutdownNow();
	}

	/**
	 * One client's stream, written without blocking and without a thread of its own: a publication wakes it
	 * ({@link Feed.Follower}), it writes what it misses while the connection takes bytes, and when the connection
	 * is full it waits for its {@link Output} to call {@link #onWritePossible}. Ten thousand streams are ten
	 * thousand of these objects, not ten thousand threads parked with their stacks. Only one thread writes at a
	 * time: the one that set {@link #busy}, or the output's once {@link Output#ready} said no (it says so only to
	 * the thread that wrote last, and {@link #busy} stays set until the output calls back).
	 */
	private final class Connection implements Feed.Follower {

		private final Feed feed;
		private final Audience audience;
		/** Set by {@link #start}. */
		private Output out = Output.NONE;
		private final long ends = System.nanoTime() + lifetimeNanos();
		/** A thread is writing (or the connection is full and the output will call back). */
		private final AtomicBoolean busy = new AtomicBoolean(true);
		/** Woken while busy: look again before letting go. */
		private final AtomicBoolean woken = new AtomicBoolean();
		private final AtomicBoolean finished = new AtomicBoolean();
		/**
		 * The newest publication this client has ({@link Feed.Publication#to}), its cards; only the busy thread reads
		 * and writes it (as the fields below).
		 */
		private long seq;
		/**
		 * The client has every change up to this number. Behind {@link #seq} while a phone has cards whose older
		 * scores wait ({@link Feed.Publication#resumeAt}). Both are its id ({@link Feed.Position}).
		 */
		private long resumeAt;
		private boolean started;
		private boolean lastWritten;
		private long lastWrite = System.nanoTime();
		/** The publication it wrote last, if it was not a catch-up: the next one follows from it. */
		private Feed.@Nullable Publication current;
		/**
		 * The shared publication just written, the last of those from {@link #writingFrom} ({@link Feed.Joined}), for the
		 * publication lag once it is out.
		 */
		private Feed.@Nullable Publication writing;
		private Feed.@Nullable Publication writingFrom;
		/** The page's token ({@link #PAGE}), if it sent one. */
		private final @Nullable String page;
		/** A page whose script reads an older format ({@link #FORMAT}): it gets a reset and reloads. */
		private final boolean outdated;
		private final @Nullable EndPoint endPoint;

		Connection(Feed feed, Audience audience, Feed.Position resumeFrom, @Nullable String page, @Nullable String format,
				@Nullable EndPoint endPoint) {
			this.feed = feed;
			this.audience = audience;
			this.page = page != null && PAGE.matcher(page).matches() ? page : null;
			this.outdated = audience != Audience.MODERATORS && this.page != null && !FORMAT.equals(format);
			this.endPoint = endPoint;
			this.seq = resumeFrom.seq();
			this.resumeAt = resumeFrom.resumeAt();
		}

		/** Follows the feed, writing to {@code output} once it may be written ({@link #onWritePossible}). */
		void start(Output output) {
			this.out = output;
			metrics.streamOpened(feed.eventId());
			connections.add(this);
			feed.follow(audience, this);
			if (page != null) {
				// after following: a stream of the same page may replace this one from now on, and its finish()
				// then leaves the feed's followers as well
				Connection before = pages.put(page, this);
				if (before != null) {
					before.replaced();
				}
				if (finished.get()) {
					// replaced already, before it was put
					pages.remove(page, this);
				}
			}
		}

		@Override
		public void wake() {
			woken.set(true);
			if (busy.compareAndSet(false, true)) {
				write();
			}
		}

		/** The output takes bytes again (or for the first time): write what is due. */
		void onWritePossible() {
			write();
		}

		/** Writes while there is something to write and the connection takes it; this thread holds {@link #busy}. */
		private void write() {
			try {
				while (!finished.get()) {
					if (!out.ready()) {
						// the connection is full: the output calls onWritePossible when it drained
						return;
					}
					Feed.Publication shared = writing;
					Feed.Publication first = writingFrom;
					if (shared != null && first != null) {
						writing = null;
						writingFrom = null;
						first.writtenThrough(shared, audience);
					}
					if (lastWritten) {
						finish();
						return;
					}
					woken.set(false);
					byte[] message = next();
					if (message == null && lastWritten) {
						finish();
						return;
					}
					if (message == null) {
						busy.set(false);
						// a wake-up between next() and here found this stream busy and left it to this thread
						if (woken.get() && busy.compareAndSet(false, true)) {
							continue;
						}
						return;
					}
					out.write(message);
					lastWrite = System.nanoTime();
					if (!out.ready()) {
						// still being written: the output calls onWritePossible when it is out. ready() is not
						// asked again before then, or it could say yes while the container already calls back
						return;
					}
					// whether the flush is out is asked once, at the top of the loop
					out.flush();
				}
			}
			catch (IOException | RuntimeException e) {
				// the phone is gone (reset, or the write deadline passed)
				finish();
			}
		}

		/** The next bytes for this client, {@code null} if nothing is due; sets {@link #lastWritten} for the last. */
		private byte @Nullable [] next() {
			if (!started) {
				started = true;
				String opening = "retry: " + retryMillis() + "\n: " + " ".repeat(64) + "\n\n";
				if (outdated || seq > feed.latest()) {
					// a page whose script reads an older format, or a number this event never had (a forged or stale
					// id): start over from the page
					return reset(opening);
				}
				return counted(opening);
			}
			if (feed.closed() || System.nanoTime() - ends > 0) {
				lastWritten = true;
				return null;
			}
			while (true) {
				// the publication after the one it wrote, while that is recent: shared bytes, not a catch-up
				Feed.Publication following = current == null ? null : current.next(audience);
				if (following != null && System.nanoTime() - following.madeAt() > CHAIN_LIMIT.toNanos()) {
					following = null;
				}
				Feed.Publication publication = following != null ? following : feed.newest(seq, resumeAt, audience);
				if (publication == null) {
					return System.nanoTime() - lastWrite >= KEEP_ALIVE.toNanos() ? counted(": keep-alive\n\n") : null;
				}
				if (!publication.beyond(seq, resumeAt)) {
					// a catch-up brought it already
					current = publication;
					continue;
				}
				if (publication.covers(seq, resumeAt)) {
					// up to date: the message every such client gets, encoded once, and those published after it
					Feed.Joined joined = publication.joined(audience);
					Feed.Publication through = joined.through();
					seq = through.to();
					resumeAt = through.resumeAt();
					current = through;
					writingFrom = publication;
					writing = through;
					metrics.written(joined.message().length, joined.messages());
					return joined.message();
				}
				// further behind (a reconnect, or slower than the publications for longer than the chain is followed):
				// the newest state of every subject changed since, from the feed, made once for every client at
				// that position; a phone then is where the phones' publications are, and shares the next one
				current = null;
				Feed.CatchUp missed = feed.catchUp(new Feed.Position(resumeAt, seq), audience);
				if (missed == null) {
					return reset("");
				}
				seq = missed.to().seq();
				resumeAt = missed.to().resumeAt();
				if (missed.isEmpty()) {
					// nothing in between is left to show (a subject that is gone)
					continue;
				}
				byte[] message = missed.message(audience);
				metrics.written(message.length, true);
				return message;
			}
		}

		private byte[] reset(String before) {
			lastWritten = true;
			return counted(before + "event: reset\ndata: {}\n\n");
		}

		private byte[] counted(String text) {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			metrics.written(bytes.length, false);
			return bytes;
		}

		/**
		 * Its page has a new stream: this one ends, and its connection is closed at once. The page came back because
		 * this connection stopped working for it, so nothing is waited for.
		 */
		void replaced() {
			// not if it had ended by itself: its connection may serve another request by now
			if (finish()) {
				metrics.streamReplaced();
				if (endPoint != null) {
					endPoint.close();
				}
			}
		}

		/** Ends the stream once (true for the call that ended it): the browser reconnects with the number it has. */
		boolean finish() {
			if (!finished.compareAndSet(false, true)) {
				return false;
			}
			if (page != null) {
				pages.remove(page, this);
			}
			feed.unfollow(audience, this);
			connections.remove(this);
			metrics.streamClosed(feed.eventId());
			out.complete();
			return true;
		}
	}

	/**
	 * Where a stream's bytes go. One thread at a time writes ({@link Connection#busy}); a write may be under way
	 * when another thread completes the stream.
	 */
	private interface Output {

		/**
		 * Whether the last write is out and another may start; if not, the output calls
		 * {@link Connection#onWritePossible} once it is. Asked once after a write that it answered no to.
		 */
		boolean ready();

		void write(byte[] bytes) throws IOException;

		/** Sends what the writes left in a buffer. */
		void flush() throws IOException;

		/** Ends the response; its connection serves the browser's next request. */
		void complete();

		/** Before {@link Connection#start}. */
		Output NONE = new Output() {

			@Override
			public boolean ready() {
				return false;
			}

			@Override
			public void write(byte[] bytes) {
				throw new IllegalStateException("not started");
			}

			@Override
			public void flush() {
			}

			@Override
			public void complete() {
			}
		};
	}

	/** A stream through the servlet container's non-blocking output: the console's, the projector's, any outside Jetty. */
	private static final class ServletOutput implements Output, WriteListener, AsyncListener {

		private final Connection connection;
		private final AsyncContext async;
		final ServletOutputStream out;

		ServletOutput(Connection connection, AsyncContext async, ServletOutputStream out) {
			this.connection = connection;
			this.async = async;
			this.out = out;
		}

		@Override
		public boolean ready() {
			return out.isReady();
		}

		@Override
		public void write(byte[] bytes) throws IOException {
			out.write(bytes);
		}

		@Override
		public void flush() throws IOException {
			// small writes wait in the response's buffer until flushed
			out.flush();
		}

		@Override
		public void complete() {
			try {
				async.complete();
			}
			catch (IllegalStateException e) {
				// completed by the container already (the connection failed)
			}
		}

		@Override
		public void onWritePossible() {
			connection.onWritePossible();
		}

		@Override
		public void onError(Throwable failure) {
			connection.finish();
		}

		@Override
		public void onComplete(AsyncEvent event) {
			connection.finish();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			connection.finish();
		}

		@Override
		public void onError(AsyncEvent event) {
			connection.finish();
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			// not started again
		}
	}

	/**
	 * A phone's stream on Jetty's own response ({@link PhoneStreams}): each message is one write of its shared bytes
	 * to the connection, as one chunk; the write's callback says when it is out. Whether that callback comes while
	 * the writing thread is still in {@code write} (the socket took it all) or later from the connection's thread is
	 * settled by {@link #state}, so that exactly one of them goes on.
	 */
	private static final class JettyOutput implements Output, Callback {

		/** No write is under way. */
		private static final int IDLE = 0;
		/** A write is under way; the writing thread has not looked yet. */
		private static final int WRITING = 1;
		/** A write is under way and the writing thread has left: the write's callback goes on. */
		private static final int WAITING = 2;
		/** The response failed: nothing more is written, and no callback goes on. */
		private static final int FAILED = 3;

		private final Connection connection;
		private final Response response;
		/** The request's callback: it ends the response. */
		private final Callback done;
		private final AtomicInteger state = new AtomicInteger(IDLE);
		private final AtomicBoolean completed = new AtomicBoolean();
		private final Runnable released;
		private volatile @Nullable Throwable failure;

		JettyOutput(Connection connection, Response response, Callback done, Runnable released) {
			this.connection = connection;
			this.response = response;
			this.done = done;
			this.released = released;
		}

		@Override
		public boolean ready() {
			while (true) {
				int now = state.get();
				if (now == IDLE) {
					return true;
				}
				if (now != WRITING) {
					// failed: the stream is finished, its loop ends
					return false;
				}
				if (state.compareAndSet(WRITING, WAITING)) {
					return false;
				}
			}
		}

		@Override
		public void write(byte[] bytes) throws IOException {
			if (!state.compareAndSet(IDLE, WRITING)) {
				throw new EofException("the stream's response failed");
			}
			response.write(false, ByteBuffer.wrap(bytes), this);
		}

		@Override
		public void flush() {
			// each write goes out whole
		}

		@Override
		public void succeeded() {
			if (state.getAndUpdate(now -> now == FAILED ? FAILED : IDLE) == WAITING) {
				connection.onWritePossible();
			}
		}

		/**
		 * The write failed, or the connection did (a reset, the write deadline; Jetty's failure listener, on its own
		 * thread, also while a write is under way): no further write starts.
		 */
		@Override
		public void failed(Throwable cause) {
			failure = cause;
			state.set(FAILED);
			// completes the response through complete(), unless the stream had ended (and completed it) before
			connection.finish();
		}

		@Override
		public void complete() {
			if (!completed.compareAndSet(false, true)) {
				return;
			}
			released.run();
			Throwable failed = failure;
			if (failed == null && state.get() == IDLE) {
				// the last chunk; the connection stays open for the browser's next request. A page that came back
				// may end the stream from another thread just as its writer starts a write: Jetty's own lock settles
				// it (the write fails, or the response does), and the replacement closes the connection anyway
				done.succeeded();
			}
			else {
				done.failed(failed != null ? failed : new EofException("the stream ended during a write"));
			}
		}

		@Override
		public InvocationType getInvocationType() {
			// a write's callback writes on without waiting for I/O (at most for the feed's lock, held briefly while a
			// catch-up is put together): the connection's thread may run it, saving a hand-over to the pool
			return InvocationType.NON_BLOCKING;
		}
	}

	/** {@link #message(Feed.Position, List, Audience)} for a client that then has every change up to {@code seq}. */
	static byte[] message(long seq, List<Feed.Entry> entries, Audience audience) {
		return message(Feed.Position.at(seq), entries, audience);
	}

	/**
	 * One message: the newest state of every subject in the entries, as a JSON array, with where the client is
	 * after it as its id ({@link Feed.Position#id}). It is put together from the entries' bytes, once per
	 * publication for all clients that were up to date ({@link Feed.Publication}).
	 * <p>
	 * Participants (phones and the projector) get the scores of a message together, as the last member:
	 * {@code {"t":"scores","s":{"2n9c":3,"2n9d":5}}}, each under the idea's short key ({@link Idea#key}), not its
	 * 36-character id. In a room that dots, scores were half of a phone's bytes. A score there is dropped when the
	 * message also brings a later card of its idea, which has the newer score; an earlier card comes before it, as
	 * in change order.
	 */
	static byte[] message(Feed.Position id, List<Feed.Entry> entries, Audience audience) {
		Set<String> later = new HashSet<>();
		List<Feed.Entry> newest = new ArrayList<>(entries.size());
		for (Feed.Entry entry : entries.reversed()) {
			if (later.add(entry.key())) {
				newest.add(entry);
			}
		}
		boolean participants = audience != Audience.MODERATORS;
		ByteArrayOutputStream message = new ByteArrayOutputStream(256 * newest.size() + 32);
		message.writeBytes(("id: " + id.id() + "\ndata: [").getBytes(StandardCharsets.US_ASCII));
		boolean first = true;
		for (int i = newest.size() - 1; i >= 0; i--) {
			Feed.Entry entry = newest.get(i);
			if (participants && entry.participantScore() != null) {
				continue;
			}
			if (!first) {
				message.write(',');
			}
			first = false;
			message.writeBytes(participants ? entry.forParticipants() : entry.forModerators());
		}
		if (participants) {
			// newest first: the cards seen so far are later than the score at hand
			Set<String> laterCards = new HashSet<>();
			boolean scores = false;
			for (Feed.Entry entry : newest) {
				byte[] score = entry.participantScore();
				if (score == null) {
					laterCards.add(entry.key());
					continue;
				}
				if (laterCards.contains(entry.cardKey())) {
					continue;
				}
				message.writeBytes(scores ? COMMA : first ? SCORES_START : COMMA_SCORES_START);
				scores = true;
				message.writeBytes(score);
			}
			if (scores) {
				message.writeBytes(SCORES_END);
			}
		}
		message.writeBytes(MESSAGE_END);
		return message.toByteArray();
	}

	private static final byte[] SCORES_START = "{\"t\":\"scores\",\"s\":{".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] COMMA_SCORES_START = ",{\"t\":\"scores\",\"s\":{".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] COMMA = { ',' };
	private static final byte[] SCORES_END = "}}".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] MESSAGE_END = "]\n\n".getBytes(StandardCharsets.US_ASCII);

}
