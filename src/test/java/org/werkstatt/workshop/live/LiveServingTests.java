package org.werkstatt.workshop.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.QueryCount;
import org.springframework.test.web.servlet.MockMvc;

/** Serving live streams to many phones: metrics, admission, catch-up, and peers that stop reading. */
class LiveServingTests extends FullStackTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	LiveFeeds feeds;

	@Autowired
	MockMvc mvc;

	@Test
	void theLiveMetricsAreInPrometheus() throws Exception {
		LiveFixture.LiveEvent event = new LiveFixture(context).open("Metriken", false, "Übergänge");
		HttpSession phone = joined(event, "Mia");
		try (Stream stream = Stream.open(port, event.code(), null)) {
			assertThat(stream.status()).isEqualTo(200);
			HttpResponse<String> posted = phone.postForJson("/live/" + event.code() + "/ideas",
					Map.of("wall", event.walls().getFirst().toString(), "text", "Messen, was zählt"));
			assertThat(posted.statusCode()).isEqualTo(200);
			String idea = LiveTests.ideaId(posted);
			assertThat(phone.postForJson("/live/" + event.code() + "/ideas/" + idea + "/dot", Map.of()).body()).contains("\"ok\":true");
			assertThat(stream.nextData()).contains(idea);

			String metrics = new HttpSession(port).get("/actuator/prometheus").body();
			assertThat(value(metrics, "werkstatt_live_streams", "event=\"" + event.eventId() + "\"")).isEqualTo(1);
			assertThat(value(metrics, "werkstatt_live_streams_open")).isGreaterThanOrEqualTo(1);
			assertThat(value(metrics, "werkstatt_live_streams_limit")).isGreaterThan(0);
			assertThat(value(metrics, "werkstatt_live_messages_total")).isGreaterThanOrEqualTo(1);
			assertThat(value(metrics, "werkstatt_live_bytes_total")).isGreaterThan(64);
			assertThat(metrics).contains("werkstatt_live_streams_refused_total");
			assertThat(value(metrics, "werkstatt_live_write_seconds_count", "action=\"dot\"")).isGreaterThanOrEqualTo(1);
			assertThat(value(metrics, "werkstatt_live_write_seconds_count", "action=\"post\"")).isGreaterThanOrEqualTo(1);
			assertThat(metrics).contains("werkstatt_live_write_seconds_bucket");
			assertThat(metrics).contains("werkstatt_live_publication_lag_seconds_bucket");
		}
		endStreams(event);
		awaitTrue(() -> !new HttpSession(port).get("/actuator/prometheus").body().contains("event=\"" + event.eventId() + "\""),
				Duration.ofSeconds(30), "the event's gauge goes once its last stream ends");
	}

	@Test
	void aPhoneResumingFromAnOldNumberGetsExactlyWhatItMissedFromTheFeedAndNothingTwice() throws Exception {
		LiveFixture.LiveEvent event = new LiveFixture(context).open("Wiederkehr", false, "Übergänge");
		Live live = context.getBean(Live.class);
		LiveStore store = context.getBean(LiveStore.class);
		LiveSession session = store.session(event.eventId()).orElseThrow();
		java.util.UUID organisation = context.getBean(org.werkstatt.workshop.event.EventStore.class).find(event.eventId())
			.orElseThrow().organisationId();
		Participant ada = live.join(event.eventId(), "Ada", null).participant();
		java.util.UUID wall = event.walls().getFirst();
		java.util.UUID a = live.post(session, ada, wall, "Vor dem Abbruch", organisation).subject();
		java.util.UUID b = live.post(session, ada, wall, "Auch vorher", organisation).subject();
		long seen = store.lastSeq(event.eventId());
		try (Stream first = Stream.open(port, event.code(), null)) {
			// the node's feed starts here, after the phone's number
			assertThat(first.status()).isEqualTo(200);
			java.util.UUID c = live.post(session, ada, wall, "Während der Funkstille", organisation).subject();
			live.addDot(session, ada, b);
			assertThat(first.nextData()).contains(c.toString());
			awaitTrue(() -> feeds.feed(event.eventId()).published() == store.lastSeq(event.eventId()), Duration.ofSeconds(10),
					"published");
			long last = store.lastSeq(event.eventId());

			try (Stream resumed = Stream.open(port, event.code(), String.valueOf(seen))) {
				assertThat(resumed.status()).isEqualTo(200);
				String[] missed = resumed.nextMessage();
				assertThat(missed[0]).isEqualTo(String.valueOf(last));
				Idea cardC = store.idea(event.eventId(), c).orElseThrow();
				String keyB = store.idea(event.eventId(), b).orElseThrow().key();
				assertThat(keyB).as("the short key of an idea").hasSizeLessThan(8).isNotEqualTo(cardC.key());
				assertThat(missed[1]).contains("{\"t\":\"idea\",\"id\":\"" + c + "\",\"k\":\"" + cardC.key() + "\",")
					.as("the scores under the ideas' short keys, which the cards and the page bring")
					.contains("{\"t\":\"scores\",\"s\":{\"" + keyB + "\":1}}")
					.as("what it had is not sent again")
					.doesNotContain(a.toString())
					.doesNotContain("\"t\":\"idea\",\"id\":\"" + b + "\"");
				java.util.UUID d = live.post(session, ada, wall, "Danach", organisation).subject();
				String[] next = resumed.nextMessage();
				assertThat(Long.parseLong(next[0])).isGreaterThan(last);
				assertThat(next[1]).contains(d.toString()).doesNotContain(c.toString()).doesNotContain(b.toString());
			}
			try (Stream fromStart = Stream.open(port, event.code(), "0")) {
				String everything = fromStart.nextData();
				assertThat(everything).contains(a.toString()).contains(b.toString()).contains(c.toString())
					.contains("\"t\":\"wall\"").contains("\"t\":\"session\"");
			}
			try (Stream forged = Stream.open(port, event.code(), String.valueOf(last + 1000))) {
				assertThat(forged.nextLineStartingWith("event: ")).isEqualTo("event: reset");
			}
		}
		endStreams(event);
	}

	@Test
	void aFullNodeRefusesNewPhonesWith503BeforeAnySqlAndTheSlotIsFreedWhenAStreamEnds() throws Exception {
		LiveFixture.LiveEvent event = new LiveFixture(context).open("Voll", false, "Übergänge");
		LiveAdmission admission = context.getBean(LiveAdmission.class);
		int limit = admission.limit();
		awaitTrue(() -> admission.open() == 0, Duration.ofSeconds(30), "the streams of other tests have ended");
		try {
			admission.limit(1);
			try (Stream first = Stream.open(port, event.code(), null)) {
				assertThat(first.status()).isEqualTo(200);
				try (Stream refused = Stream.open(port, event.code(), null)) {
					assertThat(refused.status()).isEqualTo(503);
					assertThat(Integer.parseInt(refused.headers.get("retry-after"))).isBetween(5, 30);
					assertThat(refused.headers.get("cache-control")).contains("no-store");
				}
				QueryCount.reset();
				mvc.perform(get("/live/" + event.code() + "/stream")).andExpect(status().isServiceUnavailable());
				assertThat(QueryCount.count()).as("refused before any SQL").isZero();
				String metrics = new HttpSession(port).get("/actuator/prometheus").body();
				assertThat(value(metrics, "werkstatt_live_streams_limit")).isEqualTo(1);
				assertThat(value(metrics, "werkstatt_live_streams_refused_total")).isGreaterThanOrEqualTo(2);
			}
			endStreams(event);
			awaitTrue(() -> admission.open() == 0, Duration.ofSeconds(30), "the slot is free once the stream ended");
			try (Stream again = Stream.open(port, event.code(), null)) {
				assertThat(again.status()).isEqualTo(200);
			}
			endStreams(event);
		}
		finally {
			admission.limit(limit);
		}
		assertThat(LiveAdmission.derivedLimit()).as("derived from the heap").isGreaterThanOrEqualTo(100);
	}

	@Test
	void aPhonesStreamOpensWithoutSqlOnceItsCodeIsKnownAndWithoutLoadingTheSession() throws Exception {
		LiveFixture.LiveEvent event = new LiveFixture(context).open("Ohne Sitzung", false, "Übergänge");
		HttpSession phone = joined(event, "Ole");
		String cookie = phone.cookie("WERKSTATT_SESSION");
		assertThat(cookie).as("the wall's phone has a session").isNotNull();
		mvc.perform(get("/live/" + event.code() + "/stream")).andExpect(status().isOk());
		QueryCount.reset();
		mvc.perform(get("/live/" + event.code() + "/stream").cookie(new jakarta.servlet.http.Cookie("WERKSTATT_SESSION", cookie)))
			.andExpect(status().isOk());
		assertThat(QueryCount.count()).as("after a Wi-Fi drop a room's phones come back at once: no statement each").isZero();
		mvc.perform(get("/live/" + event.code().toLowerCase() + "/stream")).andExpect(status().isOk());
		mvc.perform(get("/live/NICHTDA/stream")).andExpect(status().isNotFound());
	}

	@Test
	void aPageWhoseScriptReadsAnOlderFormatIsResetAndLoadsTheScriptAnew() throws Exception {
		LiveFixture.LiveEvent event = new LiveFixture(context).open("Neu geladen", false, "Übergänge");
		HttpSession phone = joined(event, "Ole");
		assertThat(phone.get("/live/" + event.code()).body()).as("the page loads the script under its format's address")
			.contains("/js/live.js?v=" + LiveStream.FORMAT + "\"");
		// a page left open across a deploy: its script sends no format, or an older one
		for (String query : List.of("?page=" + "B".repeat(16), "?page=" + "B".repeat(16) + "&format=1")) {
			try (Stream old = Stream.open(port, event.code(), null, 0, query)) {
				assertThat(old.status()).isEqualTo(200);
				assertThat(old.nextLineStartingWith("event: ")).as(query).isEqualTo("event: reset");
			}
		}
		// the page of this script, and a client that is no page: the stream as it is
		for (String query : List.of("?page=" + "C".repeat(16) + "&format=" + LiveStream.FORMAT, "")) {
			try (Stream current = Stream.open(port, event.code(), null, 0, query)) {
				assertThat(current.status()).isEqualTo(200);
				HttpResponse<String> posted = phone.postForJson("/live/" + event.code() + "/ideas",
						Map.of("wall", event.walls().getFirst().toString(), "text", "Neu geladen " + query.length()));
				assertThat(current.nextData()).as(query).contains(LiveTests.ideaId(posted));
			}
		}
		endStreams(event);
	}

	@Test
	void aPhonesStreamIsServedInFrontOfTheServletsAndWhatItCannotServeGetsTheServletsPages() throws Exception {
		LiveFixture.LiveEvent event = new LiveFixture(context).open("Vorne", false, "Übergänge");
		HttpSession phone = joined(event, "Pia");
		try (Stream first = Stream.open(port, event.code(), null)) {
			assertThat(first.status()).isEqualTo(200);
		}
		QueryCount.reset();
		try (Stream stream = Stream.open(port, event.code(), null, 0, "?page=0123456789abcdef0123&format=" + LiveStream.FORMAT)) {
			assertThat(stream.status()).isEqualTo(200);
			assertThat(stream.headers.get("content-type")).startsWith("text/event-stream");
			assertThat(stream.headers.get("cache-control")).contains("no-store");
			assertThat(stream.headers.get("x-content-type-options")).isEqualTo("nosniff");
			// past the security filters (they put these on every page) and the session
			assertThat(stream.headers).doesNotContainKeys("content-security-policy", "x-frame-options", "set-cookie");
			assertThat(QueryCount.count()).as("a known code's stream opens without a statement").isZero();
			HttpResponse<String> posted = phone.postForJson("/live/" + event.code() + "/ideas",
					Map.of("wall", event.walls().getFirst().toString(), "text", "Vorne serviert"));
			assertThat(stream.nextData()).contains(LiveTests.ideaId(posted));
			// the publication lag: the feed knows when the phone's write of the shared publication was out
			Feed feed = feeds.feed(event.eventId());
			Feed.Publication delivered = feed.newest(feed.publishedToPhones() - 1, LiveStream.Audience.PARTICIPANTS);
			awaitTrue(() -> delivered.lastWrite().get() != 0, Duration.ofSeconds(5), "the phone wrote the idea's publication");
		}
		// what it cannot serve goes on to the servlets, which answer with their pages in the visitor's language
		HttpSession danish = new HttpSession(port);
		HttpResponse<String> unknown = danish.send(java.net.http.HttpRequest.newBuilder(danish.uri("/live/NICHTDA/stream"))
			.header("Accept-Language", "da").GET().build());
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("Siden blev ikke fundet");
		HttpResponse<String> badSince = danish.send(java.net.http.HttpRequest
			.newBuilder(danish.uri("/live/" + event.code() + "/stream?since=1.x")).header("Accept-Language", "da").GET().build());
		assertThat(badSince.statusCode()).isEqualTo(400);
		assertThat(badSince.body()).contains("Det lykkedes ikke");
		endStreams(event);
	}

	@Test
	void aStreamToAPhoneThatStoppedReadingEndsWithinSeconds() throws Exception {
		LiveFixture.LiveEvent event = new LiveFixture(context).open("Funkloch", false, "Übergänge");
		LiveMetrics metrics = context.getBean(LiveMetrics.class);
		try (Stream stalled = Stream.open(port, event.code(), null, 4096)) {
			assertThat(stalled.status()).isEqualTo(200);
			awaitTrue(() -> metrics.streams(event.eventId()) == 1, Duration.ofSeconds(10), "the stream is open");
			// an active event: messages pile up in the socket buffers of a phone that reads nothing more
			Feed feed = feeds.feed(event.eventId());
			String big = "{\"t\":\"idea\",\"text\":\"" + "x".repeat(256 * 1024) + "\"}";
			long filled = 0;
			for (int i = 0; i < 40 && metrics.streams(event.eventId()) > 0; i++) {
				long seq = feed.latest() + 1;
				feed.append(java.util.List.of(Feed.Entry.of(seq, "idea:" + i, big, big)));
				filled = System.nanoTime();
				Thread.sleep(150);
			}
			long started = filled;
			awaitTrue(() -> metrics.streams(event.eventId()) == 0, Duration.ofSeconds(25),
					"the stream ends at the write deadline, not after a minute");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the stream's write deadline, %s, and a margin",
					LiveStream.WRITE_DEADLINE)
				.isLessThan(LiveStream.WRITE_DEADLINE.plusSeconds(5));
		}
	}

	@Test
	void aQuietStreamThatIsReadOutlivesTheWriteDeadlineOnItsKeepAlives() throws Exception {
		LiveFixture.LiveEvent event = new LiveFixture(context).open("Stille", false, "Übergänge");
		LiveMetrics metrics = context.getBean(LiveMetrics.class);
		try (Stream quiet = Stream.open(port, event.code(), null)) {
			assertThat(quiet.status()).isEqualTo(200);
			long opened = System.nanoTime();
			long ends = opened + LiveStream.WRITE_DEADLINE.plusSeconds(3).toNanos();
			int keepAlives = 0;
			while (System.nanoTime() < ends) {
				if (quiet.nextLineStartingWith(":").startsWith(": keep-alive")) {
					keepAlives++;
				}
			}
			assertThat(keepAlives).as("a keep-alive every %s", LiveStream.KEEP_ALIVE).isGreaterThanOrEqualTo(2);
			assertThat(metrics.streams(event.eventId())).as("still open after %s without a message",
					Duration.ofNanos(System.nanoTime() - opened))
				.isEqualTo(1);
		}
		endStreams(event);
	}

	@Test
	void aPageThatComesBackEndsItsOldStreamAtOnceAndNoOtherStream() throws Exception {
		LiveFixture.LiveEvent event = new LiveFixture(context).open("Zurück im Netz", false, "Übergänge");
		LiveMetrics metrics = context.getBean(LiveMetrics.class);
		String page = "k3J9x2Lq8Vw0Zt5R";
		try (Stream old = Stream.open(port, event.code(), null, 0, "?page=" + page + "&format=" + LiveStream.FORMAT);
				Stream otherPage = Stream.open(port, event.code(), null, 0, "?page=" + "A".repeat(16) + "&format=" + LiveStream.FORMAT);
				Stream noPage = Stream.open(port, event.code(), null);
				Stream notAToken = Stream.open(port, event.code(), null, 0, "?page=" + page.substring(0, 15) + "&format=" + LiveStream.FORMAT)) {
			awaitTrue(() -> metrics.streams(event.eventId()) == 4, Duration.ofSeconds(10), "four streams");
			double replaced = value(new HttpSession(port).get("/actuator/prometheus").body(),
					"werkstatt_live_streams_replaced_total");
			// after a Wi-Fi drop: the old connection still looks open to the server
			try (Stream back = Stream.open(port, event.code(), null, 0, "?page=" + page + "&format=" + LiveStream.FORMAT)) {
				assertThat(back.status()).isEqualTo(200);
				assertThat(old.endsWithin(Duration.ofSeconds(5))).as("the page's old stream ends at once").isTrue();
				awaitTrue(() -> metrics.streams(event.eventId()) == 4, Duration.ofSeconds(5), "the old stream is gone");
				assertThat(otherPage.endsWithin(Duration.ofMillis(1_500))).as("another page's stream").isFalse();
				assertThat(noPage.endsWithin(Duration.ofMillis(300))).as("a stream without a token").isFalse();
				assertThat(notAToken.endsWithin(Duration.ofMillis(300))).as("too short for a token: as without").isFalse();
				assertThat(back.endsWithin(Duration.ofMillis(300))).as("the new stream").isFalse();
				assertThat(value(new HttpSession(port).get("/actuator/prometheus").body(),
						"werkstatt_live_streams_replaced_total")).isEqualTo(replaced + 1);
			}
		}
		endStreams(event);
	}

	// helpers

	/** Changes the event until its streams, closed by the phones, have ended on the server (it sees it as it writes). */
	void endStreams(LiveFixture.LiveEvent event) throws InterruptedException {
		Live live = context.getBean(Live.class);
		LiveStore store = context.getBean(LiveStore.class);
		LiveMetrics metrics = context.getBean(LiveMetrics.class);
		java.util.UUID organisation = context.getBean(org.werkstatt.workshop.event.EventStore.class).find(event.eventId())
			.orElseThrow().organisationId();
		Participant writer = live.join(event.eventId(), null, null).participant();
		long ends = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		for (int i = 0; metrics.streams(event.eventId()) > 0; i++) {
			assertThat(System.nanoTime()).as("the closed streams end").isLessThan(ends);
			live.post(store.session(event.eventId()).orElseThrow(), writer, event.walls().getFirst(), "Zum Aufräumen " + i,
					organisation);
			Thread.sleep(250);
		}
	}

	HttpSession joined(LiveFixture.LiveEvent event, String nickname) {
		HttpSession phone = new HttpSession(port);
		phone.get("/join/" + event.code());
		HttpResponse<String> join = phone.post("/join/" + event.code(), Map.of("nickname", nickname, "consent", "true"));
		assertThat(join.statusCode()).isEqualTo(302);
		return phone;
	}

	static double value(String metrics, String name) {
		return value(metrics, name, "");
	}

	/** The value of the first series of that name whose labels contain {@code label}. */
	static double value(String metrics, String name, String label) {
		Matcher matcher = Pattern.compile("(?m)^" + name + "(?:\\{([^}]*)\\})? ([0-9.eE+-]+)$").matcher(metrics);
		while (matcher.find()) {
			if (label.isEmpty() || matcher.group(1) != null && matcher.group(1).contains(label)) {
				return Double.parseDouble(matcher.group(2));
			}
		}
		throw new AssertionError(name + " {" + label + "} is not in the metrics:\n"
				+ metrics.lines().filter(line -> line.startsWith("werkstatt_live")).toList());
	}

	static void awaitTrue(BooleanSupplier condition, Duration within, String what) throws InterruptedException {
		long ends = System.nanoTime() + within.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as(what).isLessThan(ends);
			Thread.sleep(200);
		}
	}

	/** A phone's stream on a plain socket, so that a test decides when (and whether) it reads. */
	static final class Stream implements AutoCloseable {

		final Socket socket;
		final BufferedReader in;
		final int status;
		final Map<String, String> headers = new LinkedHashMap<>();

		private Stream(Socket socket, String request) throws IOException {
			this.socket = socket;
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			String statusLine = in.readLine();
			status = Integer.parseInt(statusLine.split(" ")[1]);
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				int colon = line.indexOf(':');
				headers.put(line.substring(0, colon).toLowerCase(), line.substring(colon + 1).strip());
			}
		}

		static Stream open(int port, String code, String lastEventId) throws IOException {
			return open(port, code, lastEventId, 0);
		}

		static Stream open(int port, String code, String lastEventId, int receiveBuffer) throws IOException {
			return open(port, code, lastEventId, receiveBuffer, "");
		}

		/**
		 * {@code receiveBuffer}: the socket's receive buffer (0: the default), set before connecting; {@code query}: after
		 * the path ({@code ?page=…}).
		 */
		static Stream open(int port, String code, String lastEventId, int receiveBuffer, String query) throws IOException {
			Socket socket = new Socket();
			if (receiveBuffer > 0) {
				socket.setReceiveBufferSize(receiveBuffer);
			}
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			socket.setSoTimeout(10_000);
			String request = "GET /live/" + code + "/stream" + query + " HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
					+ (lastEventId == null ? "" : "Last-Event-ID: " + lastEventId + "\r\n") + "\r\n";
			return new Stream(socket, request);
		}

		int status() {
			return status;
		}

		/** The next message's data line (skipping comments, retry and chunk sizes). */
		String nextData() throws IOException {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (line.startsWith("data: ")) {
					return line.substring(6);
				}
			}
			throw new IOException("the stream ended");
		}

		/** The server ended the stream (closed or reset its connection) within that time. */
		boolean endsWithin(Duration within) throws IOException {
			long ends = System.nanoTime() + within.toNanos();
			socket.setSoTimeout(100);
			try {
				while (System.nanoTime() < ends) {
					try {
						if (in.readLine() == null) {
							return true;
						}
					}
					catch (java.net.SocketTimeoutException quiet) {
						// nothing yet
					}
					catch (java.net.SocketException reset) {
						return true;
					}
				}
				return false;
			}
			finally {
				socket.setSoTimeout(10_000);
			}
		}

		String nextLineStartingWith(String prefix) throws IOException {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (line.startsWith(prefix)) {
					return line;
				}
			}
			throw new IOException("the stream ended");
		}

		/** The next message as its id and data. */
		String[] nextMessage() throws IOException {
			String id = null;
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (line.startsWith("id: ")) {
					id = line.substring(4);
				}
				else if (line.startsWith("data: ")) {
					return new String[] { id, line.substring(6) };
				}
			}
			throw new IOException("the stream ended");
		}

		@Override
		public void close() throws IOException {
			socket.close();
		}
	}
}
