package org.werkstatt.workshop.live;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
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

	@Override
	public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("live-stream-");
		executor.setVirtualThreads(true);
		configurer.setTaskExecutor(executor);
	}

	/**
	 * The send buffer of every accepted connection ({@code werkstatt.live.send-buffer}, 32 KB; 0 leaves the
	 * operating system's autotuning, up to megabytes). A stream to a phone that stopped reading (gone, or
	 * half-open after a Wi-Fi drop) only notices once its writes back up: with a buffer of megabytes that
	 * takes minutes of an event's messages, with 32 KB seconds, after which the write deadline
	 * ({@code server.tomcat.connection-timeout}) ends the stream. Pages still go out at 32 KB per round trip.
	 */
	@Bean
	TomcatConnectorCustomizer liveSendBuffer(@Value("${werkstatt.live.send-buffer:32KB}") DataSize sendBuffer) {
		return connector -> {
			if (sendBuffer.toBytes() > 0) {
				connector.setProperty("socket.txBufSize", String.valueOf(sendBuffer.toBytes()));
			}
		};
	}

	/**
	 * The buffers Tomcat keeps per connection for as long as it is open, in the heap: a live stream is open for
	 * minutes, so with thousands of phones they are most of the heap (scripts/measure-live-memory.sh measures
	 * it). Reading ({@code werkstatt.live.read-buffer}, 1 KB instead of 8 KB; it sits in front of the request
	 * line and headers, which still may be {@code server.max-http-request-header-size} long and are read in
	 * pieces, and bodies are read straight into the request's own buffer) and writing
	 * ({@code werkstatt.live.write-buffer}, 2 KB instead of 8 KB; a live message is a few hundred bytes, and
	 * longer writes, pages and files, go to the socket directly from the response's buffer, not through this
	 * one). Each counts twice for a stream: Tomcat's request buffer is the header size plus the read buffer.
	 */
	@Bean
	TomcatConnectorCustomizer liveConnectionBuffers(@Value("${werkstatt.live.read-buffer:1KB}") DataSize readBuffer,
			@Value("${werkstatt.live.write-buffer:2KB}") DataSize writeBuffer) {
		return connector -> {
			if (readBuffer.toBytes() > 0) {
				connector.setProperty("socket.appReadBufSize", String.valueOf(readBuffer.toBytes()));
			}
			if (writeBuffer.toBytes() > 0) {
				connector.setProperty("socket.appWriteBufSize", String.valueOf(writeBuffer.toBytes()));
			}
		};
	}
}
