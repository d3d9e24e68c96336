package org.werkstatt.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link SessionlessCalls} before Spring Session's filter (order {@code Integer.MIN_VALUE + 50}). */
@Configuration(proxyBeanMethods = false)
class SessionlessCallsConfiguration {

	@Bean
	FilterRegistrationBean<SessionlessCalls> sessionlessCalls(
			@Value("${server.servlet.session.cookie.name:WERKSTATT_SESSION}") String sessionCookie) {
		FilterRegistrationBean<SessionlessCalls> registration = new FilterRegistrationBean<>(new SessionlessCalls(sessionCookie));
		registration.setOrder(Integer.MIN_VALUE + 40);
		registration.addUrlPatterns("/*");
		return registration;
	}
}
