package org.werkstatt.workshop.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;

/**
 * The web server's connector is set for thousands of live streams (LiveConnector: accept queue, send buffer,
 * write deadline), and requests, forms and answers of every length still pass whole.
 */
class LiveConnectorTests extends FullStackTest {

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@Test
	void theConnectorTakesAReconnectStormAndEndsStalledWritesWithinSeconds() {
		Connector[] connectors = ((JettyWebServer) context.getWebServer()).getServer().getConnectors();
		assertThat(connectors).hasSize(1);
		ServerConnector connector = (ServerConnector) connectors[0];
		assertThat(connector.getAcceptQueueSize()).isEqualTo(LiveConnector.ACCEPT_QUEUE);
		assertThat(connector.getAcceptedSendBufferSize()).isEqualTo(32 * 1024);
		assertThat(connector.getIdleTimeout()).isEqualTo(15_000);
		assertThat(connector.getIdleTimeout()).isGreaterThan(LiveStream.KEEP_ALIVE.toMillis());
		assertThat(connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration()
			.getResponseHeaderSize()).isEqualTo(4096);
	}

	@Test
	void longRequestHeadersSentInPiecesAreReadAndALongPageComesWhole()
			throws IOException {
		String answer = exchange("GET /?lang=en HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n"
				+ "Cookie: werkstatt_pad=" + "c".repeat(3_000) + "\r\nX-Padding: " + "x".repeat(3_000) + "\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 200");
		String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
		assertThat(body.length()).isGreaterThan(8 * 1024);
		assertThat(body).contains("</html>");
	}

	@Test
	void aFormOfHalfAMegabyteArrivesWhole() {
		// the join form with its fields after 500 KB of another one (Jetty's default limit is 200,000 bytes): read to
		// its end, or the consent would be missing
		HttpSession phone = new HttpSession(port);
		assertThat(phone.get("/join/DEMO").statusCode()).isEqualTo(200);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("pad", "p".repeat(500_000));
		form.put("nickname", "Lange Form");
		form.put("consent", "true");
		HttpResponse<String> joined = phone.post("/join/DEMO", form);
		assertThat(joined.statusCode()).isEqualTo(302);
		assertThat(joined.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/live/DEMO"));
	}

	@Test
	void aLiveStreamStillStartsWithItsRetryLine() throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(("GET /live/DEMO/stream HTTP/1.1\r\nHost: 127.0.0.1\r\n"
					+ "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream read = new ByteArrayOutputStream();
			byte[] buffer = new byte[4096];
			while (!read.toString(StandardCharsets.UTF_8).contains("retry: ")) {
				int n = in.read(buffer);
				assertThat(n).isPositive();
				read.write(buffer, 0, n);
			}
			assertThat(read.toString(StandardCharsets.UTF_8)).startsWith("HTTP/1.1 200").contains("text/event-stream");
		}
	}

	private String exchange(String request) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			byte[] bytes = request.getBytes(StandardCharsets.US_ASCII);
			// in small pieces, as a slow phone sends them
			for (int i = 0; i < bytes.length; i += 700) {
				out.write(bytes, i, Math.min(700, bytes.length - i));
				out.flush();
			}
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
