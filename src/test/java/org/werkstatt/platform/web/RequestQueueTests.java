package org.werkstatt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * {@link RequestQueue}: no more requests at work than allowed, the others in the order they came, 503 with
 * {@code Retry-After} after the patience, the live walls and static files past the line, a turn given back when the
 * request fails.
 */
class RequestQueueTests {

	@ParameterizedTest
	@ValueSource(ints = { 1, 2 })
	void noMoreThanAllowedWorkAtOnceAndTheOthersGoInTheOrderTheyCame(int allowed) throws Exception {
		RequestQueue queue = new RequestQueue(allowed, Duration.ofSeconds(10));
		AtomicInteger atWork = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		CountDownLatch[] release = new CountDownLatch[8];
		List<Integer> order = Collections.synchronizedList(new ArrayList<>());
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				int n = i;
				release[n] = new CountDownLatch(1);
				answers.add(threads.submit(() -> run(queue, "/offers", (request, response) -> {
					most.accumulateAndGet(atWork.incrementAndGet(), Math::max);
					order.add(n);
					try {
						release[n].await(5, TimeUnit.SECONDS);
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
					atWork.decrementAndGet();
				})));
				// the next one comes after this one is at work or in line
				waitFor(() -> order.size() + queue.waiting() >= n + 1);
			}
			assertThat(queue.waiting()).isEqualTo(8 - allowed);
			assertThat(order).containsExactlyElementsOf(java.util.stream.IntStream.range(0, allowed).boxed().toList());
			// one request at a time leaves: exactly one turn is free, and it goes to the one that came first of those in line
			for (int done = 0; done < 8; done++) {
				release[done].countDown();
				int next = done + allowed;
				if (next < 8) {
					waitFor(() -> order.size() > next);
					assertThat(order.get(next)).as("the turn freed by request %d", done).isEqualTo(next);
				}
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(200);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(most.get()).isEqualTo(allowed);
		assertThat(order).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
	}

	private static void waitFor(java.util.function.BooleanSupplier condition) {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (!condition.getAsBoolean() && System.nanoTime() < until) {
			Thread.onSpinWait();
		}
	}

	@Test
	void aRequestThatWaitsTooLongGets503WithRetryAfterAndTheLiveWallsPassTheLine() throws Exception {
		RequestQueue queue = new RequestQueue(1, Duration.ofMillis(200));
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch started = new CountDownLatch(1);
		ExecutorService threads = Executors.newSingleThreadExecutor();
		try {
			Future<Integer> first = threads.submit(() -> run(queue, "/offers", (request, response) -> {
				started.countDown();
				try {
					release.await(5, TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
			MockHttpServletResponse refused = new MockHttpServletResponse();
			AtomicInteger reached = new AtomicInteger();
			queue.doFilter(request("/plans"), refused, (request, response) -> reached.incrementAndGet());
			assertThat(refused.getStatus()).isEqualTo(503);
			assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
			assertThat(reached).hasValue(0);

			// a participant's stream and dots, and the style sheet, do not wait behind pages
			for (String path : new String[] { "/live/ABC123/stream", "/live/ABC123/ideas/1/dot", "/css/werkstatt.css" }) {
				assertThat(run(queue, path, (request, response) -> reached.incrementAndGet())).isEqualTo(200);
			}
			assertThat(reached).hasValue(3);
			release.countDown();
			assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(200);
		}
		finally {
			threads.shutdownNow();
		}
		// the turn came back: the next page is served at once
		assertThat(run(queue, "/offers", (request, response) -> { })).isEqualTo(200);
	}

	@Test
	void aFailingRequestGivesItsTurnBack() throws Exception {
		RequestQueue queue = new RequestQueue(1, Duration.ofMillis(100));
		for (int i = 0; i < 3; i++) {
			try {
				run(queue, "/offers", (request, response) -> {
					throw new IllegalStateException("broken");
				});
			}
			catch (IllegalStateException expected) {
				// the page failed; its turn must not be lost
			}
		}
		assertThat(run(queue, "/offers", (request, response) -> { })).isEqualTo(200);
	}

	private static int run(RequestQueue queue, String path, FilterChain chain) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		queue.doFilter(request(path), response, chain);
		return response.getStatus();
	}

	private static MockHttpServletRequest request(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRequestURI(path);
		return request;
	}
}
