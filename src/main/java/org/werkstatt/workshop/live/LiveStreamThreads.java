package org.werkstatt.workshop.live;

import org.springframework.beans.factory.annotation.Value;
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
}
