package org.werkstatt.platform.web;

import java.time.Duration;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** Registers the {@link PublicPageCache} after the security filters (which run at order -100). */
@Configuration(proxyBeanMethods = false)
class PublicPageCacheConfiguration {

	@Bean
	PublicPageCache publicPageCache(LocaleResolver localeResolver, @Value("${werkstatt.page-cache.ttl:5s}") Duration ttl,
			@Value("${server.servlet.session.cookie.name:WERKSTATT_SESSION}") String sessionCookie) {
		return new PublicPageCache(Set.of("/"), ttl, sessionCookie, localeResolver);
	}

	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCacheRegistration(PublicPageCache publicPageCache) {
		FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(publicPageCache);
		registration.setOrder(0);
		registration.addUrlPatterns("/*");
		return registration;
	}
}
