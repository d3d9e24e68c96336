package org.werkstatt.platform.web;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Registers the {@link PublicPageCache} after the security filters (which run at order -100), for the
 * start page, the public plan and measure pages, the catalog's search page without a query and its offer pages
 * (the pages the public reads most). A search with a query string is rendered every time.
 */
@Configuration(proxyBeanMethods = false)
class PublicPageCacheConfiguration {

	private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	@Bean
	PublicPageCache publicPageCache(LocaleResolver localeResolver, @Value("${werkstatt.page-cache.ttl:5s}") Duration ttl,
			@Value("${server.servlet.session.cookie.name:WERKSTATT_SESSION}") String sessionCookie) {
		return new PublicPageCache(List.of("/", "/plans/" + UUID, "/measures/" + UUID, "/offers", "/offers/" + UUID), ttl,
				2_000, sessionCookie, localeResolver);
	}

	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCacheRegistration(PublicPageCache publicPageCache) {
		FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(publicPageCache);
		registration.setOrder(0);
		registration.addUrlPatterns("/*");
		return registration;
	}
}
