package org.werkstatt.workshop.live;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The web server's connector, set for thousands of live streams. The streams themselves need no threads
 * ({@code LiveStream}): they write without blocking, woken by the feed.
 */
@Configuration(proxyBeanMethods = false)
class LiveConnector {

	/** Connections waiting to be accepted. */
	static final int ACCEPT_QUEUE = 4096;

	/**
	 * The connector for thousands of streams. Its accept queue takes a reconnect storm (thousands of connections
	 * at once; Linux caps it at {@code net.core.somaxconn}). The send buffer of every accepted connection
	 * ({@code werkstatt.live.send-buffer}, 32 KB; 0 leaves the operating system's autotuning, up to megabytes): a
	 * stream to a phone that stopped reading (gone, or half-open after a Wi-Fi drop) only notices once its writes
	 * back up; with a buffer of megabytes that takes minutes of an event's messages, with 32 KB seconds, after
	 * which the stream's write deadline ({@code werkstatt.live.write-deadline}) ends it. Pages still go
	 * out at 32 KB per round trip.
	 */
	@Bean
	JettyServerCustomizer liveConnectorCustomizer(@Value("${werkstatt.live.send-buffer:32KB}") DataSize sendBuffer) {
		return server -> {
			for (Connector connector : server.getConnectors()) {
				if (connector instanceof ServerConnector http) {
					http.setAcceptQueueSize(ACCEPT_QUEUE);
					if (sendBuffer.toBytes() > 0) {
						http.setAcceptedSendBufferSize((int) sendBuffer.toBytes());
					}
				}
			}
		};
	}

	/**
	 * The phones' streams are served in front of the servlets ({@link PhoneStreams}): inside the server's statistics
	 * (a graceful shutdown waits for a stream as for any request; the feeds end them first) and outside compression.
	 */
	@Bean
	JettyServerCustomizer phoneStreamsInFront(ObjectProvider<PhoneStreams> streams) {
		return server -> server.setHandler(new PhoneStreams.InFront(streams, server.getHandler()));
	}
}
