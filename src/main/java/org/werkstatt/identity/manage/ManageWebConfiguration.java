package org.werkstatt.identity.manage;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ManageWebConfiguration implements WebMvcConfigurer {

	private final ManageAccessInterceptor manageAccess;

	ManageWebConfiguration(ManageAccessInterceptor manageAccess) {
		this.manageAccess = manageAccess;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(manageAccess).addPathPatterns("/manage/*", "/manage/*/**");
	}
}
