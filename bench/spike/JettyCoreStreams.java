import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Spike for issue 13, step 3 (not part of the application): what an idle Server-Sent Events stream costs when
 * served by a Jetty 12.1 core handler without a thread per stream. Every stream is a subscriber (the response and
 * its callback) in one set; one scheduler writes a shared, read-only keep-alive buffer to each subscriber that is
 * not busy with a write every 10 seconds (a write still pending is a subscriber that does not read: after 10 s it
 * is failed, which closes the connection). Buffers are in the heap, as Tomcat's are, so that the heap compares.
 * <pre>
 * J=~/.m2/repository/org/eclipse/jetty; V=12.1.13
 * java -cp $J/jetty-server/$V/jetty-server-$V.jar:$J/jetty-http/$V/jetty-http-$V.jar:$J/jetty-io/$V/jetty-io-$V.jar:$J/jetty-util/$V/jetty-util-$V.jar:$HOME/.m2/repository/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar \
 *   -XX:+UseSerialGC -Xmx512m -Xmn64m bench/spike/JettyCoreStreams.java 18220
 * </pre>
 * then {@code java bench/IdleStreams.java --base http://127.0.0.1:18220 --pid <pid>} (scripts/measure-spikes.sh).
 */
public class JettyCoreStreams {

	static final ByteBuffer HELLO = ByteBuffer.wrap(("retry: 3000\n: " + " ".repeat(64) + "\n\n").getBytes(StandardCharsets.US_ASCII)).asReadOnlyBuffer();
	static final ByteBuffer KEEP_ALIVE = ByteBuffer.wrap(": keep-alive\n\n".getBytes(StandardCharsets.US_ASCII)).asReadOnlyBuffer();

	static final class Subscriber {
		final Response response;
		final Callback done;
		final AtomicBoolean writing = new AtomicBoolean();
		volatile long writeSince;

		Subscriber(Response response, Callback done) {
			this.response = response;
			this.done = done;
		}

		void write(ByteBuffer shared, Set<Subscriber> all) {
			if (!writing.compareAndSet(false, true)) {
				if (System.nanoTime() - writeSince > TimeUnit.SECONDS.toNanos(10)) {
					all.remove(this);
					done.failed(new java.util.concurrent.TimeoutException("write deadline"));
				}
				return;
			}
			writeSince = System.nanoTime();
			response.write(false, shared.slice(), Callback.from(() -> writing.set(false), failure -> {
				all.remove(this);
				done.failed(failure);
			}));
		}
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
		QueuedThreadPool threads = new QueuedThreadPool(200, 8);
		Server server = new Server(threads);
		HttpConfiguration config = new HttpConfiguration();
		config.setUseInputDirectByteBuffers(false);
		config.setUseOutputDirectByteBuffers(false);
		config.setSendServerVersion(false);
		ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
		connector.setHost("127.0.0.1");
		connector.setPort(port);
		connector.setAcceptQueueSize(4096);
		connector.setIdleTimeout(30_000);
		server.addConnector(connector);
		server.setHandler(new Handler.Abstract.NonBlocking() {
			@Override
			public boolean handle(Request request, Response response, Callback callback) {
				response.setStatus(200);
				response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream");
				response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
				response.getHeaders().put("X-Accel-Buffering", "no");
				Subscriber subscriber = new Subscriber(response, callback);
				subscribers.add(subscriber);
				request.addFailureListener(failure -> subscribers.remove(subscriber));
				subscriber.write(HELLO, subscribers);
				return true;
			}
		});
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
		scheduler.scheduleAtFixedRate(() -> subscribers.forEach(s -> s.write(KEEP_ALIVE, subscribers)), 10, 10, TimeUnit.SECONDS);
		server.start();
		System.out.println("ready " + ProcessHandle.current().pid());
		server.join();
	}
}
