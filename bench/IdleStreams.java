import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one idle live stream costs the server (issue 13, "Scale and memory"): opens idle participant streams
 * ({@code GET /live/{code}/stream}, nothing posted, only the keep-alives come) in steps and, at each step, once
 * every stream is answered, runs a full collection in the server ({@code jcmd GC.run}) and reads the heap in use
 * ({@code GC.heap_info}), the live objects by class ({@code GC.class_histogram}), the resident memory
 * ({@code VmRSS}) and, if the server runs with {@code -XX:NativeMemoryTracking=summary}, its native memory.
 * Prints the heap per stream, (heap at the step - heap at the warm-up) / (streams at the step - streams at the
 * warm-up), and the classes that grew most per stream between the warm-up and the last step.
 * <p>
 * Run by {@code scripts/measure-live-memory.sh}, which starts the server with the production settings.
 * <pre>
 * java bench/IdleStreams.java --base http://127.0.0.1:18210 --pid 1234 [--code DEMO] [--warmup 200]
 *      [--steps 1000,2000,3000] [--classes 25] [--path /live/DEMO/stream]
 * </pre>
 * The streams come from 127.0.0.2, .3, … (5,000 per address), as phones from many addresses would. Streams end
 * after about four minutes at the earliest (their lifetime): the steps have to be done before that.
 */
public class IdleStreams {

	static String host;
	static int port;
	static String path;
	static final AtomicInteger answered = new AtomicInteger();
	static final AtomicInteger refused = new AtomicInteger();
	static final AtomicInteger closed = new AtomicInteger();
	static final AtomicInteger failed = new AtomicInteger();
	static final ConcurrentLinkedQueue<SocketChannel> toRegister = new ConcurrentLinkedQueue<>();
	static Selector selector;
	static int opened;

	public static void main(String[] args) throws Exception {
		String base = null;
		String code = "DEMO";
		long pid = -1;
		int warmup = 200;
		List<Integer> steps = List.of(1000, 2000, 3000);
		int classes = 25;
		String givenPath = null;
		for (int i = 0; i < args.length; i += 2) {
			String v = args[i + 1];
			switch (args[i]) {
				case "--base" -> base = v;
				case "--code" -> code = v;
				case "--pid" -> pid = Long.parseLong(v);
				case "--warmup" -> warmup = Integer.parseInt(v);
				case "--steps" -> steps = java.util.Arrays.stream(v.split(",")).map(String::strip).map(Integer::parseInt).toList();
				case "--classes" -> classes = Integer.parseInt(v);
				case "--path" -> givenPath = v;
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		if (base == null || pid < 0) {
			throw new IllegalArgumentException("--base and --pid are needed");
		}
		URI uri = URI.create(base);
		host = uri.getHost();
		port = uri.getPort();
		path = givenPath != null ? givenPath : "/live/" + code + "/stream";
		selector = Selector.open();
		Thread reader = Thread.ofPlatform().daemon().name("reader").start(IdleStreams::read);

		openUpTo(warmup);
		Thread.sleep(2_000);
		Sample first = measure(pid, "warm-up");
		List<Sample> samples = new ArrayList<>();
		samples.add(first);
		for (int step : steps) {
			openUpTo(step);
			Thread.sleep(2_000);
			samples.add(measure(pid, "step"));
		}
		System.out.println();
		System.out.println("| streams open | heap after full GC (MB) | Δheap per stream vs warm-up (bytes) | live objects (histogram, MB) | RSS (MB) | NMT committed (MB) | NMT Other (direct buffers, MB) |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
		for (Sample s : samples) {
			String per = s == first ? "–" : String.valueOf((s.heapUsed - first.heapUsed) / Math.max(1, s.streams - first.streams));
			System.out.printf("| %d | %.1f | %s | %.1f | %.1f | %s | %s |%n", s.streams, s.heapUsed / 1048576.0, per,
					s.histogramTotal / 1048576.0, s.rss / 1048576.0, s.nmtCommitted < 0 ? "–" : String.format("%.1f", s.nmtCommitted / 1048576.0),
					s.nmtOther < 0 ? "–" : String.format("%.1f", s.nmtOther / 1048576.0));
		}
		Sample last = samples.getLast();
		int n = last.streams - first.streams;
		System.out.println();
		System.out.printf("classes that grew most between %d and %d streams, per stream:%n", first.streams, last.streams);
		System.out.println("| class | bytes per stream | instances per stream |");
		System.out.println("|---|---:|---:|");
		List<Map.Entry<String, long[]>> grown = new ArrayList<>(last.byClass.entrySet());
		grown.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -(e.getValue()[1] - first.bytesOf(e.getKey()))));
		long listed = 0;
		for (Map.Entry<String, long[]> e : grown.subList(0, Math.min(classes, grown.size()))) {
			long bytes = e.getValue()[1] - first.bytesOf(e.getKey());
			long instances = e.getValue()[0] - first.instancesOf(e.getKey());
			listed += bytes;
			System.out.printf("| %s | %.0f | %.2f |%n", e.getKey(), bytes / (double) n, instances / (double) n);
		}
		System.out.printf("| (these %d classes) | %.0f | |%n", Math.min(classes, grown.size()), listed / (double) n);
		System.out.printf("| (all, histogram total) | %.0f | |%n", (last.histogramTotal - first.histogramTotal) / (double) n);
		System.out.printf("streams answered 200: %d, refused (503): %d, closed by the server: %d, failed: %d%n", answered.get(),
				refused.get(), closed.get(), failed.get());
		if (closed.get() + failed.get() > 0 || refused.get() > 0) {
			System.out.println("WARNING: not every stream stayed open; the figures are off by those");
		}
		reader.interrupt();
		System.exit(0);
	}

	static void openUpTo(int total) throws Exception {
		long begin = System.nanoTime();
		while (opened < total) {
			int batch = Math.min(200, total - opened);
			for (int i = 0; i < batch; i++) {
				SocketChannel channel = SocketChannel.open();
				channel.bind(new InetSocketAddress("127.0.0." + (2 + opened / 5000), 0));
				channel.configureBlocking(false);
				channel.connect(new InetSocketAddress(host, port));
				toRegister.add(channel);
				opened++;
			}
			selector.wakeup();
			// as phones arrive: a few hundred at a time, not one SYN flood
			while (answered.get() + refused.get() + failed.get() < opened - 400) {
				Thread.sleep(5);
			}
		}
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (answered.get() + refused.get() + failed.get() < opened && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		System.err.printf("%d streams opened (%d answered 200, %d refused, %d failed) in %.1f s%n", opened, answered.get(),
				refused.get(), failed.get(), (System.nanoTime() - begin) / 1e9);
	}

	/** Per stream: the first bytes of its answer, to read the status. */
	static final class Stream {
		final StringBuilder head = new StringBuilder();
		boolean known;
		boolean ok;
	}

	static void read() {
		ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
		byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n"
				+ "User-Agent: Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1\r\n"
				+ "Accept: text/event-stream\r\nAccept-Language: de-DE,de;q=0.9\r\nAccept-Encoding: gzip, deflate\r\n"
				+ "Cache-Control: no-cache\r\nConnection: keep-alive\r\nReferer: http://" + host + ":" + port + "/live/DEMO\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		while (!Thread.currentThread().isInterrupted()) {
			try {
				SocketChannel added;
				while ((added = toRegister.poll()) != null) {
					added.register(selector, SelectionKey.OP_CONNECT, new Stream());
				}
				selector.select(100);
				for (SelectionKey key : selector.selectedKeys()) {
					SocketChannel channel = (SocketChannel) key.channel();
					Stream stream = (Stream) key.attachment();
					try {
						if (key.isConnectable()) {
							channel.finishConnect();
							channel.write(ByteBuffer.wrap(request));
							key.interestOps(SelectionKey.OP_READ);
							continue;
						}
						buffer.clear();
						int n = channel.read(buffer);
						if (n < 0) {
							key.cancel();
							channel.close();
							if (!stream.known) {
								stream.known = true;
								failed.incrementAndGet();
							}
							else if (stream.ok) {
								closed.incrementAndGet();
							}
							continue;
						}
						if (!stream.known) {
							buffer.flip();
							while (buffer.hasRemaining() && stream.head.length() < 16) {
								stream.head.append((char) buffer.get());
							}
							if (stream.head.length() >= 12) {
								stream.known = true;
								String status = stream.head.substring(9, 12);
								stream.ok = status.equals("200");
								(status.equals("200") ? answered : status.equals("503") ? refused : failed).incrementAndGet();
							}
						}
					}
					catch (IOException e) {
						key.cancel();
						try {
							channel.close();
						}
						catch (IOException ignored) {
						}
						if (!stream.known) {
							stream.known = true;
							failed.incrementAndGet();
						}
						else if (stream.ok) {
							closed.incrementAndGet();
						}
					}
				}
				selector.selectedKeys().clear();
			}
			catch (IOException e) {
				throw new RuntimeException(e);
			}
		}
	}

	record Sample(int streams, long heapUsed, long histogramTotal, long rss, long nmtCommitted, long nmtOther,
			Map<String, long[]> byClass) {

		long bytesOf(String name) {
			long[] v = byClass.get(name);
			return v == null ? 0 : v[1];
		}

		long instancesOf(String name) {
			long[] v = byClass.get(name);
			return v == null ? 0 : v[0];
		}
	}

	static Sample measure(long pid, String label) throws Exception {
		int streams = answered.get() - closed.get();
		jcmd(pid, "GC.run");
		String heap = jcmd(pid, "GC.heap_info");
		long used = 0;
		// the generations' lines: "DefNew total …K, used …K", "Tenured total …K, used …K" (JDK 25; older: "… generation")
		Matcher m = Pattern.compile("(?m)^\\s*(?:DefNew|Tenured|def new generation|tenured generation)\\s+total \\d+K, used (\\d+)K").matcher(heap);
		while (m.find()) {
			used += Long.parseLong(m.group(1)) * 1024;
		}
		if (used == 0) {
			Matcher any = Pattern.compile("used (\\d+)K").matcher(heap);
			if (any.find()) {
				used = Long.parseLong(any.group(1)) * 1024;
			}
		}
		String histogram = jcmd(pid, "GC.class_histogram");
		Map<String, long[]> byClass = new HashMap<>();
		long total = 0;
		Matcher row = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)").matcher(histogram);
		while (row.find()) {
			byClass.merge(row.group(3), new long[] { Long.parseLong(row.group(1)), Long.parseLong(row.group(2)) },
					(a, b) -> new long[] { a[0] + b[0], a[1] + b[1] });
		}
		Matcher totalRow = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)").matcher(histogram);
		if (totalRow.find()) {
			total = Long.parseLong(totalRow.group(2));
		}
		long rss = 0;
		for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				rss = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
			}
		}
		String nmt = jcmd(pid, "VM.native_memory summary");
		long committed = -1;
		long other = -1;
		Matcher t = Pattern.compile("Total: reserved=\\d+KB, committed=(\\d+)KB").matcher(nmt);
		if (t.find()) {
			committed = Long.parseLong(t.group(1)) * 1024;
		}
		Matcher o = Pattern.compile("-\\s+Other \\(reserved=\\d+KB, committed=(\\d+)KB").matcher(nmt);
		if (o.find()) {
			other = Long.parseLong(o.group(1)) * 1024;
		}
		System.err.printf("%s: %d streams, heap %.1f MB after GC, histogram %.1f MB, RSS %.1f MB%n", label, streams,
				used / 1048576.0, total / 1048576.0, rss / 1048576.0);
		return new Sample(streams, used, total, rss, committed, other, byClass);
	}

	static String jcmd(long pid, String command) throws Exception {
		String javaHome = System.getProperty("java.home");
		List<String> cmd = new ArrayList<>(List.of(javaHome + "/bin/jcmd", String.valueOf(pid)));
		cmd.addAll(List.of(command.split(" ")));
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		p.waitFor();
		return out;
	}
}
