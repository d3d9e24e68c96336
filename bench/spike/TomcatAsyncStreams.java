import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * Spike for issue 13, step 3 (not part of the application): what an idle Server-Sent Events stream costs on
 * Tomcat 11 without a thread per stream: a plain servlet starts async, sets a WriteListener and joins a set of
 * subscribers; one scheduler writes the keep-alive to every subscriber that {@code isReady()} every 10 seconds
 * (one that is not ready for 10 s is completed). The connector has the application's settings (read buffer 1 KB,
 * write buffer 2 KB, response headers 4 KB; {@code -Dspike.defaults=true} keeps Tomcat's defaults;
 * {@code -Dspike.responseBuffer=1024} also shrinks the servlet response's buffers).
 * <pre>
 * java -cp ~/.m2/repository/org/apache/tomcat/embed/tomcat-embed-core/11.0.27/tomcat-embed-core-11.0.27.jar \
 *   -XX:+UseSerialGC -Xmx512m -Xmn64m bench/spike/TomcatAsyncStreams.java 18221
 * </pre>
 */
public class TomcatAsyncStreams {

	static final byte[] HELLO = ("retry: 3000\n: " + " ".repeat(64) + "\n\n").getBytes(StandardCharsets.US_ASCII);
	static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.US_ASCII);

	static final class Subscriber implements WriteListener {
		final AsyncContext async;
		final ServletOutputStream out;
		final Set<Subscriber> all;
		volatile long notReadySince;
		boolean greeted;

		Subscriber(AsyncContext async, ServletOutputStream out, Set<Subscriber> all) {
			this.async = async;
			this.out = out;
			this.all = all;
		}

		synchronized void write(byte[] message) {
			try {
				if (!out.isReady()) {
					if (notReadySince == 0) {
						notReadySince = System.nanoTime();
					}
					else if (System.nanoTime() - notReadySince > TimeUnit.SECONDS.toNanos(10)) {
						all.remove(this);
						async.complete();
					}
					return;
				}
				notReadySince = 0;
				out.write(message);
				if (out.isReady()) {
					out.flush();
				}
			}
			catch (IOException | IllegalStateException e) {
				all.remove(this);
			}
		}

		@Override
		public synchronized void onWritePossible() {
			notReadySince = 0;
			if (!greeted) {
				// the first call comes from the container once the listener is set: the stream starts here
				greeted = true;
				write(HELLO);
			}
		}

		@Override
		public void onError(Throwable t) {
			all.remove(this);
		}
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
		Tomcat tomcat = new Tomcat();
		tomcat.setBaseDir(java.nio.file.Files.createTempDirectory("spike-tomcat").toString());
		// -Dspike.responseBuffer=1024: the servlet response's buffers (8 KB of bytes and 8 K chars by default) made
		// smaller for every response, the only way to shrink them (Connector.createResponse asks the protocol)
		int responseBuffer = Integer.getInteger("spike.responseBuffer", -1);
		Connector connector = responseBuffer <= 0 ? new Connector("HTTP/1.1")
				: new Connector(new org.apache.coyote.http11.Http11NioProtocol() {
					@Override
					public int getDesiredBufferSize() {
						return responseBuffer;
					}
				});
		connector.setPort(port);
		connector.setProperty("address", "127.0.0.1");
		connector.setProperty("maxConnections", "12000");
		connector.setProperty("acceptCount", "4096");
		connector.setProperty("connectionTimeout", "10000");
		if (!Boolean.getBoolean("spike.defaults")) {
			connector.setProperty("socket.appReadBufSize", "1024");
			connector.setProperty("socket.appWriteBufSize", "2048");
			connector.setProperty("maxHttpResponseHeaderSize", "4096");
		}
		tomcat.setConnector(connector);
		Context context = tomcat.addContext("", null);
		HttpServlet servlet = new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
				response.setContentType("text/event-stream");
				response.setHeader("Cache-Control", "no-store");
				response.setHeader("X-Accel-Buffering", "no");
				AsyncContext async = request.startAsync();
				async.setTimeout(0);
				ServletOutputStream out = response.getOutputStream();
				Subscriber subscriber = new Subscriber(async, out, subscribers);
				out.setWriteListener(subscriber);
				subscribers.add(subscriber);
			}
		};
		Tomcat.addServlet(context, "stream", servlet).setAsyncSupported(true);
		context.addServletMappingDecoded("/*", "stream");
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
		scheduler.scheduleAtFixedRate(() -> subscribers.forEach(s -> s.write(KEEP_ALIVE)), 10, 10, TimeUnit.SECONDS);
		tomcat.start();
		System.out.println("ready " + ProcessHandle.current().pid());
		tomcat.getServer().await();
	}
}
