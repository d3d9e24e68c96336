package org.werkstatt.platform.files;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link ImportSizeFilter} before Spring Security's filters (order -100), which read the CSRF token. */
@Configuration(proxyBeanMethods = false)
class ImportSizeFilterConfiguration {

	@Bean
	FilterRegistrationBean<ImportSizeFilter> importSizeFilter() {
		FilterRegistrationBean<ImportSizeFilter> registration = new FilterRegistrationBean<>(new ImportSizeFilter());
		registration.setOrder(-110);
		registration.addUrlPatterns("/manage/*");
		return registration;
	}
}
