/*
 * Load generator for the live theme walls (docs/performance.md, "Live walls").
 *
 * Run as a single-file source program (JDK 21 or newer, no dependencies):
 *
 *   java bench/LiveLoad.java --base http://127.0.0.1:8090 --clients 2000 --ideas-per-second 20 \
 *        --dots-per-second 200 --duration 60
 *
 * Without --code it signs in as the demo moderator, creates an event with walls, sets the live
 * session's limits so that the load is within them, opens the session, the walls and voting. Then it
 * joins the posting participants (join page, CSRF, consent), opens --clients Server-Sent-Event
 * streams (one TCP connection each: non-blocking sockets read by two threads with a selector each), and
 * posts ideas and dots at the set rates (open model: a request is sent on schedule whether or not
 * earlier ones have answered). Every idea id from a post's response is matched against its arrival on
 * every stream; the idea-to-screen latency is arrival minus the moment the post's response was
 * received (signed) and minus the moment it was sent. The server's heap, CPU and threads are read
 * every second from /actuator/prometheus. It stops by itself: after warm-up + duration + grace,
 * whatever happened.
 */

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LiveLoad {

	// ---------------------------------------------------------------- options

	static String base = "http://127.0.0.1:8080";
	static String code;
	static String metricsUrl;
	static String slug = "jobcenter-hafenstadt";
	static String email = "moderation@jobcenter-hafenstadt.example";
	static String password = "Werkstatt-Demo-2026";
	static int clients = 50;
	static int posters = 0; // 0: computed from the rates and the session's limits
	static double ideasPerSecond = 20;
	static double dotsPerSecond = 200;
	static int warmup = 0;
	static int duration = 10;
	static int grace = 10;
	static int walls = 4;
	static int dotBudget = 100;
	static int maxDotsPerIdea = 3;
	static int ideasPerMinute = 6; // the session's default per participant
	static int eventIdeasPerMinute = 3000; // the session's default per event
	static int maxInFlight = 400;
	static int connectConcurrency = 32;
	static String resultFile;
	// scenarios (docs in --help and scripts/bench-live.sh)
	/** Share of the streams that stop reading (without closing) when measuring begins. */
	static double vanish = 0;
	/** Streams opened as a second wave, --wave-delay seconds into the measurement, while the first is open. */
	static int secondWave = 0;
	static int waveDelay = 5;
	/** Streams that reconnect at once (with Last-Event-ID), --storm-at seconds into the measurement, leaving the old connection open and unread. */
	static int storm = 0;
	static int stormAt = 10;
	/** Above 0: as many streams as the server's limit (werkstatt_live_streams_limit) times 1 + this. */
	static double overload = 0;
	/** "recent": dots on the newest 200 ideas, never taken back; "popular": Zipf over the --hot first ideas, taken back. */
	static String dotPattern = "recent";
	static int hot = 20;
	/** With --dot-pattern popular: the share of dot actions that take back a dot the participant put on the idea. */
	static double takeBack = 0.5;
	/** The idea-to-screen p99 (from sending) that the verdict holds the run to, in milliseconds. */
	static int targetP99 = 250;

	static void parse(String[] args) {
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			String v = i + 1 < args.length ? args[i + 1] : null;
			switch (a) {
				case "--base" -> base = strip(v);
				case "--code" -> code = v;
				case "--metrics" -> metricsUrl = v;
				case "--slug" -> slug = v;
				case "--email" -> email = v;
				case "--password" -> password = v;
				case "--clients" -> clients = Integer.parseInt(v);
				case "--posters" -> posters = Integer.parseInt(v);
				case "--ideas-per-second" -> ideasPerSecond = Double.parseDouble(v);
				case "--dots-per-second" -> dotsPerSecond = Double.parseDouble(v);
				case "--warmup" -> warmup = Integer.parseInt(v);
				case "--duration" -> duration = Integer.parseInt(v);
				case "--grace" -> grace = Integer.parseInt(v);
				case "--walls" -> walls = Integer.parseInt(v);
				case "--dot-budget" -> dotBudget = Integer.parseInt(v);
				case "--max-dots-per-idea" -> maxDotsPerIdea = Integer.parseInt(v);
				case "--ideas-per-minute" -> ideasPerMinute = Integer.parseInt(v);
				case "--event-ideas-per-minute" -> eventIdeasPerMinute = Integer.parseInt(v);
				case "--max-in-flight" -> maxInFlight = Integer.parseInt(v);
				case "--result" -> resultFile = v;
				case "--vanish" -> vanish = Double.parseDouble(v);
				case "--second-wave" -> secondWave = Integer.parseInt(v);
				case "--wave-delay" -> waveDelay = Integer.parseInt(v);
				case "--storm" -> storm = Integer.parseInt(v);
				case "--storm-at" -> stormAt = Integer.parseInt(v);
				case "--overload" -> overload = Double.parseDouble(v);
				case "--dot-pattern" -> dotPattern = v;
				case "--hot" -> hot = Integer.parseInt(v);
				case "--take-back" -> takeBack = Double.parseDouble(v);
				case "--target-p99" -> targetP99 = Integer.parseInt(v);
				case "--help", "-h" -> {
					System.out.println("""
							java bench/LiveLoad.java --base URL [--code CODE] [--clients N] [--posters K]
							  [--ideas-per-second R] [--dots-per-second R] [--warmup S] [--duration S] [--grace S]
							  [--walls W] [--dot-budget B] [--max-dots-per-idea M] [--ideas-per-minute P]
							  [--event-ideas-per-minute E] [--metrics URL] [--max-in-flight F] [--result FILE]
							  [--vanish SHARE] [--second-wave N [--wave-delay S]] [--storm N [--storm-at S]] [--overload SHARE]
							  [--dot-pattern recent|popular [--hot N] [--take-back SHARE]] [--target-p99 MS]
							--target-p99 500: the idea-to-screen p99 the verdict holds the run to (250 ms unless given).
							Scenarios: --vanish 0.2: that share of the streams stops reading (socket left open, 4 KB receive
							buffer) when measuring begins; the server's open streams must drop within seconds.
							--second-wave 2000 --wave-delay 5: 2,000 more streams connect 5 s into the measurement while the
							first wave is open (with --vanish 1: while the first wave is half-open); each must get everything.
							--storm 5000 --storm-at 10: that many streams reconnect at once with Last-Event-ID, the old
							connections left open and unread; reports the time until each has the newest change again.
							--overload 0.2: connects the server's limit + 20 %; the excess must get 503 with Retry-After
							(counted as refused, tried again after Retry-After), the others keep their latency.
							--dot-pattern popular --take-back 0.5: the dot actions (--dots-per-second, puts and take-backs
							together) go to the --hot (20) first ideas, Zipf-weighted; half of them take back a dot the same
							participant put there (one action per participant at a time, as a phone). Reports put and
							take-back p50/p95/p99 and checks every idea's final count against the answers the phones got.
							Without --code an event is created as the demo moderator (--slug, --email, --password).
							With --code the session must be open, voting open, walls open; its limits must allow the load.""");
					System.exit(0);
				}
				default -> throw new IllegalArgumentException("unknown option " + a + " (--help)");
			}
			i++;
		}
		if (metricsUrl == null) {
			metricsUrl = base + "/actuator/prometheus";
		}
		if (posters == 0) {
			// each poster stays at 3/4 of its idea rate and dot budget, for warm-up and measurement together
			int forIdeas = (int) Math.ceil(ideasPerSecond * 60 / (ideasPerMinute * 0.75));
			int forDots = (int) Math.ceil(dotsPerSecond * (warmup + duration) / (dotBudget * 0.75));
			posters = Math.max(1, Math.max(forIdeas, forDots));
		}
	}

	static String strip(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	// ---------------------------------------------------------------- state

	static final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.executor(Executors.newVirtualThreadPerTaskExecutor())
		.build();

	/** What is known about one idea: when its post was sent and answered, and when each stream got it. */
	static final class IdeaRecord {
		volatile long sent;
		volatile long answered;
		volatile boolean measured;
		volatile String text;
		/** The idea's id in ASCII, once a card brought it with its key ({@link #registerKey}). */
		volatile byte[] id;
		final AtomicLongArray arrival = new AtomicLongArray(clients + secondWave);
		/** The last score each stream was told, to compare with the server's final count. */
		final java.util.concurrent.atomic.AtomicIntegerArray lastScore = new java.util.concurrent.atomic.AtomicIntegerArray(clients + secondWave);
	}

	static final List<Stream> followers = new CopyOnWriteArrayList<>();
	/** Messages and bytes the streams had received when measuring began, and received while it lasted. */
	static long messagesBegin, bytesBegin, messagesMeasured, bytesMeasured;
	/** The threads that read the streams, each with a selector (see {@link Reader}). */
	static final List<Reader> readers = new CopyOnWriteArrayList<>();

	/**
	 * The reader of a stream: streams go to the readers in runs of 64, so that the readers write the per-stream
	 * arrays of an idea ({@link IdeaRecord}) mostly in different cache lines (a run need not start on a line: at most
	 * one line per run is shared). Taken in turn, stream by stream, two readers wrote neighbouring elements, and
	 * each write took the line from the other core.
	 */
	static Reader readerOf(int index) {
		return readers.get((index >> 6) % readers.size());
	}
	static final byte[] SCORE_MARK = "\"score\":".getBytes(StandardCharsets.US_ASCII);
	/** The moderator's signed-in client and the event, for reading the final counts at the end. */
	static Browser moderatorBrowser;
	static String eventId;

	static final Map<String, IdeaRecord> ideas = new ConcurrentHashMap<>();
	/**
	 * The ideas by the number of their short key (base 36), which a card brings ({"t":"idea","id":"…","k":"2n9c",…})
	 * and scores use; grown as keys come. Looked up for every card and score a stream gets, so without making strings.
	 */
	static volatile AtomicReferenceArray<IdeaRecord> ideasByKey = new AtomicReferenceArray<>(1024);

	/** The idea a key's number names, or {@code null} if no card brought it yet. */
	static IdeaRecord byKey(long number) {
		AtomicReferenceArray<IdeaRecord> table = ideasByKey;
		return number < table.length() ? table.getAcquire((int) number) : null;
	}

	/** Notes the idea a card names with a key; returns the idea known under it (another one: two ideas with one key). */
	static synchronized IdeaRecord registerKey(long number, IdeaRecord record, String id) {
		if (number >= Integer.MAX_VALUE / 2) {
			error("a key beyond what this generator keeps");
			return record;
		}
		AtomicReferenceArray<IdeaRecord> table = ideasByKey;
		if (number >= table.length()) {
			AtomicReferenceArray<IdeaRecord> grown = new AtomicReferenceArray<>((int) Math.max(number + 1, 2L * table.length()));
			for (int i = 0; i < table.length(); i++) {
				grown.setPlain(i, table.getPlain(i));
			}
			ideasByKey = grown;
			table = grown;
		}
		IdeaRecord known = table.getPlain((int) number);
		if (known != null) {
			return known;
		}
		record.id = id.getBytes(StandardCharsets.US_ASCII);
		table.setRelease((int) number, record);
		return record;
	}

	/** The number a short key in {@code data[from..to)} names (base 36, lower case), or -1 if it is none. */
	static long keyNumber(byte[] data, int from, int to) {
		if (to <= from || to - from > 12) {
			return -1;
		}
		long number = 0;
		for (int i = from; i < to; i++) {
			int digit = Character.digit(data[i], 36);
			if (digit < 0 || data[i] >= 'A' && data[i] <= 'Z') {
				return -1;
			}
			number = number * 36 + digit;
		}
		return number;
	}
	static final List<String> posted = new CopyOnWriteArrayList<>();
	static final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
	static final LongAdder ideasDone = new LongAdder();
	static final LongAdder dotsDone = new LongAdder();
	static final LongAdder ideasSent = new LongAdder();
	static final LongAdder dotsSent = new LongAdder();
	static final LongAdder duplicates = new LongAdder();
	static final LongAdder resets = new LongAdder();
	static final LongAdder reconnects = new LongAdder();
	static final LongAdder messages = new LongAdder();
	static final LongAdder bytesIn = new LongAdder();
	static final LongAdder refusedStreams = new LongAdder();
	static final LongAdder retryAfterOutOfRange = new LongAdder();
	static final List<Long> stormResync = new CopyOnWriteArrayList<>();
	static final List<java.nio.channels.SocketChannel> abandoned = new CopyOnWriteArrayList<>();
	/** The server's open streams (werkstatt_live_streams_open) per 1 s sample: {nanoTime, count}. */
	static final List<double[]> serverStreams = new CopyOnWriteArrayList<>();
	static volatile long vanishedAt, stormStarted;
	/** When the second wave started connecting, and when the last of its streams was admitted for the first time (nanoTime; 0: not yet). */
	static volatile long waveStartedAt, waveAdmittedAt;
	static final AtomicInteger waveAdmitted = new AtomicInteger();
	static volatile long stormTarget = Long.MAX_VALUE;
	static int vanishCount;

	/** A stream the report counts: admitted by the server and still read. */
	static boolean counts(int i) {
		if (i >= followers.size()) {
			return false;
		}
		Stream stream = followers.get(i);
		return stream.admitted && !stream.vanished;
	}

	/** The server answered 503: the node is full. */
	static final class Refused extends IOException {
		final int seconds;

		Refused(int seconds) {
			super("refused");
			this.seconds = seconds;
		}
	}
	static final List<Long> ideaRoundTrips = new CopyOnWriteArrayList<>();
	static final List<Long> dotRoundTrips = new CopyOnWriteArrayList<>();
	static volatile boolean measuring;
	static volatile boolean stopping;

	static void error(String what) {
		errors.computeIfAbsent(what, k -> new LongAdder()).increment();
		if (!measuring) {
			errorsBeforeMeasuring.increment();
		}
	}

	/** Errors before measuring began (the warm-up, the set-up): in the count and the verdict, and reported apart. */
	static final LongAdder errorsBeforeMeasuring = new LongAdder();

	// ---------------------------------------------------------------- HTTP with a cookie jar

	static final class Browser {
		final Map<String, String> cookies = new ConcurrentHashMap<>();
		volatile String csrf;

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
			return send(request);
		}

		HttpResponse<String> post(String path, Map<String, String> form, boolean json) throws IOException, InterruptedException {
			StringBuilder body = new StringBuilder();
			for (var e : form.entrySet()) {
				if (body.length() > 0) {
					body.append('&');
				}
				body.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
			}
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
			if (json) {
				// as live.js sends a participant's calls: JSON answer, marked as a script call (no session needed)
				request.header("Accept", "application/json").header("X-Werkstatt-Call", "live");
			}
			return send(request);
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			if (!cookies.isEmpty()) {
				StringBuilder header = new StringBuilder();
				cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
				request.header("Cookie", header.toString());
			}
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String set : response.headers().allValues("set-cookie")) {
				String pair = set.split(";", 2)[0];
				int eq = pair.indexOf('=');
				if (eq > 0) {
					String value = pair.substring(eq + 1);
					if (value.isEmpty() || set.toLowerCase(Locale.ROOT).contains("max-age=0")) {
						cookies.remove(pair.substring(0, eq));
					}
					else {
						cookies.put(pair.substring(0, eq), value);
					}
				}
			}
			Matcher m = CSRF.matcher(response.body());
			if (m.find()) {
				csrf = m.group(1);
			}
			return response;
		}

		HttpResponse<String> form(String path, Map<String, String> fields) throws IOException, InterruptedException {
			Map<String, String> all = new LinkedHashMap<>(fields);
			all.put("_csrf", csrf);
			HttpResponse<String> response = post(path, all, false);
			if (response.statusCode() != 302) {
				throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + " (expected a redirect)");
			}
			return response;
		}
	}

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
	static final Pattern UUID_PATTERN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("location").orElse("");
	}

	// ---------------------------------------------------------------- setting up the event

	static void setUpEvent() throws Exception {
		Browser moderator = new Browser();
		moderator.get("/login");
		HttpResponse<String> login = moderator.form("/login", Map.of("email", email, "password", password));
		if (location(login).contains("/login")) {
			throw new IllegalStateException("sign-in as " + email + " failed: " + location(login));
		}
		moderator.get("/manage/" + slug + "/events/new"); // fresh CSRF token after the sign-in
		LocalDate today = LocalDate.now();
		Map<String, String> event = new LinkedHashMap<>();
		event.put("format", "IDEA_WORKSHOP");
		event.put("title", "Lasttest Live-Wände " + LocalDateTime.now().withNano(0));
		event.put("description", "Angelegt von bench/LiveLoad.java");
		event.put("startsAt", today + "T00:00");
		event.put("endsAt", today + "T23:59");
		event.put("visibility", "INVITATION");
		HttpResponse<String> created = moderator.form("/manage/" + slug + "/events/new", event);
		Matcher id = UUID_PATTERN.matcher(location(created));
		if (!id.find()) {
			throw new IllegalStateException("no event created: " + location(created));
		}
		String console = "/manage/" + slug + "/events/" + id.group() + "/live";
		HttpResponse<String> page = moderator.get(console);
		Matcher joinCode = Pattern.compile("/join/([A-Z0-9]+)").matcher(page.body());
		if (page.statusCode() != 200 || !joinCode.find()) {
			throw new IllegalStateException("console " + console + " answered " + page.statusCode());
		}
		code = joinCode.group(1);
		moderatorBrowser = moderator;
		eventId = id.group();
		List<String> wallIds = new ArrayList<>();
		for (int w = 1; w <= walls; w++) {
			HttpResponse<String> wall = moderator.form(console + "/walls",
					Map.of("title", "Wand " + w, "question", "Was brauchen Sie, Frage " + w + "?", "targetGroup", ""));
			Matcher wallId = UUID_PATTERN.matcher(location(wall).replaceFirst("^.*#", ""));
			if (!wallId.find()) {
				throw new IllegalStateException("no wall created: " + location(wall));
			}
			wallIds.add(wallId.group());
		}
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("_preModeration", "on");
		settings.put("dotBudget", String.valueOf(dotBudget));
		settings.put("maxDotsPerIdea", String.valueOf(maxDotsPerIdea));
		settings.put("ideasPerMinute", String.valueOf(ideasPerMinute));
		settings.put("eventIdeasPerMinute", String.valueOf(eventIdeasPerMinute));
		settings.put("blockedWords", "");
		HttpResponse<String> saved = moderator.form(console + "/settings", settings);
		if (!location(saved).contains("#settings")) {
			throw new IllegalStateException("settings not saved: " + location(saved));
		}
		for (String wall : wallIds) {
			moderator.form(console + "/walls/" + wall + "/open", Map.of("open", "true"));
		}
		moderator.form(console + "/state", Map.of("state", "OPEN"));
		moderator.form(console + "/voting", Map.of("open", "true"));
		log("event %s, code %s, %d walls, dot budget %d, at most %d per idea, %d ideas per participant and minute, %d per event",
				id.group(), code, walls, dotBudget, maxDotsPerIdea, ideasPerMinute, eventIdeasPerMinute);
	}

	// ---------------------------------------------------------------- participants who post

	static final class Poster {
		final Browser browser = new Browser();
		final Map<String, Integer> dotsOn = new ConcurrentHashMap<>();
		final AtomicInteger dotsUsed = new AtomicInteger();
		/** A dot action of this participant waits for its answer (--dot-pattern popular). */
		final java.util.concurrent.atomic.AtomicBoolean busy = new java.util.concurrent.atomic.AtomicBoolean();
	}

	static List<String> wallIds = new ArrayList<>();
	static long startSeq;

	static Poster join(int n) throws Exception {
		Poster poster = new Poster();
		HttpResponse<String> page = poster.browser.get("/join/" + code);
		if (page.statusCode() != 200) {
			throw new IllegalStateException("join page answered " + page.statusCode());
		}
		HttpResponse<String> joined = poster.browser.form("/join/" + code,
				Map.of("nickname", "Last " + n, "consent", "true"));
		if (!location(joined).endsWith("/live/" + code) || !poster.browser.cookies.containsKey("WERKSTATT_LIVE_" + code)) {
			throw new IllegalStateException("join refused: " + location(joined));
		}
		return poster;
	}

	static List<Poster> joinAll() throws Exception {
		long begin = System.nanoTime();
		Poster[] result = new Poster[posters];
		Semaphore parallel = new Semaphore(8);
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < posters; i++) {
				int n = i;
				futures.add(executor.submit(() -> {
					parallel.acquire();
					try {
						result[n] = join(n);
					}
					finally {
						parallel.release();
					}
					return null;
				}));
			}
			for (var f : futures) {
				f.get();
			}
		}
		// the walls and the current change number, as the wall page shows them to the first poster
		HttpResponse<String> wall = result[0].browser.get("/live/" + code);
		Matcher seq = Pattern.compile("data-seq=\"(\\d+)\"").matcher(wall.body());
		if (wall.statusCode() != 200 || !seq.find()) {
			throw new IllegalStateException("wall page answered " + wall.statusCode());
		}
		startSeq = Long.parseLong(seq.group(1));
		Matcher walls = Pattern.compile("data-wall=\"(" + UUID_PATTERN.pattern() + ")\"[^>]*?data-open=\"true\"").matcher(wall.body());
		while (walls.find()) {
			wallIds.add(walls.group(1));
		}
		if (wallIds.isEmpty()) {
			throw new IllegalStateException("no open wall on /live/" + code);
		}
		log("%d participants joined in %.1f s; %d open walls; streams start after change %d", posters,
				(System.nanoTime() - begin) / 1e9, wallIds.size(), startSeq);
		return List.of(result);
	}

	// ---------------------------------------------------------------- streams


	/**
	 * Reads streams on a selector of its own: non-blocking sockets, stay registered while open, so one
	 * {@code epoll_wait} finds every stream with something to read. (Blocking reads on virtual threads
	 * registered and deregistered each socket for every read, and cost the generator as much CPU as the
	 * server spent writing; on this machine the two share the cores, so that showed up in the latency.)
	 */
	static final class Reader implements Runnable {
		final Selector selector;
		final Queue<Stream> toOpen = new ConcurrentLinkedQueue<>();
		final Queue<Stream> toStorm = new ConcurrentLinkedQueue<>();
		final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
		final List<Stream> retrying = new ArrayList<>();

		Reader() throws IOException {
			selector = Selector.open();
		}

		void open(Stream stream) {
			toOpen.add(stream);
			selector.wakeup();
		}

		void storm(Stream stream) {
			toStorm.add(stream);
			selector.wakeup();
		}

		@Override
		public void run() {
			while (!stopping) {
				try {
					selector.select(retrying.isEmpty() ? 1000 : 100);
					List<Stream> due = new ArrayList<>();
					for (Stream stream; (stream = toOpen.poll()) != null;) {
						due.add(stream);
					}
					long now = System.nanoTime();
					retrying.removeIf(stream -> stream.retryAt <= now && due.add(stream));
					for (Stream stream; (stream = toStorm.poll()) != null;) {
						// a new connection with Last-Event-ID; the old one stays open and is read no more
						if (stream.key != null) {
							stream.key.cancel();
						}
						if (stream.channel != null) {
							abandoned.add(stream.channel);
						}
						stream.stormAt = now;
						due.add(stream);
					}
					for (Stream stream : due) {
						try {
							stream.connect(this);
						}
						catch (IOException e) {
							stream.failed(this, null, "stream: " + e.getClass().getSimpleName() + " " + e.getMessage(), true);
						}
					}
					for (var key : selector.selectedKeys()) {
						if (!key.isValid()) {
							// the key of a connection a storm left behind (cancelled above, after the select)
							continue;
						}
						Stream stream = (Stream) key.attachment();
						try {
							if (key.isConnectable()) {
								stream.sendRequest(key);
							}
							else if (key.isReadable()) {
								stream.read(key, buffer);
							}
						}
						catch (Refused e) {
							stream.refused(this, key, e.seconds);
						}
						catch (IOException e) {
							stream.failed(this, key, "stream: " + e.getClass().getSimpleName() + " " + e.getMessage(), true);
						}
					}
					selector.selectedKeys().clear();
				}
				catch (IOException e) {
					error("stream reader: " + e.getMessage());
				}
			}
		}
	}

	static final class Stream {
		static final int STATUS = 0, HEADERS = 1, BODY = 2;
		final int index;
		/** Called once: when the stream's first message came, or when its first try failed. */
		final Runnable connected;
		/**
		 * The stream's id: every change up to {@code lastId}, the cards up to {@code lastCards} (the server's id is
		 * "lastId" or, while a phone's cards are ahead of scores that wait, "lastId.lastCards").
		 */
		volatile long lastId;
		volatile long lastCards;
		/** The page's token (live.js makes one per page load and keeps it when it connects again). */
		final String page = java.util.HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(12)
			.putLong(ThreadLocalRandom.current().nextLong()).putInt(ThreadLocalRandom.current().nextInt()).array());
		volatile boolean admitted;
		/** Admitted once at least (only its reader writes it). */
		boolean everAdmitted;
		volatile boolean vanished;
		/** When a storm made it reconnect (nanoTime), until it has the newest change again; 0: not storming. */
		long stormAt;
		SelectionKey key;
		boolean refusing;
		int retryAfter = 1;
		boolean counted;
		long retryAt;
		SocketChannel channel;
		// what has been read of the response: its part, the chunk being read, the line being put together
		int part;
		boolean chunked;
		int chunkLeft;
		int chunkSize;
		boolean chunkSizeSeen;
		boolean chunkExtension;
		static final int LINE_KEPT = 4 * 1024;
		byte[] line = new byte[LINE_KEPT];
		int lineLength;
		// the SSE message being put together: its id's numbers (-1: none)
		long id = -1;
		long idCards = -1;
		byte[] data = new byte[4 * 1024];
		int dataLength = -1;
		boolean reset;

		/** Lets the reader see the change (a vanished stream stops being read at its next readable event). */
		void readerWakeup() {
			readerOf(index).selector.wakeup();
		}

		Stream(int index, Runnable connected) {
			this.index = index;
			this.connected = connected;
			this.lastId = startSeq;
			this.lastCards = startSeq;
		}

		void connect(Reader reader) throws IOException {
			URI uri = URI.create(base);
			part = STATUS;
			chunked = false;
			chunkLeft = 0;
			chunkSize = 0;
			chunkSizeSeen = false;
			chunkExtension = false;
			lineLength = 0;
			id = -1;
			idCards = -1;
			dataLength = -1;
			reset = false;
			refusing = false;
			retryAfter = 1;
			channel = SocketChannel.open();
			channel.configureBlocking(false);
			if (index < vanishCount) {
				// the phones that will stop reading: a small receive buffer, so the server's writes back up soon
				channel.setOption(java.net.StandardSocketOptions.SO_RCVBUF, 4096);
			}
			channel.connect(new InetSocketAddress(uri.getHost(), uri.getPort()));
			key = channel.register(reader.selector, SelectionKey.OP_CONNECT, this);
		}

		void sendRequest(SelectionKey key) throws IOException {
			channel.finishConnect();
			URI uri = URI.create(base);
			// the page's token, as live.js sends it: a stream that comes back ends the one it had on the server
			String request = "GET /live/" + code + "/stream?since=" + startSeq + "&page=" + page + "&format=2 HTTP/1.1\r\nHost: "
					+ uri.getHost() + ":"
					+ uri.getPort() + "\r\nAccept: text/event-stream\r\nCache-Control: no-cache\r\n"
					+ (lastCards > startSeq ? "Last-Event-ID: " + lastId + (lastCards > lastId ? "." + lastCards : "") + "\r\n" : "")
					+ "\r\n";
			ByteBuffer out = ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII));
			while (out.hasRemaining()) {
				channel.write(out);
			}
			key.interestOps(SelectionKey.OP_READ);
		}

		void read(SelectionKey key, ByteBuffer buffer) throws IOException {
			if (vanished) {
				// gone without a word: the socket stays open, nothing more is read
				key.interestOps(0);
				return;
			}
			buffer.clear();
			int n = channel.read(buffer);
			if (n < 0) {
				// the server ended the stream (or stopped): connect again at once, as a browser does
				failed(null, key, null, false);
				return;
			}
			bytesIn.add(n);
			byte[] bytes = buffer.array();
			int i = 0;
			while (i < n && channel.isOpen()) {
				if (part == BODY && chunked) {
					if (chunkLeft == 0) {
						i = chunkSizeLine(bytes, i, n);
						if (i < 0) {
							// the last chunk: the server ended the stream (its lifetime is five minutes)
							failed(null, key, null, false);
							return;
						}
						continue;
					}
					int take = Math.min(chunkLeft, n - i);
					lines(bytes, i, i + take);
					chunkLeft -= take;
					i += take;
				}
				else {
					i = lines(bytes, i, n);
				}
			}
		}

		/**
		 * Reads the size line of the next chunk (skipping the line end of the previous one); where it stopped,
		 * or -1 at the last chunk.
		 */
		private int chunkSizeLine(byte[] bytes, int i, int end) {
			while (i < end) {
				byte b = bytes[i++];
				if (b == '\n') {
					if (chunkSizeSeen) {
						if (chunkSize == 0) {
							return -1;
						}
						chunkLeft = chunkSize;
						chunkSize = 0;
						chunkSizeSeen = false;
						chunkExtension = false;
						return i;
					}
				}
				else if (b == ';') {
					chunkExtension = true;
				}
				else if (b != '\r' && !chunkExtension) {
					chunkSize = chunkSize * 16 + Character.digit(b, 16);
					chunkSizeSeen = true;
				}
			}
			return i;
		}

		/**
		 * Puts the bytes into lines and handles each complete one; returns where it stopped: at the end, or
		 * right after the headers when the body is chunked (from there the chunks are taken apart first).
		 */
		private int lines(byte[] bytes, int from, int end) throws IOException {
			int i = from;
			while (i < end) {
				int newline = i;
				while (newline < end && bytes[newline] != '\n') {
					newline++;
				}
				int piece = newline - i;
				if (lineLength + piece > line.length) {
					line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + piece));
				}
				System.arraycopy(bytes, i, line, lineLength, piece);
				lineLength += piece;
				if (newline == end) {
					return end;
				}
				i = newline + 1;
				int n = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
				lineLength = 0;
				boolean wasHeader = part != BODY;
				line(n);
				if (line.length > LINE_KEPT) {
					// a long catch-up message: with ten thousand streams, each keeping its longest line took gigabytes
					line = new byte[LINE_KEPT];
				}
				if (!channel.isOpen() || (wasHeader && part == BODY && chunked)) {
					return i;
				}
			}
			return i;
		}

		private void line(int n) throws IOException {
			if (part == STATUS) {
				String status = new String(line, 0, n, StandardCharsets.ISO_8859_1);
				if (status.startsWith("HTTP/1.1 503")) {
					refusing = true;
				}
				else if (!status.startsWith("HTTP/1.1 200")) {
					throw new IOException("status " + status);
				}
				else {
					admitted = true;
					if (!everAdmitted) {
						everAdmitted = true;
						if (index >= clients && waveAdmitted.incrementAndGet() == secondWave) {
							waveAdmittedAt = System.nanoTime();
						}
					}
				}
				part = HEADERS;
			}
			else if (part == HEADERS) {
				if (n == 0) {
					if (refusing) {
						throw new Refused(retryAfter);
					}
					part = BODY;
					return;
				}
				String header = new String(line, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
				if (header.startsWith("retry-after:")) {
					retryAfter = Integer.parseInt(header.substring(12).strip());
					if (retryAfter < 5 || retryAfter > 30) {
						retryAfterOutOfRange.increment();
					}
				}
				if (header.startsWith("transfer-encoding:") && header.contains("chunked")) {
					chunked = true;
				}
			}
			else if (n == 0) {
				message();
			}
			else if (startsWith(line, n, "id: ")) {
				String text = new String(line, 4, n - 4, StandardCharsets.US_ASCII).strip();
				int dot = text.indexOf('.');
				id = Long.parseLong(dot < 0 ? text : text.substring(0, dot));
				idCards = dot < 0 ? id : Long.parseLong(text.substring(dot + 1));
			}
			else if (startsWith(line, n, "data: ")) {
				// the line's buffer becomes the message's data, and the old data buffer the next line's
				byte[] taken = data;
				data = line;
				line = taken;
				dataLength = n;
			}
			else if (startsWith(line, n, "event: reset")) {
				reset = true;
			}
		}

		/** The end of an SSE message (a blank line). */
		private void message() {
			if (!counted) {
				counted = true;
				connected.run();
			}
			if (reset) {
				resets.increment();
				reset = false;
			}
			if (dataLength >= 0) {
				long now = System.nanoTime();
				messages.increment();
				if (stormAt != 0 && id >= stormTarget) {
					stormResync.add(now - stormAt);
					stormAt = 0;
				}
				if (id >= 0) {
					// neither number goes back, and one of them moves on
					if (id < lastId || idCards < lastCards || id == lastId && idCards == lastCards) {
						duplicates.increment();
					}
					else {
						lastId = id;
						lastCards = idCards;
					}
				}
				arrived(data, 6, dataLength, now);
			}
			id = -1;
			idCards = -1;
			dataLength = -1;
		}

		/** The server refused the stream (503): not an error; tried again after its Retry-After, as live.js does. */
		void refused(Reader reader, SelectionKey key, int seconds) {
			refusedStreams.increment();
			admitted = false;
			failed(reader, key, null, false);
			retryAt = System.nanoTime() + seconds * 1_000_000_000L;
		}

		/** The connection ended: counted as a reconnect and, after an error, tried again a second later. */
		void failed(Reader reader, SelectionKey key, String problem, boolean wait) {
			if (key != null) {
				key.cancel();
			}
			try {
				if (channel != null) {
					channel.close();
				}
			}
			catch (IOException ignored) {
				// closing anyway
			}
			if (!counted) {
				counted = true;
				connected.run();
			}
			if (stopping) {
				return;
			}
			if (problem != null) {
				error(problem);
			}
			reconnects.increment();
			retryAt = System.nanoTime() + (wait ? 1_000_000_000L : 0);
			Reader owner = reader != null ? reader : readerOf(index);
			owner.retrying.add(this);
		}

		/**
		 * Notes the ideas in a message: the first arrival of every card ({"t":"idea",...}) and the newest score
		 * of every idea, from cards and from score updates ({"t":"score",...}), in the order they come. The
		 * message's data is {@code data[start..end)}.
		 */
		private void arrived(byte[] data, int start, int end, long now) {
			int from = start;
			while (true) {
				int at = indexOf(data, end, TYPE_MARK, from);
				if (at < 0) {
					return;
				}
				int type = at + TYPE_MARK.length;
				if (startsWith(data, type, end, SCORES_TYPE)) {
					from = scores(data, type + SCORES_TYPE.length, end);
					continue;
				}
				boolean card = startsWith(data, type, end, IDEA_TYPE);
				boolean score = !card && startsWith(data, type, end, SCORE_TYPE);
				from = type;
				if (!card && !score) {
					continue;
				}
				int idAt = type + (card ? IDEA_TYPE.length : SCORE_TYPE.length);
				if (idAt + 36 > end) {
					return;
				}
				from = idAt + 36;
				// a card names its idea by id and short key: known keys are looked up without making a string
				IdeaRecord record = null;
				long number = -1;
				if (card && startsWith(data, from, end, KEY_MARK)) {
					int keyAt = from + KEY_MARK.length;
					int keyEnd = keyAt;
					while (keyEnd < end && data[keyEnd] != '"') {
						keyEnd++;
					}
					number = keyNumber(data, keyAt, keyEnd);
					if (number < 0) {
						error("a card with a key that is not a short key");
					}
					record = number >= 0 ? byKey(number) : null;
					if (record != null && !Arrays.equals(record.id, 0, 36, data, idAt, idAt + 36)) {
						error("two ideas with one key");
						record = null;
						number = -1; // counted once: the idea is looked up by its id, not registered under the key
					}
					from = keyEnd;
				}
				if (record == null) {
					String id = new String(data, idAt, 36, StandardCharsets.US_ASCII);
					record = ideas.get(id);
					if (record == null) {
						record = ideas.computeIfAbsent(id, k -> new IdeaRecord());
					}
					if (number >= 0 && registerKey(number, record, id) != record) {
						error("two ideas with one key");
					}
				}
				if (card && record.arrival.getPlain(index) == 0) {
					// only this stream's reader writes its element; the release makes it visible to the checks
					record.arrival.setRelease(index, now);
				}
				int value = scoreAfter(data, end, from);
				if (value >= 0) {
					record.lastScore.setRelease(index, value);
				}
			}
		}

		/**
		 * Notes the scores of a phone's message, together ({"t":"scores","s":{"2n9c":3,...}}, each under the short
		 * key of an idea whose card came before) from {@code at}, just after the opening brace of the list; returns
		 * where the list ends.
		 */
		private int scores(byte[] data, int at, int end) {
			int i = at;
			while (i + 3 < end && data[i] == '"') {
				int keyEnd = i + 1;
				while (keyEnd < end && data[keyEnd] != '"') {
					keyEnd++;
				}
				long number = keyNumber(data, i + 1, keyEnd);
				int digit = keyEnd + 2;
				int value = 0;
				while (digit < end && data[digit] >= '0' && data[digit] <= '9') {
					value = value * 10 + (data[digit++] - '0');
				}
				IdeaRecord record = number >= 0 ? byKey(number) : null;
				if (record == null) {
					error("a score under a key no card brought");
				}
				else {
					record.lastScore.setRelease(index, value);
				}
				i = digit < end && data[digit] == ',' ? digit + 1 : digit;
			}
			return i;
		}
	}

	static final byte[] TYPE_MARK = "{\"t\":\"".getBytes(StandardCharsets.US_ASCII);
	static final byte[] SCORES_TYPE = "scores\",\"s\":{".getBytes(StandardCharsets.US_ASCII);
	static final byte[] IDEA_TYPE = "idea\",\"id\":\"".getBytes(StandardCharsets.US_ASCII);
	static final byte[] SCORE_TYPE = "score\",\"id\":\"".getBytes(StandardCharsets.US_ASCII);
	static final byte[] KEY_MARK = "\",\"k\":\"".getBytes(StandardCharsets.US_ASCII);

	/** The number after the next "score": (cards and score updates both have one, after their id), or -1. */
	static int scoreAfter(byte[] data, int length, int from) {
		int score = indexOf(data, length, SCORE_MARK, from);
		if (score < 0) {
			return -1;
		}
		int digit = score + SCORE_MARK.length;
		int value = 0;
		while (digit < length && data[digit] >= '0' && data[digit] <= '9') {
			value = value * 10 + (data[digit++] - '0');
		}
		return value;
	}

	static boolean startsWith(byte[] data, int at, int length, byte[] prefix) {
		if (at + prefix.length > length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (data[at + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	static boolean startsWith(byte[] line, int n, String prefix) {
		if (n < prefix.length()) {
			return false;
		}
		for (int i = 0; i < prefix.length(); i++) {
			if (line[i] != prefix.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	static int indexOf(byte[] data, int length, byte[] mark, int from) {
		outer: for (int i = from; i <= length - mark.length; i++) {
			if (data[i] != mark[0]) {
				continue;
			}
			for (int j = 1; j < mark.length; j++) {
				if (data[i + j] != mark[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	// ---------------------------------------------------------------- posting

	static Semaphore inFlight;

	static final Pattern IDEA_IN_ANSWER = Pattern.compile("\"idea\":\"(" + UUID_PATTERN.pattern() + ")\"");
	static final Pattern MESSAGE_IN_ANSWER = Pattern.compile("\"message\":\"([^\"]*)\"");

	static void postIdea(Poster poster, long n) {
		String wall = wallIds.get((int) (Math.abs(n) % wallIds.size()));
		String text = "Lastidee " + n + ": " + WORDS[(int) Math.floorMod(n, (long) WORDS.length)] + " " + WORDS[(int) Math.floorMod(n / 7, (long) WORDS.length)]
				+ " für alle, die mitmachen";
		boolean counted = measuring;
		long sent = System.nanoTime();
		try {
			HttpResponse<String> response = poster.browser.post("/live/" + code + "/ideas",
					Map.of("_csrf", poster.browser.csrf, "wall", wall, "text", text), true);
			long answered = System.nanoTime();
			Matcher idea = IDEA_IN_ANSWER.matcher(response.body());
			if (response.statusCode() == 200 && response.body().contains("\"ok\":true") && idea.find()) {
				IdeaRecord record = ideas.computeIfAbsent(idea.group(1), k -> new IdeaRecord());
				record.sent = sent;
				record.answered = answered;
				record.measured = counted;
				record.text = text;
				posted.add(idea.group(1));
				if (counted) {
					ideasDone.increment();
					ideaRoundTrips.add(answered - sent);
				}
			}
			else {
				error("idea HTTP " + response.statusCode() + " " + answerMessage(response.body()));
			}
		}
		catch (IOException e) {
			error("idea " + e.getClass().getSimpleName() + " " + e.getMessage());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	static void postDot(List<Poster> all, long n) {
		if (dotPattern.equals("popular")) {
			popularDot(all);
			return;
		}
		List<String> ideasSoFar = posted;
		int count = ideasSoFar.size();
		if (count == 0) {
			error("dot not sent: no idea posted yet");
			return;
		}
		ThreadLocalRandom random = ThreadLocalRandom.current();
		// a recent idea (the newest 200) and a participant who may still put a dot on it
		String idea = ideasSoFar.get(count - 1 - random.nextInt(Math.min(count, 200)));
		Poster poster = null;
		for (int tries = 0; tries < 50 && poster == null; tries++) {
			Poster candidate = all.get(random.nextInt(all.size()));
			synchronized (candidate) {
				int on = candidate.dotsOn.getOrDefault(idea, 0);
				if (candidate.dotsUsed.get() < dotBudget && on < maxDotsPerIdea) {
					candidate.dotsUsed.incrementAndGet();
					candidate.dotsOn.put(idea, on + 1);
					poster = candidate;
				}
			}
		}
		if (poster == null) {
			error("dot not sent: no participant with dots left for the idea");
			return;
		}
		boolean counted = measuring;
		long sent = System.nanoTime();
		try {
			HttpResponse<String> response = poster.browser.post("/live/" + code + "/ideas/" + idea + "/dot",
					Map.of("_csrf", poster.browser.csrf), true);
			if (response.statusCode() == 200 && response.body().contains("\"ok\":true")) {
				if (counted) {
					dotsDone.increment();
					dotRoundTrips.add(System.nanoTime() - sent);
				}
			}
			else {
				error("dot HTTP " + response.statusCode() + " " + answerMessage(response.body()));
			}
		}
		catch (IOException e) {
			error("dot " + e.getClass().getSimpleName() + " " + e.getMessage());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Per idea, the dots the answers said were put minus those taken back (--dot-pattern popular). */
	static final Map<String, AtomicInteger> answeredDots = new ConcurrentHashMap<>();
	static final List<Long> undotRoundTrips = new CopyOnWriteArrayList<>();
	static final LongAdder undotsDone = new LongAdder();
	static final Map<String, LongAdder> dotRefusals = new ConcurrentHashMap<>();

	/** One of the --hot first ideas, Zipf-weighted (the first is the most popular). */
	static String hotIdea(List<String> ideasSoFar, ThreadLocalRandom random) {
		int n = Math.min(hot, ideasSoFar.size());
		double total = 0;
		for (int k = 1; k <= n; k++) {
			total += 1.0 / k;
		}
		double pick = random.nextDouble() * total;
		for (int k = 1; k <= n; k++) {
			pick -= 1.0 / k;
			if (pick <= 0) {
				return ideasSoFar.get(k - 1);
			}
		}
		return ideasSoFar.get(n - 1);
	}

	/**
	 * A dot action on a popular idea by a participant with no other action waiting: takes back one of their
	 * dots there (share --take-back, or when they cannot put one), else puts one.
	 */
	static void popularDot(List<Poster> all) {
		List<String> ideasSoFar = posted;
		if (ideasSoFar.isEmpty()) {
			error("dot not sent: no idea posted yet");
			return;
		}
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String idea = hotIdea(ideasSoFar, random);
		Poster poster = null;
		boolean put = true;
		for (int tries = 0; tries < 50 && poster == null; tries++) {
			Poster candidate = all.get(random.nextInt(all.size()));
			if (!candidate.busy.compareAndSet(false, true)) {
				continue;
			}
			int on = candidate.dotsOn.getOrDefault(idea, 0);
			boolean canPut = candidate.dotsUsed.get() < dotBudget && on < maxDotsPerIdea;
			if (on > 0 && (!canPut || random.nextDouble() < takeBack)) {
				put = false;
				poster = candidate;
			}
			else if (canPut) {
				poster = candidate;
			}
			else {
				candidate.busy.set(false);
			}
		}
		if (poster == null) {
			error("dot not sent: no free participant who may put or take back a dot on the idea");
			return;
		}
		boolean counted = measuring;
		long sent = System.nanoTime();
		try {
			HttpResponse<String> response = poster.browser.post("/live/" + code + "/ideas/" + idea + (put ? "/dot" : "/undot"),
					Map.of("_csrf", poster.browser.csrf), true);
			long answered = System.nanoTime();
			if (response.statusCode() == 200 && response.body().contains("\"ok\":true")) {
				poster.dotsUsed.addAndGet(put ? 1 : -1);
				poster.dotsOn.merge(idea, put ? 1 : -1, Integer::sum);
				answeredDots.computeIfAbsent(idea, k -> new AtomicInteger()).addAndGet(put ? 1 : -1);
				if (counted) {
					dotsDone.increment();
					if (put) {
						dotRoundTrips.add(answered - sent);
					}
					else {
						undotsDone.increment();
						undotRoundTrips.add(answered - sent);
					}
				}
			}
			else {
				dotRefusals.computeIfAbsent((put ? "put " : "take back ") + response.statusCode() + " " + answerMessage(response.body()),
						k -> new LongAdder()).increment();
				error((put ? "dot" : "undot") + " HTTP " + response.statusCode() + " " + answerMessage(response.body()));
			}
		}
		catch (IOException e) {
			error((put ? "dot " : "undot ") + e.getClass().getSimpleName() + " " + e.getMessage());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		finally {
			poster.busy.set(false);
		}
	}

	/** The popular dots' figures: puts and take-backs, refusals, and every idea's count against the answers. */
	static String popularDots(Map<String, Integer> finalScores) {
		if (!dotPattern.equals("popular")) {
			return "";
		}
		long[] puts = dotRoundTrips.stream().mapToLong(Long::longValue).sorted().toArray();
		long[] takes = undotRoundTrips.stream().mapToLong(Long::longValue).sorted().toArray();
		String exact;
		if (finalScores == null) {
			exact = "not checked (no results.csv)";
		}
		else {
			long wrong = 0;
			for (var entry : answeredDots.entrySet()) {
				IdeaRecord record = ideas.get(entry.getKey());
				Integer fin = record == null || record.text == null ? null : finalScores.get(record.text);
				if (fin == null || fin != entry.getValue().get()) {
					wrong++;
				}
			}
			exact = wrong + " of " + answeredDots.size() + " hot ideas differ";
		}
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
				"%nPopular dots (%d hot ideas, take-back share %.2f): puts %d, p50 %s, p95 %s, p99 %s, max %s; take-backs %d, p50 %s, p95 %s, p99 %s, max %s;"
						+ " final counts (results.csv) against the answers: %s%n",
				hot, takeBack, puts.length, ms(puts, 0.5), ms(puts, 0.95), ms(puts, 0.99), ms(puts, 1.0), takes.length, ms(takes, 0.5),
				ms(takes, 0.95), ms(takes, 0.99), ms(takes, 1.0), exact));
		new TreeMap<>(dotRefusals).forEach((k, v) -> out.append("  refused: ").append(v.sum()).append(" x ").append(k).append('\n'));
		boolean fast = puts.length > 0 && percentile(puts, 0.99) < 100_000_000L && (takes.length == 0 || percentile(takes, 0.99) < 100_000_000L);
		out.append("Target: dots answered p99 under 100 ms (puts and take-backs): ").append(fast ? "met" : "MISSED").append('\n');
		return out.toString();
	}

	static String answerMessage(String body) {
		if (body.startsWith("{\"timestamp\"")) {
			Matcher error = Pattern.compile("\"error\":\"([^\"]*)\"").matcher(body);
			return error.find() ? error.group(1) : "";
		}
		Matcher m = MESSAGE_IN_ANSWER.matcher(body);
		return m.find() ? m.group(1) : body.length() > 80 ? body.substring(0, 80) : body;
	}

	/** Sends {@code action(n)} at a fixed rate until {@code end}, each on its own virtual thread. */
	static Thread schedule(String name, double rate, long end, LongAdder sentCounter, java.util.function.LongConsumer action) {
		return Thread.ofPlatform().name(name).start(() -> {
			long begin = System.nanoTime();
			long interval = (long) (1e9 / rate);
			for (long n = 0;; n++) {
				long due = begin + n * interval;
				if (due >= end || stopping) {
					return;
				}
				long wait = due - System.nanoTime();
				if (wait > 0) {
					LockSupportPark.parkNanos(wait);
				}
				if (!inFlight.tryAcquire()) {
					error(name + " not sent: " + maxInFlight + " requests in flight");
					continue;
				}
				long number = n;
				if (measuring) {
					sentCounter.increment();
				}
				Thread.ofVirtual().start(() -> {
					try {
						action.accept(number);
					}
					finally {
						inFlight.release();
					}
				});
			}
		});
	}

	static final class LockSupportPark {
		static void parkNanos(long nanos) {
			java.util.concurrent.locks.LockSupport.parkNanos(nanos);
		}
	}

	static final String[] WORDS = { "Kinderbetreuung", "Sprachkurs", "Mentoring", "Praktikum", "Busverbindung",
			"Teilzeit", "Beratung", "Weiterbildung", "Bewerbungstraining", "Quartierstreff", "Jobmesse", "Nachbarschaft" };

	// ---------------------------------------------------------------- server metrics

	record Sample(long at, double heap, double cpu, double systemCpu, double threads, double gcPauseSum,
			double gcPauseCount, double hikariActive, double hikariPending) {
	}

	static final List<Sample> samples = new CopyOnWriteArrayList<>();
	/** The newest metrics text, and the one when measuring began and ended (for the server's histograms). */
	static volatile String latestMetrics;
	static String metricsAtBegin, metricsAtEnd;

	/** Asks the server for its metrics ({@code --metrics}). */
	static HttpResponse<String> fetchMetrics() throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(metricsUrl)).timeout(Duration.ofSeconds(5)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** The server's metrics now, or the newest sample's (at most a second or so old) if asking fails. */
	static String scrape() {
		try {
			HttpResponse<String> response = fetchMetrics();
			if (response.statusCode() == 200) {
				return response.body();
			}
		}
		catch (IOException e) {
			// the sampler's newest then
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return latestMetrics;
	}

	/**
	 * The server's own timing while measured, from the differences of its histograms' buckets: the participants'
	 * writes from the request's start to its answer ({@code werkstatt_live_write}), and the publication lag from a
	 * change's commit to its last write on the node. Tells the server's part of a latency from the machine's and
	 * the generator's. Bucket bounds, so each figure is an upper bound.
	 */
	static String serverTiming() {
		if (metricsAtBegin == null || metricsAtEnd == null) {
			return "\nServer's own timing: not measured (no metrics when measuring began or ended)\n";
		}
		Map<String, TreeMap<Double, Double>> begin = buckets(metricsAtBegin), end = buckets(metricsAtEnd);
		StringBuilder out = new StringBuilder("\nServer's own timing while measured (upper bounds of its histogram buckets):");
		String[][] series = { { "werkstatt_live_write_seconds_bucket", "action=\"dot\"", "dots put" },
				{ "werkstatt_live_write_seconds_bucket", "action=\"undot\"", "take-backs" },
				{ "werkstatt_live_write_seconds_bucket", "action=\"post\"", "ideas posted" },
				{ "werkstatt_live_publication_lag_seconds_bucket", "", "publication lag (commit to last write)" } };
		for (String[] one : series) {
			TreeMap<Double, Double> counts = new TreeMap<>();
			end.forEach((key, buckets) -> {
				if (key.startsWith(one[0] + "{") && key.contains(one[1]) && (one[1].isEmpty() || key.contains("status=\"ok\""))) {
					TreeMap<Double, Double> before = begin.getOrDefault(key, new TreeMap<>());
					buckets.forEach((le, n) -> counts.merge(le, n - before.getOrDefault(le, 0.0), Double::sum));
				}
			});
			double total = counts.isEmpty() ? 0 : counts.lastEntry().getValue();
			if (total < 1) {
				continue;
			}
			out.append(String.format(Locale.ROOT, " %s %.0f, p50 %s, p99 %s;", one[2], total, bound(counts, total * 0.5),
					bound(counts, total * 0.99)));
		}
		return out.append('\n').toString();
	}

	private static String bound(TreeMap<Double, Double> cumulative, double rank) {
		for (var bucket : cumulative.entrySet()) {
			if (bucket.getValue() >= rank) {
				return bucket.getKey().isInfinite() ? "beyond the last bucket" : String.format(Locale.ROOT, "≤ %.0f ms", bucket.getKey() * 1000);
			}
		}
		return "?";
	}

	/** The cumulative buckets of every histogram series in a metrics text: series (labels without le) to le to count. */
	static Map<String, TreeMap<Double, Double>> buckets(String text) {
		Map<String, TreeMap<Double, Double>> all = new HashMap<>();
		for (String line : text.split("\n")) {
			int le = Math.max(line.lastIndexOf(",le=\""), line.lastIndexOf("{le=\""));
			if (line.startsWith("#") || !line.contains("_bucket{") || le < 0) {
				continue;
			}
			le++; // at "le="
			int leEnd = line.indexOf('"', le + 4);
			int space = line.lastIndexOf(' ');
			try {
				String bound = line.substring(le + 4, leEnd);
				double upper = bound.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound);
				String series = line.substring(0, le) + line.substring(leEnd + 1, space);
				all.computeIfAbsent(series, k -> new TreeMap<>()).put(upper, Double.parseDouble(line.substring(space + 1)));
			}
			catch (RuntimeException e) {
				// not a bucket line after all
			}
		}
		return all;
	}
	static volatile double serverLimit = Double.NaN;
	static volatile double cpuCount = Double.NaN;

	static Thread sampler() {
		return Thread.ofPlatform().name("metrics").daemon().start(() -> {
			while (!stopping) {
				long t = System.nanoTime();
				try {
					HttpResponse<String> response = fetchMetrics();
					if (response.statusCode() == 200) {
						latestMetrics = response.body();
						samples.add(sample(t, response.body()));
					}
					else {
						error("metrics HTTP " + response.statusCode());
					}
				}
				catch (IOException e) {
					error("metrics " + e.getClass().getSimpleName());
				}
				catch (InterruptedException e) {
					return;
				}
				long left = 1_000_000_000L - (System.nanoTime() - t);
				if (left > 0) {
					LockSupportPark.parkNanos(left);
				}
			}
		});
	}

	static Sample sample(long t, String text) {
		double heap = 0, cpu = Double.NaN, systemCpu = Double.NaN, threads = Double.NaN, pauseSum = 0, pauseCount = 0,
				active = Double.NaN, pending = Double.NaN;
		for (String line : text.split("\n")) {
			if (line.startsWith("#")) {
				continue;
			}
			int space = line.lastIndexOf(' ');
			if (space < 0) {
				continue;
			}
			String name = line.substring(0, space);
			double value;
			try {
				value = Double.parseDouble(line.substring(space + 1));
			}
			catch (NumberFormatException e) {
				continue;
			}
			if (name.equals("werkstatt_live_streams_open")) {
				serverStreams.add(new double[] { t, value });
			}
			else if (name.equals("werkstatt_live_streams_limit")) {
				serverLimit = value;
			}
			else if (name.startsWith("jvm_memory_used_bytes{") && name.contains("area=\"heap\"")) {
				heap += value;
			}
			else if (name.equals("process_cpu_usage")) {
				cpu = value;
			}
			else if (name.equals("system_cpu_usage")) {
				systemCpu = value;
			}
			else if (name.equals("system_cpu_count")) {
				cpuCount = value;
			}
			else if (name.equals("jvm_threads_live_threads")) {
				threads = value;
			}
			else if (name.startsWith("jvm_gc_pause_seconds_sum")) {
				pauseSum += value;
			}
			else if (name.startsWith("jvm_gc_pause_seconds_count")) {
				pauseCount += value;
			}
			else if (name.startsWith("hikaricp_connections_active{")) {
				active = value;
			}
			else if (name.startsWith("hikaricp_connections_pending{")) {
				pending = value;
			}
		}
		return new Sample(t, heap, cpu, systemCpu, threads, pauseSum, pauseCount, active, pending);
	}

	// ---------------------------------------------------------------- the run

	static final long T0 = System.nanoTime();

	static void log(String format, Object... args) {
		System.err.printf(Locale.ROOT, "[%6.1f s] " + format + "%n",
				concat(new Object[] { (System.nanoTime() - T0) / 1e9 }, args));
	}

	static Object[] concat(Object[] a, Object[] b) {
		Object[] all = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	public static void main(String[] args) throws Exception {
		parse(args);
		inFlight = new Semaphore(maxInFlight);
		log("base %s, %d streams, %d posting participants, %.0f ideas/s, %.0f dots/s, warm-up %d s, %d s measured, grace %d s",
				base, clients, posters, ideasPerSecond, dotsPerSecond, warmup, duration, grace);
		if (code == null) {
			setUpEvent();
		}
		List<Poster> all = joinAll();
		if (overload > 0) {
			sample(System.nanoTime(), fetchMetrics().body());
			if (Double.isNaN(serverLimit)) {
				throw new IllegalStateException("werkstatt_live_streams_limit is not in " + metricsUrl);
			}
			clients = (int) Math.ceil(serverLimit * (1 + overload));
			log("server limit %.0f streams: opening %d", serverLimit, clients);
		}
		vanishCount = (int) Math.round(vanish * clients);

		// the streams
		long connectBegin = System.nanoTime();
		CountDownLatch connected = new CountDownLatch(clients);
		Semaphore connecting = new Semaphore(connectConcurrency);
		for (int r = 0; r < 2; r++) {
			Reader reader = new Reader();
			readers.add(reader);
			Thread.ofPlatform().name("stream-reader-" + r).daemon().start(reader);
		}
		for (int i = 0; i < clients; i++) {
			connecting.acquire(); // with --overload, refused streams count as connected here
			AtomicInteger once = new AtomicInteger();
			Runnable first = () -> {
				if (once.getAndIncrement() == 0) {
					connecting.release();
					connected.countDown();
				}
			};
			Stream stream = new Stream(i, first);
			followers.add(stream);
			readerOf(i).open(stream);
		}
		if (!connected.await(120, TimeUnit.SECONDS)) {
			error("streams not connected after 120 s: " + connected.getCount());
		}
		double connectSeconds = (System.nanoTime() - connectBegin) / 1e9;
		log("%d streams open in %.1f s", clients, connectSeconds);
		Thread metrics = sampler();
		sleep(2000);

		// a few ideas to put the first dots on (not measured)
		for (int i = 0; i < Math.min(all.size(), 2 * wallIds.size()); i++) {
			postIdea(all.get(all.size() - 1 - i), -1 - i);
		}
		double loadBefore = loadAverage();

		// the load
		long begin = System.nanoTime();
		long warmEnd = begin + warmup * 1_000_000_000L;
		long end = warmEnd + duration * 1_000_000_000L;
		measuring = warmup == 0;
		Thread ideasThread = schedule("ideas", ideasPerSecond, end, ideasSent,
				n -> postIdea(all.get((int) (n % all.size())), n));
		Thread dotsThread = schedule("dots", dotsPerSecond, end, dotsSent, n -> postDot(all, n));
		if (warmup > 0) {
			LockSupportPark.parkNanos(warmEnd - System.nanoTime());
			measuring = true;
			log("warm-up over, measuring");
		}
		long measureBegin = System.nanoTime();
		metricsAtBegin = scrape();
		long ownCpuBegin = ownCpuNanos();
		messagesBegin = messages.sum();
		bytesBegin = bytesIn.sum();
		if (vanishCount > 0) {
			vanishedAt = System.nanoTime();
			for (int i = 0; i < vanishCount; i++) {
				followers.get(i).vanished = true;
				followers.get(i).readerWakeup();
			}
			log("%d streams stopped reading", vanishCount);
		}
		boolean waved = secondWave == 0;
		boolean stormed = storm == 0;
		long nextLog = System.nanoTime() + 5_000_000_000L;
		while (System.nanoTime() < end) {
			sleep(250);
			if (!waved && System.nanoTime() - measureBegin >= waveDelay * 1_000_000_000L) {
				waved = true;
				waveStartedAt = System.nanoTime();
				for (int j = 0; j < secondWave; j++) {
					Stream stream = new Stream(clients + j, () -> {
					});
					followers.add(stream);
					readerOf(clients + j).open(stream);
				}
				log("second wave: %d streams connecting", secondWave);
			}
			if (!stormed && System.nanoTime() - measureBegin >= stormAt * 1_000_000_000L) {
				stormed = true;
				stormTarget = followers.stream().filter(f -> f.admitted && !f.vanished).mapToLong(f -> f.lastId).max().orElse(0);
				stormStarted = System.nanoTime();
				int n = 0;
				for (Stream stream : followers) {
					if (n < storm && stream.admitted && !stream.vanished) {
						readerOf(stream.index).storm(stream);
						n++;
					}
				}
				log("storm: %d streams reconnecting at once (newest change seen: %d)", n, stormTarget);
			}
			if (System.nanoTime() < nextLog) {
				continue;
			}
			nextLog += 5_000_000_000L;
			Sample last = samples.isEmpty() ? null : samples.getLast();
			log("ideas %d, dots %d, messages %d, %.1f MB in, errors %d, server heap %s, cpu %s", ideasDone.sum(),
					dotsDone.sum(), messages.sum(), bytesIn.sum() / 1e6, errors.values().stream().mapToLong(LongAdder::sum).sum(),
					last == null ? "?" : String.format(Locale.ROOT, "%.0f MB", last.heap() / 1e6),
					last == null ? "?" : String.format(Locale.ROOT, "%.0f %%", last.cpu() * 100));
		}
		ideasThread.join();
		dotsThread.join();
		long measureEnd = System.nanoTime();
		metricsAtEnd = scrape();
		messagesMeasured = messages.sum() - messagesBegin;
		bytesMeasured = bytesIn.sum() - bytesBegin;
		ownCpuWindow = (ownCpuNanos() - ownCpuBegin) / ((measureEnd - measureBegin) * (double) Runtime.getRuntime().availableProcessors());
		loadAverages = String.format(Locale.ROOT, "%.2f before, %.2f at the end", loadBefore, loadAverage());
		// requests still in flight finish, then the streams get the grace period to deliver
		for (int i = 0; i < 600 && inFlight.availablePermits() < maxInFlight; i++) {
			sleep(100);
		}
		if (inFlight.availablePermits() < maxInFlight) {
			error("requests unanswered at the end: " + (maxInFlight - inFlight.availablePermits()));
		}
		long graceEnd = System.nanoTime() + grace * 1_000_000_000L;
		while (System.nanoTime() < graceEnd && !allArrived()) {
			sleep(200);
		}
		// and until every stream was told the same last change and nothing came for 1.5 s: dot counts
		// are compared only once the last updates had their chance to arrive
		long quietSince = System.nanoTime();
		long seen = messages.sum();
		while (System.nanoTime() < graceEnd) {
			sleep(100);
			if (messages.sum() != seen) {
				seen = messages.sum();
				quietSince = System.nanoTime();
			}
			long min = followers.stream().filter(stream -> counts(stream.index)).mapToLong(stream -> stream.lastId).min().orElse(0);
			long max = followers.stream().filter(stream -> counts(stream.index)).mapToLong(stream -> stream.lastId).max().orElse(0);
			// quiet for longer than the phones' score interval: phones get scores at most once a second, every
			// 5 s at 10,000 phones (Feed.phoneScoreInterval), so the last counts may follow the last card by that much
			if (min == max && System.nanoTime() - quietSince > phoneScoreNanos() + 500_000_000L) {
				break;
			}
		}
		double settled = (System.nanoTime() - measureEnd) / 1e9;
		stopping = true;
		metrics.interrupt();
		report(measureBegin, measureEnd, connectSeconds, settled);
		System.out.flush();
		System.exit(0);
	}

	static double ownCpuWindow = Double.NaN;
	static String loadAverages = "?";

	static long ownCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/** The machine's 1-minute load average (Linux), to show what else ran. */
	static double loadAverage() {
		try {
			return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
		}
		catch (IOException | RuntimeException e) {
			return Double.NaN;
		}
	}

	static boolean allArrived() {
		for (IdeaRecord record : ideas.values()) {
			if (record.measured && record.answered != 0) {
				for (int i = 0; i < clients + secondWave; i++) {
					if (counts(i) && record.arrival.get(i) == 0) {
						return false;
					}
				}
			}
		}
		return true;
	}

	// ---------------------------------------------------------------- the report

	/** How far apart the server sends scores to phones in a room of --clients phones (Feed.phoneScoreInterval). */
	static long phoneScoreNanos() {
		return (long) (Math.min(5.0, Math.max(1.0, clients / 2000.0)) * 1e9);
	}

	/**
	 * The server's final dot count of every idea, by its text, from the organiser's CSV export (columns: wall,
	 * rank, idea, dots, ...); {@code null} when this run did not set the event up or the export failed.
	 */
	static Map<String, Integer> finalScores() {
		if (moderatorBrowser == null) {
			return null;
		}
		try {
			HttpResponse<String> csv = moderatorBrowser.get("/events/" + eventId + "/results.csv");
			if (csv.statusCode() != 200) {
				error("results.csv HTTP " + csv.statusCode());
				return null;
			}
			Map<String, Integer> scores = new HashMap<>();
			for (String line : csv.body().split("\r\n")) {
				List<String> cells = new ArrayList<>();
				Matcher cell = CSV_CELL.matcher(line);
				while (cell.find()) {
					cells.add(cell.group(1).replace("\"\"", "\""));
				}
				if (cells.size() >= 4 && cells.get(3).matches("\\d+")) {
					scores.put(cells.get(2), Integer.parseInt(cells.get(3)));
				}
			}
			return scores;
		}
		catch (IOException | InterruptedException e) {
			error("results.csv " + e.getClass().getSimpleName());
			return null;
		}
	}

	static final Pattern CSV_CELL = Pattern.compile("\"((?:[^\"]|\"\")*)\"");

	static void report(long measureBegin, long measureEnd, double connectSeconds, double settled) throws IOException {
		double seconds = (measureEnd - measureBegin) / 1e9;
		long[] latencies = new long[1024];
		int count = 0;
		long[] fromSent = new long[1024];
		int sentCount = 0;
		long lost = 0, early = 0, measuredIdeas = 0, unknown = 0;
		for (IdeaRecord record : ideas.values()) {
			if (record.answered == 0) {
				if (!record.measured) {
					unknown++; // announced on a stream, but its post never answered (or came before measuring)
				}
				continue;
			}
			if (!record.measured) {
				continue;
			}
			measuredIdeas++;
			for (int i = 0; i < clients + secondWave; i++) {
				if (!counts(i)) {
					continue;
				}
				long at = record.arrival.get(i);
				if (at == 0) {
					lost++;
				}
				else if (i >= clients) {
					// the second wave: on time is not the question, getting it is (its latency is not mixed in)
				}
				else {
					if (at < record.answered) {
						early++;
					}
					if (count == latencies.length) {
						latencies = Arrays.copyOf(latencies, count * 2);
					}
					latencies[count++] = at - record.answered;
					if (sentCount == fromSent.length) {
						fromSent = Arrays.copyOf(fromSent, sentCount * 2);
					}
					fromSent[sentCount++] = at - record.sent;
				}
			}
		}
		long stale = 0;
		long checked = 0;
		Map<String, Integer> finalScores = finalScores();
		if (finalScores != null) {
			for (IdeaRecord record : ideas.values()) {
				Integer expected = record.text == null ? null : finalScores.get(record.text);
				if (expected == null) {
					continue;
				}
				for (int i = 0; i < clients + secondWave; i++) {
					if (!counts(i)) {
						continue;
					}
					checked++;
					if (record.lastScore.get(i) != expected) {
						stale++;
					}
				}
			}
		}
		long[] sorted = Arrays.copyOf(latencies, count);
		Arrays.sort(sorted);
		long[] sortedFromSent = Arrays.copyOf(fromSent, sentCount);
		Arrays.sort(sortedFromSent);
		long[] ideaRtt = ideaRoundTrips.stream().mapToLong(Long::longValue).sorted().toArray();
		long[] dotRtt = dotRoundTrips.stream().mapToLong(Long::longValue).sorted().toArray();
		List<Sample> window = samples.stream().filter(s -> s.at() >= measureBegin && s.at() <= measureEnd).toList();
		double maxHeap = samples.stream().mapToDouble(Sample::heap).max().orElse(Double.NaN);
		double meanCpu = window.stream().mapToDouble(Sample::cpu).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN);
		double maxCpu = window.stream().mapToDouble(Sample::cpu).filter(d -> !Double.isNaN(d)).max().orElse(Double.NaN);
		double meanSystem = window.stream().mapToDouble(Sample::systemCpu).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN);
		double maxThreads = samples.stream().mapToDouble(Sample::threads).max().orElse(Double.NaN);
		double maxPending = window.stream().mapToDouble(Sample::hikariPending).filter(d -> !Double.isNaN(d)).max().orElse(Double.NaN);
		double meanActive = window.stream().mapToDouble(Sample::hikariActive).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN);
		double gcPause = window.isEmpty() ? Double.NaN : window.getLast().gcPauseSum() - window.getFirst().gcPauseSum();
		double gcCount = window.isEmpty() ? Double.NaN : window.getLast().gcPauseCount() - window.getFirst().gcPauseCount();
		long errorCount = errors.values().stream().mapToLong(LongAdder::sum).sum();
		double ownCpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;

		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, """
				| measure | result |
				|---|---|
				| streams (participant connections) | %d, all open after %.1f s |
				| posting participants | %d |
				| measured for | %.1f s (after %d s warm-up) |
				| ideas posted | %d (%.1f/s; %d sent) |
				| dots put | %d (%.1f/s; %d sent) |
				| idea-to-screen from the post's response (the issue's definition), %d deliveries (ideas x streams); negative: on screen before the poster got the answer | p50 %s, p95 %s, p99 %s, max %s |
				| idea-to-screen counted from sending the post (what the room sees; the target is judged on this) | p50 %s, p95 %s, p99 %s, max %s |
				| deliveries that came before the post's response | %d |
				| post round trip (idea) | p50 %s, p99 %s |
				| post round trip (dot) | p50 %s, p99 %s |
				| lost (idea never seen by a stream, %.1f s after the end) | %d |
				| message ids not increasing on a stream (repeated or older) | %d |
				| dot counts a stream got wrong: last score it was told ≠ final count in results.csv (ideas x streams checked) | %s |
				| resets / reconnects | %d / %d |
				| errors (of them before measuring, in the warm-up or set-up) | %d (%d) |
				| SSE messages received while measured | %d (%.0f/s, %.1f MB) |
				| server heap used, max of 1 s samples | %.0f MB |
				| server process CPU, mean / max of 1 s samples (share of all %s cores) | %.0f %% / %.0f %% |
				| machine CPU (all processes), mean | %.0f %% |
				| server live threads, max | %.0f |
				| server GC pauses while measured | %.0f, %.2f s in total |
				| database pool: mean active / max waiting | %.1f / %.0f |
				| load generator CPU, while measured (share of all cores) / whole run | %.0f %% / %.0f s |
				| machine load average (1 min) | %s |
				""", clients, connectSeconds, posters, seconds, warmup, ideasDone.sum(), ideasDone.sum() / seconds,
				ideasSent.sum(), dotsDone.sum(), dotsDone.sum() / seconds, dotsSent.sum(), sorted.length,
				ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0), ms(sortedFromSent, 0.50),
				ms(sortedFromSent, 0.95), ms(sortedFromSent, 0.99), ms(sortedFromSent, 1.0), early, ms(ideaRtt, 0.5), ms(ideaRtt, 0.99),
				ms(dotRtt, 0.5), ms(dotRtt, 0.99), settled, lost, duplicates.sum(),
				finalScores == null ? "not checked (event not set up by this run)" : stale + " of " + checked, resets.sum(), reconnects.sum(), errorCount,
				errorsBeforeMeasuring.sum(), messagesMeasured, messagesMeasured / seconds, bytesMeasured / 1e6, maxHeap / 1e6,
				Double.isNaN(cpuCount) ? "?" : String.valueOf((int) cpuCount), meanCpu * 100, maxCpu * 100, meanSystem * 100,
				maxThreads, gcCount, gcPause, meanActive, maxPending, ownCpuWindow * 100, ownCpu, loadAverages));
		out.append(scenarios());
		out.append(popularDots(finalScores));
		out.append(serverTiming());
		if (!errors.isEmpty()) {
			out.append("\nErrors:\n");
			new TreeMap<>(errors).forEach((k, v) -> out.append("  ").append(v.sum()).append(" x ").append(k).append('\n'));
		}
		if (unknown > 0) {
			out.append("\nIdeas seen on streams whose post did not answer: ").append(unknown).append('\n');
		}
		// no delivery measured (every stream of the first wave vanished; the second wave's latency is not counted): no verdict
		String p99 = sortedFromSent.length == 0 ? "not measured"
				: percentile(sortedFromSent, 0.99) < targetP99 * 1_000_000L ? "met" : "MISSED";
		out.append(String.format(Locale.ROOT, """

				Targets: idea-to-screen p99 under %d ms (from sending): %s; no error: %s; nothing lost, out of order or miscounted: %s; heap under 512 MB: %s;
				rates reached (ideas %.0f/s, dots %.0f/s, within 5 %%): %s
				""", targetP99, p99, errorCount == 0 ? "met" : "MISSED",
				lost == 0 && duplicates.sum() == 0 && finalScores != null && stale == 0 ? "met" : "MISSED", maxHeap < 512e6 ? "met" : "MISSED", ideasPerSecond,
				dotsPerSecond,
				ideasDone.sum() / seconds >= ideasPerSecond * 0.95 && dotsDone.sum() / seconds >= dotsPerSecond * 0.95 ? "met"
						: "MISSED"));
		System.out.print(out);
		if (resultFile != null) {
			Files.writeString(Path.of(resultFile), out);
			StringBuilder csv = new StringBuilder("seconds,heap_mb,process_cpu,system_cpu,threads,hikari_active,hikari_pending\n");
			for (Sample s : samples) {
				csv.append(String.format(Locale.ROOT, "%.1f,%.1f,%.3f,%.3f,%.0f,%.0f,%.0f%n", (s.at() - measureBegin) / 1e9,
						s.heap() / 1e6, s.cpu(), s.systemCpu(), s.threads(), s.hikariActive(), s.hikariPending()));
			}
			Files.writeString(Path.of(resultFile + ".samples.csv"), csv);
		}
	}

	/** The scenarios' figures (empty without scenario options). */
	static String scenarios() {
		StringBuilder out = new StringBuilder();
		long admitted = followers.stream().filter(f -> f.admitted).count();
		if (overload > 0 || refusedStreams.sum() > 0) {
			out.append(String.format(Locale.ROOT,
					"%nOverload: server limit %.0f, streams tried %d, admitted at the end %d, refused answers (503) %d, Retry-After outside 5-30 s %d%n",
					serverLimit, followers.size(), admitted, refusedStreams.sum(), retryAfterOutOfRange.sum()));
		}
		if (vanishCount > 0) {
			double before = serverStreams.stream().filter(s -> s[0] < vanishedAt).mapToDouble(s -> s[1]).reduce((a, b) -> b).orElse(Double.NaN);
			String dropped = null;
			// a second wave that connects meanwhile holds streams of its own: those are not the vanished ones. Before
			// it started none of them count, once all were admitted all of them (they keep reading; a reconnect would
			// show in the reconnects); a sample in between says nothing. A drop first seen at the first sample after the
			// wave was all in may have come earlier: only a bound
			long started = waveStartedAt;
			long allIn = waveAdmittedAt;
			boolean skipped = false;
			for (double[] s : serverStreams) {
				long wave;
				if (secondWave == 0 || started == 0 || s[0] < started) {
					wave = 0;
				}
				else if (allIn != 0 && s[0] >= allIn) {
					wave = secondWave;
				}
				else {
					skipped = s[0] >= vanishedAt;
					continue;
				}
				if (s[0] >= vanishedAt && s[1] <= before + wave - vanishCount * 0.95) {
					dropped = String.format(Locale.ROOT, "%s%.1f s", skipped ? "at most " : "", (s[0] - vanishedAt) / 1e9);
					break;
				}
				skipped = false;
			}
			if (dropped == null) {
				dropped = secondWave > 0 && started != 0 && allIn == 0 ? "not measurable (the second wave was never all admitted)"
						: "not within the run";
			}
			if (allIn != 0) {
				dropped += String.format(Locale.ROOT, "; the second wave all admitted after %.1f s", (allIn - vanishedAt) / 1e9);
			}
			out.append(String.format(Locale.ROOT,
					"%nVanished: %d streams stopped reading; server's open streams %.0f before; down by 95 %% of them after: %s%n",
					vanishCount, before, dropped));
		}
		if (secondWave > 0) {
			long waveAdmittedAtEnd = followers.stream().filter(f -> f.index >= clients && f.admitted).count();
			out.append(String.format(Locale.ROOT, "%nSecond wave: %d streams, %d admitted (counted in lost and dot counts above)%n", secondWave,
					waveAdmittedAtEnd));
		}
		if (storm > 0) {
			long[] resync = stormResync.stream().mapToLong(Long::longValue).sorted().toArray();
			out.append(String.format(Locale.ROOT,
					"%nStorm: %d reconnected at once; resynced (first message with id >= %d): %d, p50 %s, p99 %s, max %s; not resynced: %d%n",
					Math.min(storm, followers.size()), stormTarget, resync.length, ms(resync, 0.5), ms(resync, 0.99), ms(resync, 1.0),
					followers.stream().filter(f -> f.stormAt != 0).count()));
		}
		if (!serverStreams.isEmpty()) {
			out.append(String.format(Locale.ROOT, "Server's open streams: max %.0f, at the end %.0f%n",
					serverStreams.stream().mapToDouble(s -> s[1]).max().orElse(0), serverStreams.getLast()[1]));
		}
		return out.toString();
	}

	static long percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return -1;
		}
		int index = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.clamp(index, 0, sorted.length - 1)];
	}

	static String ms(long[] sorted, double p) {
		return sorted.length == 0 ? "–" : String.format(Locale.ROOT, "%.0f ms", percentile(sorted, p) / 1e6);
	}
}
