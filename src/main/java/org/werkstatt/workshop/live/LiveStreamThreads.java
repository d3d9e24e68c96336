package org.werkstatt.workshop.live;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Live streams (the only asynchronous responses here) write from platform threads of their own, not from
 * virtual threads. Every publication wakes every stream of an event at once; as virtual threads they
 * queued in front of the requests' virtual threads, so a dot waited behind a whole round of two thousand
 * writes after each of its database round trips. As platform threads the operating system interleaves
 * them with the requests.
 */
@Configuration(proxyBeanMethods = false)
class LiveStreamThreads implements WebMvcConfigurer {

	@Override
	public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("live-stream-");
		executor.setVirtualThreads(false);
		configurer.setTaskExecutor(executor);
	}
}
