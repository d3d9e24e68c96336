package org.werkstatt.workshop.live;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Live streams (the only asynchronous responses here) write from virtual threads, while requests run on
 * the server's platform threads ({@code spring.threads.virtual.enabled: false}). Every publication wakes
 * every stream of an event: as virtual threads they are cheap to wake one after the other, and they keep
 * to the two carrier threads, so the operating system still gives the requests their share. With requests
 * on virtual threads too, a dot waited behind a whole round of two thousand writes after each of its
 * database round trips; with streams on platform threads, a round took a quarter of a second.
 */
@Configuration(proxyBeanMethods = false)
class LiveStreamThreads implements WebMvcConfigurer {

	/** Connections waiting to be accepted. */
	static final int ACCEPT_QUEUE = 4096;

	@Override
	public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("live-stream-");
		executor.setVirtualThreads(true);
		configurer.setTaskExecutor(executor);
	}

	/**
	 * The connector for thousands of streams. Its accept queue takes a reconnect storm (thousands of connections
	 * at once; Linux caps it at {@code net.core.somaxconn}). The send buffer of every accepted connection
	 * ({@code werkstatt.live.send-buffer}, 32 KB; 0 leaves the operating system's autotuning, up to megabytes): a
	 * stream to a phone that stopped reading (gone, or half-open after a Wi-Fi drop) only notices once its writes
	 * back up; with a buffer of megabytes that takes minutes of an event's messages, with 32 KB seconds, after
	 * which the stream's write deadline ({@code LiveStream.WRITE_DEADLINE}) ends it. Pages still go
	 * out at 32 KB per round trip.
	 */
	@Bean
	JettyServerCustomizer liveConnector(@Value("${werkstatt.live.send-buffer:32KB}") DataSize sendBuffer) {
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
}
