package org.werkstatt.workshop.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.ee11.servlet.ServletContextRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Writes an event's live feed to one client as Server-Sent Events. Each message carries the number of
 * the last change in it as its id, so a client that reconnects (the browser sends {@code Last-Event-ID})
 * gets exactly what it missed. Messages to one client are at least {@link Feed#COALESCE} apart: a burst
 * of dots reaches a projector as one update, not as flicker. Phones get changes of scores alone at most
 * once every {@link Feed#SCORES_TO_PHONES}.
 */
@Component
class LiveStream {

	/**
	 * A quiet stream writes a comment this often: a write to a phone that is gone fails (reset, or after the
	 * {@link #WRITE_DEADLINE}), and the stream ends and frees its memory.
	 */
	static final Duration KEEP_ALIVE = Duration.ofSeconds(4);
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
		/** Phones: published ideas only; scores alone at most once every {@link Feed#SCORES_TO_PHONES}. */
		PARTICIPANTS,
		/** The projector: what phones see, but every publication. */
		PROJECTOR,
		/** Moderators: every idea with its status, every publication. */
		MODERATORS
	}

	private final LiveMetrics metrics;
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
	}

	/**
	 * Starts a client's stream. The response is committed here, on the request's thread: committed later by
	 * the stream's own thread, its headers were being sent while the request's thread, leaving the security
	 * filter, still wrote headers on the same response (the server's header list is not made for two threads;
	 * under load a few streams failed at their start).
	 */
	StreamingResponseBody open(Feed feed, @Nullable String lastEventId, @Nullable Long since, Audience audience,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		long resumeFrom = parse(lastEventId, since, feed.latest());
		writeDeadline(request, writeDeadline);
		// the response's buffer is held for as long as the stream is open (Jetty's default: 32 KB outside the heap)
		response.setBufferSize(BUFFER);
		response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		response.setHeader("X-Accel-Buffering", "no");
		response.flushBuffer();
		// the stream Spring hands over does not flush (Spring Framework 7); the servlet response does
		StreamingResponseBody body = out -> follow(feed, resumeFrom, audience, new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				out.write(b);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				out.write(bytes, offset, length);
			}

			@Override
			public void flush() throws IOException {
				response.flushBuffer();
			}
		});
		return body;
	}

	/** Sets the write deadline on the stream's connection (left as it is outside Jetty, as in MockMvc). */
	private static void writeDeadline(HttpServletRequest request, Duration deadline) {
		ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
		if (jetty != null) {
			jetty.getConnectionMetaData().getConnection().getEndPoint().setIdleTimeout(deadline.toMillis());
		}
	}

	private static long parse(@Nullable String lastEventId, @Nullable Long since, long latest) {
		if (lastEventId != null && !lastEventId.isBlank()) {
			try {
				return Math.max(0, Long.parseLong(lastEventId.strip()));
			}
			catch (NumberFormatException e) {
				return latest;
			}
		}
		return since == null ? latest : Math.max(0, since);
	}

	private void follow(Feed feed, long resumeFrom, Audience audience, OutputStream out) throws IOException {
		metrics.streamOpened(feed.eventId());
		feed.following(audience, 1);
		try {
			follow(feed, resumeFrom, audience, out, System.nanoTime() + lifetimeNanos());
		}
		finally {
			feed.following(audience, -1);
			metrics.streamClosed(feed.eventId());
		}
	}

	private void follow(Feed feed, long resumeFrom, Audience audience, OutputStream out, long ends) throws IOException {
		long seq = resumeFrom;
		write(out, "retry: " + retryMillis() + "\n: " + " ".repeat(64) + "\n\n");
		try {
			if (seq > feed.latest()) {
				// a number this event never had (a forged or stale id): start over from the page
				write(out, "event: reset\ndata: {}\n\n");
				return;
			}
			while (System.nanoTime() < ends && !feed.closed()) {
				long wait = Math.min(KEEP_ALIVE.toMillis(), Math.max(1, (ends - System.nanoTime()) / 1_000_000));
				Feed.Publication publication = feed.next(seq, wait, audience);
				if (publication == null) {
					return;
				}
				if (publication == Feed.NOTHING) {
					write(out, ": keep-alive\n\n");
					continue;
				}
				byte[] message;
				long upTo;
				Feed.@Nullable Publication shared = null;
				if (publication.from() == seq) {
					// up to date: the message every such client gets, encoded once
					message = publication.message(audience);
					upTo = publication.to();
					shared = publication;
				}
				else {
					// further behind (a reconnect, or slower than the publications): the newest state of every
					// subject changed since, from the feed, made once for every client with that number
					Feed.CatchUp missed = feed.catchUp(seq);
					if (missed == null) {
						write(out, "event: reset\ndata: {}\n\n");
						return;
					}
					if (missed.isEmpty()) {
						// nothing in between is left to show (a subject that is gone)
						seq = Math.max(seq, missed.to());
						continue;
					}
					upTo = missed.to();
					message = missed.message(audience);
				}
				// one write and one flush per message: every call passes the filters' response wrappers
				out.write(message);
				out.flush();
				metrics.written(message.length, true);
				if (shared != null) {
					shared.written();
				}
				seq = upTo;
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * One message: the newest state of every subject in the entries, as a JSON array, with the last change's
	 * number as its id. It is put together from the entries' bytes, once per publication for all clients
	 * that were up to date ({@link Feed.Publication}).
	 */
	static byte[] message(long seq, List<Feed.Entry> entries, Audience audience) {
		Set<String> later = new HashSet<>();
		List<Feed.Entry> newest = new ArrayList<>(entries.size());
		for (Feed.Entry entry : entries.reversed()) {
			if (later.add(entry.key())) {
				newest.add(entry);
			}
		}
		ByteArrayOutputStream message = new ByteArrayOutputStream(256 * newest.size() + 32);
		message.writeBytes(("id: " + seq + "\ndata: [").getBytes(StandardCharsets.US_ASCII));
		for (int i = newest.size() - 1; i >= 0; i--) {
			Feed.Entry entry = newest.get(i);
			message.writeBytes(audience == Audience.MODERATORS ? entry.forModerators() : entry.forParticipants());
			if (i > 0) {
				message.write(',');
			}
		}
		message.writeBytes(MESSAGE_END);
		return message.toByteArray();
	}

	private static final byte[] MESSAGE_END = "]\n\n".getBytes(StandardCharsets.US_ASCII);

	private void write(OutputStream out, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		out.write(bytes);
		out.flush();
		metrics.written(bytes.length, false);
	}
}
