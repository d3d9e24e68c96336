package org.werkstatt.workshop.live;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The live streams' metrics at {@code /actuator/prometheus}: open streams per event and on this node, the
 * node's limit, refused streams, messages and bytes written, the publication lag (from the moment the node
 * heard of a change, right after its commit, to the last write of it), and the participants' writes
 * ({@link LiveWriteTiming}) as a histogram. ({@code http.server.requests} cannot keep a histogram for the
 * live URIs only: Prometheus wants one type per name.)
 */
@Component
class LiveMetrics implements MeterBinder {

	private final LongAdder messages = new LongAdder();
	private final LongAdder bytes = new LongAdder();
	private final LongAdder refused = new LongAdder();
	private final LongAdder replaced = new LongAdder();
	private final AtomicInteger open = new AtomicInteger();
	private final Map<UUID, AtomicInteger> perEvent = new ConcurrentHashMap<>();
	private final Map<UUID, Meter> eventGauges = new ConcurrentHashMap<>();
	private volatile IntSupplier limit = () -> Integer.MAX_VALUE;
	private volatile @Nullable MeterRegistry registry;
	private volatile @Nullable Timer lag;
	/** The timers of {@link #write}, by action and outcome. */
	private final Map<String, Timer> writes = new ConcurrentHashMap<>();

	@Override
	public void bindTo(MeterRegistry registry) {
		this.registry = registry;
		writes.clear();
		Gauge.builder("werkstatt.live.streams.open", open, AtomicInteger::get)
			.description("Live streams open on this node")
			.register(registry);
		Gauge.builder("werkstatt.live.streams.limit", this, metrics -> metrics.limit.getAsInt())
			.description("Live streams this node takes before it refuses new ones with 503")
			.register(registry);
		FunctionCounter.builder("werkstatt.live.streams.refused", refused, LongAdder::sum)
			.description("Live streams refused because the node was full")
			.register(registry);
		FunctionCounter.builder("werkstatt.live.streams.replaced", replaced, LongAdder::sum)
			.description("Live streams ended because their page came back with a new one (half-open after a Wi-Fi drop)")
			.register(registry);
		FunctionCounter.builder("werkstatt.live.messages", messages, LongAdder::sum)
			.description("Live messages written to clients")
			.register(registry);
		FunctionCounter.builder("werkstatt.live.bytes", bytes, LongAdder::sum)
			.baseUnit("bytes")
			.description("Bytes written on live streams, keep-alives included")
			.register(registry);
		lag = Timer.builder("werkstatt.live.publication.lag")
			.description("From the notification of a change (right after its commit) to its last write on this node")
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(1))
			.maximumExpectedValue(Duration.ofSeconds(30))
			.register(registry);
		perEvent.keySet().forEach(this::register);
		bindWriter(registry);
	}

	/** Times a participant's write (post, dot, take back) from the request's start to its answer. */
	void write(String action, int status, long nanos) {
		MeterRegistry meters = registry;
		if (meters == null) {
			return;
		}
		String outcome = status < 400 ? "ok" : status < 500 ? "refused" : "error";
		// a few series (action × outcome), each built once: building a timer at every dot cost a dot 2 % of its time
		writes.computeIfAbsent(action + ':' + outcome, key -> Timer.builder("werkstatt.live.write")
			.description("Participants' writes (post, dot, take back) until answered")
			.tag("action", action)
			.tag("status", outcome)
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(1))
			.maximumExpectedValue(Duration.ofSeconds(10))
			.register(meters)).record(nanos, TimeUnit.NANOSECONDS);
	}

	void limit(IntSupplier limit) {
		this.limit = limit;
	}

	void streamOpened(UUID eventId) {
		open.incrementAndGet();
		perEvent.compute(eventId, (id, count) -> {
			AtomicInteger streams = count == null ? new AtomicInteger() : count;
			streams.incrementAndGet();
			return streams;
		});
		register(eventId);
	}

	void streamClosed(UUID eventId) {
		open.decrementAndGet();
		perEvent.computeIfPresent(eventId, (id, count) -> {
			if (count.decrementAndGet() > 0) {
				return count;
			}
			MeterRegistry meters = registry;
			Meter gauge = eventGauges.remove(id);
			if (meters != null && gauge != null) {
				meters.remove(gauge);
			}
			return null;
		});
	}

	private void register(UUID eventId) {
		MeterRegistry meters = registry;
		if (meters == null) {
			return;
		}
		eventGauges.computeIfAbsent(eventId, id -> Gauge
			.builder("werkstatt.live.streams", perEvent, streams -> {
				AtomicInteger count = streams.get(id);
				return count == null ? 0 : count.get();
			})
			.tag("event", id.toString())
			.description("Live streams open on this node, per event")
			.register(meters));
	}

	int open() {
		return open.get();
	}

	/** The streams open on this node for the event. */
	int streams(UUID eventId) {
		AtomicInteger count = perEvent.get(eventId);
		return count == null ? 0 : count.get();
	}

	void refused() {
		refused.increment();
	}

	void streamReplaced() {
		replaced.increment();
	}

	void written(int length, boolean message) {
		written(length, message ? 1 : 0);
	}

	/** A write of {@code length} bytes that carried {@code messages} messages. */
	void written(int length, int messages) {
		bytes.add(length);
		this.messages.add(messages);
	}

	void lag(long nanos) {
		Timer timer = lag;
		if (timer != null && nanos >= 0) {
			timer.record(nanos, TimeUnit.NANOSECONDS);
		}
	}

	// the dots' writer (LiveWriter)

	private final LongAdder writesRefused = new LongAdder();
	private volatile IntSupplier writeQueue = () -> 0;
	private volatile io.micrometer.core.instrument.@Nullable DistributionSummary batchSize;
	private volatile @Nullable Timer batchTime;

	private void bindWriter(MeterRegistry registry) {
		Gauge.builder("werkstatt.live.write.queue", this, metrics -> metrics.writeQueue.getAsInt())
			.description("Dots waiting for the live writer on this node")
			.register(registry);
		FunctionCounter.builder("werkstatt.live.write.busy", writesRefused, LongAdder::sum)
			.description("Dots refused with 503 because the live writer's queue was full")
			.register(registry);
		batchSize = io.micrometer.core.instrument.DistributionSummary.builder("werkstatt.live.write.batch")
			.description("Dots per batch of the live writer (one call of live_dots, one commit)")
			.baseUnit("dots")
			.register(registry);
		batchTime = Timer.builder("werkstatt.live.write.commit")
			.description("One batch of the live writer, from the call of live_dots to the end of its commit")
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(1))
			.maximumExpectedValue(Duration.ofSeconds(10))
			.register(registry);
	}

	void writeQueue(IntSupplier size) {
		this.writeQueue = size;
	}

	void writeRefused() {
		writesRefused.increment();
	}

	void writeBatch(int dots, long nanos) {
		var sizes = batchSize;
		Timer time = batchTime;
		if (sizes != null && time != null) {
			sizes.record(dots);
			time.record(nanos, TimeUnit.NANOSECONDS);
		}
	}
}
