package org.werkstatt.platform.web;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link RequestQueue} first of all filters, so that a waiting request holds no session and no security
 * context. {@code werkstatt.web.requests-at-work} (0: three per processor) and {@code werkstatt.web.queue-patience}
 * set it; the gauge {@code werkstatt.web.requests.waiting} shows the line.
 */
@Configuration(proxyBeanMethods = false)
class RequestQueueConfiguration {

	@Bean
	FilterRegistrationBean<RequestQueue> requestQueue(@Value("${werkstatt.web.requests-at-work:0}") int atWork,
			@Value("${werkstatt.web.queue-patience:15s}") Duration patience, MeterRegistry meters) {
		int permits = atWork > 0 ? atWork : 3 * Runtime.getRuntime().availableProcessors();
		RequestQueue queue = new RequestQueue(permits, patience);
		Gauge.builder("werkstatt.web.requests.waiting", queue, RequestQueue::waiting)
			.description("requests waiting for their turn (RequestQueue)").register(meters);
		FilterRegistrationBean<RequestQueue> registration = new FilterRegistrationBean<>(queue);
		registration.setOrder(Integer.MIN_VALUE + 10);
		registration.addUrlPatterns("/*");
		return registration;
	}
}
